// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of TestCrashSafety: completes sessions in a loop until killed, and prints a line for each
// one only once its transaction has committed: "<id> <sha256 of its content>".
// With --hold (TestDatabaseRecovery): opens the database, prints "open" and waits to be killed, so
// the file is left as an unclean end leaves it.
#include "CrashContent.h"

#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/DemoSessions.h"
#include "core/storage/DataProtection.h"
#include "core/storage/Database.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace passerelle;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: CrashHelper DB_FILE KEY_HEX|--hold\n");
        return 2;
    }
    QString error;
    const SystemClock clock;
    auto database = Database::open(QString::fromLocal8Bit(argv[1]), clock, &error);
    if (!database) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    if (qstrcmp(argv[2], "--hold") == 0) {
        std::printf("open\n");
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    MemoryKeyStore keys;
    keys.write(DataProtection::keyName(*database), QByteArray::fromHex(argv[2]), &error);
    if (DataProtection::setUp(*database, &keys).mode != DataProtection::Mode::Protected)
        return 1;
    const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    DemoSessions demo(engine, quint32(QCoreApplication::applicationPid()));
    SessionStore store(*database, clock);
    QDateTime when = QDateTime::currentDateTimeUtc();
    for (int i = 0;; ++i) {
        const SessionRecord record = demo.record(when.addSecs(i), database->deviceId());
        SessionExtras extras = demo.extras();
        extras.lastName = QStringLiteral("Crash-%1").arg(i);
        // Two small images: enough that a save spans several pages.
        for (const auto capture : {CaptureCode::IdFront, CaptureCode::IdBack}) {
            QByteArray image(6000 + i % 5000, Qt::Uninitialized);
            for (int b = 0; b < image.size(); ++b)
                image[b] = char((b * 31 + i) & 0xff);
            extras.images.append({capture, image});
        }
        if (!store.saveCompleted(record, extras, &error)) {
            std::fprintf(stderr, "save: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s %s\n", qPrintable(record.id.toString(QUuid::WithoutBraces)),
                    crashContentHash(record, extras).constData());
        std::fflush(stdout);
    }
}
