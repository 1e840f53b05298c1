// SPDX-License-Identifier: GPL-3.0-or-later
// Two passerelle-server instances on one database, as behind a load balancer: started together on
// a fresh database (the migrations take turns), then the same session posted four times at once
// across both is stored exactly once. PostgreSQL from scripts/run-ctest.sh, and SQLite.
#include "SyncTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
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

            // Exactly once across both: each session sent four times at once, twice to each, the first
            // instance getting the sessions first to last and the second last to first: two group commits
            // that take the same ids in opposite orders (what a load balancer does under load).
            const QByteArray token = first.enrollDevice();
            QVERIFY(!token.isEmpty());
            constexpr int kSessions = 40;
            QList<QByteArray> ids, bodies;
            for (int i = 0; i < kSessions; ++i) {
                const QJsonObject record = makeSessionRecord(i).toJson();
                ids.append(record.value(QStringLiteral("id")).toString().toLatin1());
                bodies.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
            }
            QList<HttpCall> calls;
            QList<int> sessionOf;
            for (int n = 0; n < 2 * kSessions; ++n) {
                for (const bool toSecond : {false, true}) {
                    const int i = toSecond ? kSessions - 1 - n / 2 : n / 2;
                    calls.append({toSecond ? second.port() : first.port(),
                                  "POST",
                                  "/api/v1/sessions",
                                  {{"Authorization", "Bearer " + token},
                                   {"Idempotency-Key", ids.at(i)},
                                   {"Content-Type", "application/json"}},
                                  bodies.at(i)});
                    sessionOf.append(i);
                }
            }
            const QList<HttpReply> replies = httpRequestsAtOnce(calls, 60000);
            QList<QList<HttpReply>> bySession(kSessions);
            for (qsizetype n = 0; n < replies.size(); ++n)
                bySession[sessionOf.at(n)].append(replies.at(n));
            for (int i = 0; i < kSessions; ++i) {
                int created = 0, replayed = 0;
                QSet<QString> receipts;
                QStringList odd; // any other answer, with its status and body, to tell a race from a timeout
                for (const HttpReply &reply : bySession.at(i)) {
                    created += reply.status == 201;
                    replayed += reply.status == 200;
                    if (reply.status != 201 && reply.status != 200)
                        odd.append(
                            QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(300))));
                    receipts.insert(reply.json().value(QStringLiteral("receipt")).toString());
                }
                QVERIFY2(
                    created == 1 && replayed == 3,
                    qPrintable(QStringLiteral(
                                   "session %1: %2 created, %3 replayed; %4\nfirst instance:\n%5\nsecond instance:\n%6")
                                   .arg(i)
                                   .arg(created)
                                   .arg(replayed)
                                   .arg(odd.join(QStringLiteral("; ")), QString::fromUtf8(first.log().right(2000)),
                                        QString::fromUtf8(second.log().right(2000)))));
                QCOMPARE(receipts.size(), 1);
            }
            QCOMPARE(first.sessionCount(), kSessions);
        }
    }

    void startsWhileAnotherInstanceMigrates()
    {
        // SQLite: an instance opening the file while another holds its write lock (the other's migrations,
        // under BEGIN IMMEDIATE) is told "locked" at once when it turns the file to WAL, whatever the busy
        // timeout; it must wait its turn and start, not exit (one start in the whole suite failed so).
        ServerProcess first(ServerProcess::Backend::Sqlite);
        QString error;
        QVERIFY2(first.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
        first.stop();
        const QString path = QDir(first.dataDir()).filePath(QStringLiteral("passerelle-server.sqlite"));
        QVERIFY(QFile::exists(path));
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            ServerProcess second(ServerProcess::Backend::Sqlite);
            second.shareStorageWith(first);
            QVERIFY2(second.launch({QStringLiteral("--quiet")}, &error), qPrintable(error));
            QTest::qWait(700); // the second instance meets the lock meanwhile
            QVERIFY2(second.isRunning(), second.log().constData());
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            query.finish();
            QVERIFY2(second.waitListening(&error), qPrintable(error + QString::fromUtf8(second.log())));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
};

QTEST_GUILESS_MAIN(TestServerScaleOut)
#include "TestServerScaleOut.moc"
