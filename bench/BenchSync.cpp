// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark (issue 6): 1,000 queued sessions without images from a client data folder to
// the real passerelle-server (child process, SQLite, 127.0.0.1) over keep-alive connections.
//   BenchSync [--sessions N] [--runs N]      -> seconds per pass, median
//   BenchSync --images KB [--sessions N]     -> the same with two pictures of KB each per session,
//                                               server --images required (256 KiB chunks)
//   BenchSync --record-template              -> a valid record with __ID__ for bench/sync/ingest.lua
// Figures and machine: docs/performance.md. The server ingest load test is bench/sync/ingest.sh.
#include "core/crypto/KeyStore.h"
#include "core/storage/Records.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace passerelle;

namespace {

SessionRecord benchRecord(int index)
{
    SessionRecord r;
    r.id = QUuid::createUuid();
    r.completedUtc = QDateTime::currentDateTimeUtc().addSecs(-60 - index);
    r.startedUtc = r.completedUtc.addSecs(-900);
    r.utcOffsetSeconds = 3600;
    r.appVersion = QStringLiteral(PASSERELLE_VERSION);
    r.deviceId = QStringLiteral("bench");
    r.counselorId = QStringLiteral("c1");
    r.siteId = QStringLiteral("site-bench");
    r.language = QStringLiteral("fr");
    r.input.birthDate = QDate(2008, 1 + index % 12, 1 + index % 28);
    r.input.appointmentDate = r.completedUtc.date();
    r.result.status = EligibilityStatus::Eligible;
    r.result.age = 18;
    r.result.rulesetId = QStringLiteral("2025-03");
    r.result.amount = 150;
    r.identityPlan = planIdentityCheck(IdentityDocument::FrenchIdCard, true);
    return r;
}

QString serverPath()
{
    return QStringLiteral(PASSERELLE_BINARY_DIR "/server/passerelle-server");
}

QString startServer(QProcess &server, const QString &dataDir, quint16 *port, bool images)
{
    QStringList arguments{QStringLiteral("serve"),        QStringLiteral("--data"), dataDir,
                          QStringLiteral("--port"),       QStringLiteral("0"),      QStringLiteral("--quiet"),
                          QStringLiteral("--rate-limit"), QStringLiteral("0")};
    if (images)
        arguments << QStringLiteral("--images") << QStringLiteral("required");
    server.start(serverPath(), arguments);
    if (!server.waitForReadyRead(10000))
        return QStringLiteral("the server did not start: ") + QString::fromUtf8(server.readAllStandardError());
    const QByteArray line = server.readLine().trimmed();
    *port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    return {};
}

QString enrollmentCode(const QString &dataDir)
{
    QProcess admin;
    admin.start(serverPath(), {QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("bench"),
                               QStringLiteral("--data"), dataDir});
    admin.waitForFinished(10000);
    for (const auto &line : admin.readAllStandardOutput().split('\n')) {
        if (line.startsWith("code: "))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return {};
}

double onePass(int sessions, int imageKb, QTextStream &err)
{
    QTemporaryDir serverDir, clientDir;
    QProcess server;
    quint16 port = 0;
    if (const QString problem = startServer(server, serverDir.path(), &port, imageKb > 0); !problem.isEmpty()) {
        err << problem << Qt::endl;
        return -1;
    }
    SystemClock clock;
    MemoryKeyStore keys; // the data key and the device token; the keychain's speed is not measured here
    const Records::Options options{.dataDir = clientDir.path(), .keyStore = &keys, .clock = clock};
    QString error;
    auto records = Records::open(options, &error);
    if (!records) {
        err << error << Qt::endl;
        return -1;
    }
    for (int i = 0; i < sessions; ++i) {
        SessionExtras extras;
        for (const auto capture : {CaptureCode::IdFront, CaptureCode::IdBack}) {
            if (imageKb <= 0)
                break;
            QByteArray bytes(imageKb * 1024, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            extras.images.append({capture, bytes});
        }
        records->sessions().saveCompleted(benchRecord(i), extras, &error);
    }
    sync::SyncService service(records->database(), keys, clock);
    QEventLoop loop;
    bool enrolled = false;
    QObject::connect(&service, &sync::SyncService::enrollFinished, &loop, [&](bool ok) {
        enrolled = ok;
        loop.quit();
    });
    service.enroll(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), enrollmentCode(serverDir.path()));
    loop.exec();
    if (!enrolled)
        return -1;
    sync::SyncReport report;
    QObject::connect(&service, &sync::SyncService::passFinished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    service.syncNow();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    server.terminate();
    server.waitForFinished(5000);
    if (report.acknowledged != sessions || report.pending != 0) {
        err << "not all acknowledged: " << report.acknowledged << " of " << sessions << Qt::endl;
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sessions"), QStringLiteral("Sessions per pass."), QStringLiteral("N"),
          QStringLiteral("1000")},
         {QStringLiteral("runs"), QStringLiteral("Passes."), QStringLiteral("N"), QStringLiteral("5")},
         {QStringLiteral("images"), QStringLiteral("Two pictures of KB each per session (server --images required)."),
          QStringLiteral("KB"), QStringLiteral("0")},
         {QStringLiteral("record-template"), QStringLiteral("Print a record with __ID__ as its id.")}});
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    if (parser.isSet(QStringLiteral("record-template"))) {
        QJsonObject json = benchRecord(0).toJson();
        json.insert(QStringLiteral("id"), QStringLiteral("__ID__"));
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const int sessions = parser.value(QStringLiteral("sessions")).toInt();
    const int imageKb = parser.value(QStringLiteral("images")).toInt();
    QList<double> times;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        const double seconds = onePass(sessions, imageKb, err);
        if (seconds < 0)
            return 1;
        out << QStringLiteral("pass %1: %2 sessions in %3 s (%4 sessions/s)")
                   .arg(run + 1)
                   .arg(sessions)
                   .arg(seconds, 0, 'f', 3)
                   .arg(sessions / seconds, 0, 'f', 0);
        if (imageKb > 0)
            out << QStringLiteral(", pictures %1 MiB/s").arg(sessions * 2.0 * imageKb / 1024 / seconds, 0, 'f', 1);
        out << Qt::endl;
        times.append(seconds);
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("median: %1 s for %2 sessions").arg(times.at(times.size() / 2), 0, 'f', 3).arg(sessions)
        << Qt::endl;
    return 0;
}
