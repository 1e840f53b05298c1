// SPDX-License-Identifier: GPL-3.0-or-later
// Two passerelle-server instances on one database, as behind a load balancer: started together on
// a fresh database (the migrations take turns), then the same session posted four times at once
// across both is stored exactly once. PostgreSQL from scripts/run-ctest.sh, and SQLite.
#include "SyncTestSupport.h"

#include <QJsonDocument>
#include <QtTest>

using namespace passerelle::test;

class TestServerScaleOut : public QObject
{
    Q_OBJECT

private slots:
    void twoInstancesStartTogetherThenStoreExactlyOnce_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("postgres") << true;
        QTest::newRow("sqlite") << false;
    }

    void twoInstancesStartTogetherThenStoreExactlyOnce()
    {
        QFETCH(bool, postgres);
        if (postgres && !ServerProcess::postgresAvailable())
            QSKIP("no PostgreSQL cluster: run through scripts/test.sh (scripts/postgres-test-cluster.sh)");
        const auto backend = postgres ? ServerProcess::Backend::Postgres : ServerProcess::Backend::Sqlite;
        // Each round a fresh database and two instances launched at the same moment.
        constexpr int kRounds = 4;
        for (int round = 0; round < kRounds; ++round) {
            ServerProcess first(backend);
            ServerProcess second(backend);
            QString error;
            QVERIFY2(first.launch({QStringLiteral("--quiet")}, &error), qPrintable(error));
            second.shareStorageWith(first);
            QVERIFY2(second.launch({QStringLiteral("--quiet")}, &error), qPrintable(error));
            QVERIFY2(first.waitListening(&error), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            QVERIFY2(second.waitListening(&error), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            if (round < kRounds - 1)
                continue;

            // Exactly once across both: each session sent four times at once, twice to each.
            const QByteArray token = first.enrollDevice();
            QVERIFY(!token.isEmpty());
            constexpr int kSessions = 40;
            QList<HttpCall> calls;
            for (int i = 0; i < kSessions; ++i) {
                const QJsonObject record = makeSessionRecord(i).toJson();
                const QByteArray body = QJsonDocument(record).toJson(QJsonDocument::Compact);
                for (int copy = 0; copy < 4; ++copy) {
                    calls.append({copy % 2 ? second.port() : first.port(),
                                  "POST",
                                  "/api/v1/sessions",
                                  {{"Authorization", "Bearer " + token},
                                   {"Idempotency-Key", record.value(QStringLiteral("id")).toString().toLatin1()},
                                   {"Content-Type", "application/json"}},
                                  body});
                }
            }
            const QList<HttpReply> replies = httpRequestsAtOnce(calls, 60000);
            for (int i = 0; i < kSessions; ++i) {
                int created = 0, replayed = 0;
                QSet<QString> receipts;
                for (int copy = 0; copy < 4; ++copy) {
                    const HttpReply &reply = replies.at(i * 4 + copy);
                    created += reply.status == 201;
                    replayed += reply.status == 200;
                    receipts.insert(reply.json().value(QStringLiteral("receipt")).toString());
                }
                QVERIFY2(created == 1 && replayed == 3,
                         qPrintable(
                             QStringLiteral("session %1: %2 created, %3 replayed").arg(i).arg(created).arg(replayed)));
                QCOMPARE(receipts.size(), 1);
            }
            QCOMPARE(first.sessionCount(), kSessions);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerScaleOut)
#include "TestServerScaleOut.moc"
