// SPDX-License-Identifier: GPL-3.0-or-later
// A helper completes sessions in a loop and is killed with SIGKILL at random moments, 200 times.
// After each kill the database passes PRAGMA integrity_check; at the end every session the helper
// reported as committed is there, whole.
#include "CrashContent.h"

#include "core/crypto/FieldCipher.h"
#include "core/crypto/KeyStore.h"
#include "core/storage/DataProtection.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace passerelle;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void committedSessionsSurviveKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passerelle.sqlite"));
        const QByteArray key = FieldCipher::generateKey();
        QMap<QUuid, QByteArray> committed;
        QRandomGenerator random(20261126);
        int kills = 0;
        for (int round = 0; round < 200; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(PASSERELLE_CRASH_HELPER), {path, QString::fromLatin1(key.toHex())});
            QVERIFY(helper.waitForStarted());
            // Random moments: every other round once saves are under way (so mid-transaction), the
            // others from the start (start-up, first migration, key set-up).
            if (round % 2 == 0)
                QVERIFY(helper.waitForReadyRead(10000));
            QThread::msleep(random.bounded(round % 2 == 0 ? 0 : 5, round % 2 == 0 ? 30 : 90));
            helper.kill();
            QVERIFY(helper.waitForFinished());
            if (helper.exitStatus() == QProcess::CrashExit)
                ++kills;
            else
                QFAIL(helper.readAllStandardError().constData());
            // Only whole lines count: a line cut by the kill was not reported.
            const QList<QByteArray> lines = helper.readAllStandardOutput().split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> parts = lines.at(i).split(' ');
                QCOMPARE(parts.size(), 2);
                committed.insert(QUuid::fromString(QString::fromLatin1(parts.at(0))), parts.at(1));
            }
            QString error;
            auto database = Database::open(path, m_clock, &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery q(database->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(kills, 200);
        QVERIFY2(committed.size() >= 100, qPrintable(QString::number(committed.size())));

        QString error;
        auto database = Database::open(path, m_clock, &error);
        QVERIFY2(database, qPrintable(error));
        MemoryKeyStore keys;
        keys.write(DataProtection::keyName(*database), key, &error);
        QCOMPARE(DataProtection::setUp(*database, &keys).mode, DataProtection::Mode::Protected);
        const SystemClock clock;
        SessionStore store(*database, clock);
        QVERIFY(store.count() >= committed.size());
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const auto record = store.load(it.key(), &error);
            QVERIFY2(record, qPrintable(error));
            const auto extras = store.loadExtras(it.key(), &error);
            QVERIFY(extras);
            QCOMPARE(extras->images.size(), 2);
            QCOMPARE(crashContentHash(*record, *extras), it.value());
        }
        qInfo("%d kills, %lld sessions reported committed, %d stored", kills, qlonglong(committed.size()),
              store.count());
    }

private:
    const SystemClock m_clock; ///< the machine's: this test opens files as the app does
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
