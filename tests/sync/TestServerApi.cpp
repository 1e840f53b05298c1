// SPDX-License-Identifier: GPL-3.0-or-later
// The real passerelle-server on 127.0.0.1 (a child process), on SQLite or, when built as
// TestServerApiPostgres, on the PostgreSQL cluster scripts/run-ctest.sh starts.
#include "SyncTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
#ifdef PASSERELLE_TEST_POSTGRES
constexpr auto kBackend = ServerProcess::Backend::Postgres;
#else
constexpr auto kBackend = ServerProcess::Backend::Sqlite;
#endif

QByteArray body(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_token;
    QString m_deviceId;

    HttpReply post(const QJsonObject &record, const QByteArray &token, const QByteArray &key = {})
    {
        const QByteArray idKey = key.isNull() ? record.value(QStringLiteral("id")).toString().toLatin1() : key;
        return httpRequest(m_server->port(), "POST", "/api/v1/sessions",
                           {{"Authorization", "Bearer " + token}, {"Idempotency-Key", idKey},
                            {"Content-Type", "application/json"}},
                           body(record));
    }
    void expectStillServing()
    {
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/health").status, 200);
        QVERIFY(m_server->isRunning());
    }

private slots:
    void initTestCase()
    {
        if (kBackend == ServerProcess::Backend::Postgres && !ServerProcess::postgresAvailable())
            QSKIP("no PostgreSQL cluster: run through scripts/test.sh (scripts/postgres-test-cluster.sh)");
        m_server = std::make_unique<ServerProcess>(kBackend);
        QString error;
        QVERIFY2(m_server->start({QStringLiteral("--max-body"), QStringLiteral("32768")}, &error), qPrintable(error));
        m_token = m_server->enrollDevice(&m_deviceId);
        QCOMPARE(m_token.size(), 43); // 256 bits, base64url
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        m_server->stop();
        // No personal data in the server's log: no birth date, no token, no body.
        const QByteArray log = m_server->log();
        QVERIFY(!log.contains("2008-"));
        QVERIFY(!log.contains(m_token));
        QVERIFY(log.contains("POST /api/v1/sessions 201"));
    }

    void health()
    {
        const auto reply = httpRequest(m_server->port(), "GET", "/api/v1/health");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void storeThenReplayThenConflict()
    {
        const QJsonObject record = makeSessionRecord(1).toJson();
        const auto first = post(record, m_token);
        QCOMPARE(first.status, 201);
        const QString receipt = first.json().value(QStringLiteral("receipt")).toString();
        QVERIFY(receipt.startsWith(QStringLiteral("r-")));
        const auto replay = post(record, m_token);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json().value(QStringLiteral("receipt")).toString(), receipt);
        QCOMPARE(replay.json().value(QStringLiteral("replayed")).toBool(), true);
        QJsonObject changed = record;
        changed.insert(QStringLiteral("language"), QStringLiteral("en"));
        const auto conflict = post(changed, m_token);
        QCOMPARE(conflict.status, 422);
        QCOMPARE(conflict.json().value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_conflict"));
        QCOMPARE(conflict.json().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
        // The conflict did not replace the stored record: the original still replays.
        QCOMPARE(post(record, m_token).json().value(QStringLiteral("receipt")).toString(), receipt);
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonObject good = makeSessionRecord(2).toJson();
        const QString id = good.value(QStringLiteral("id")).toString();
        QTest::newRow("malformed") << QByteArray("{\"id\": ") << 400 << QStringLiteral("body");
        QTest::newRow("array") << QByteArray("[1,2]") << 400 << QStringLiteral("body");
        QJsonObject unknown = good;
        unknown.insert(QStringLiteral("nickname"), QStringLiteral("x"));
        QTest::newRow("unknown top-level") << body(unknown) << 422 << QStringLiteral("nickname");
        QJsonObject nestedUnknown = good;
        QJsonObject input = good.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("phone"), QStringLiteral("0600000000"));
        nestedUnknown.insert(QStringLiteral("input"), input);
        QTest::newRow("unknown nested") << body(nestedUnknown) << 422 << QStringLiteral("input.phone");
        QJsonObject wrongType = good;
        QJsonObject result = good.value(QStringLiteral("result")).toObject();
        result.insert(QStringLiteral("age"), QStringLiteral("seventeen"));
        wrongType.insert(QStringLiteral("result"), result);
        QTest::newRow("wrong type") << body(wrongType) << 422 << QStringLiteral("result.age");
        QJsonObject badBool = good;
        badBool.insert(QStringLiteral("has_smartphone"), 1);
        QTest::newRow("number for boolean") << body(badBool) << 422 << QStringLiteral("has_smartphone");
        QJsonObject badDate = good;
        input = good.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("birth_date"), QStringLiteral("2008-02-30"));
        badDate.insert(QStringLiteral("input"), input);
        QTest::newRow("impossible date") << body(badDate) << 422 << QStringLiteral("input");
        QJsonObject missing = good;
        missing.remove(QStringLiteral("language"));
        QTest::newRow("missing") << body(missing) << 422 << QStringLiteral("language");
        QJsonObject schema = good;
        schema.insert(QStringLiteral("schema"), 99);
        QTest::newRow("schema") << body(schema) << 422 << QStringLiteral("schema");
    }

    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto reply = httpRequest(m_server->port(), "POST", "/api/v1/sessions",
                                       {{"Authorization", "Bearer " + m_token},
                                        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()},
                                        {"Content-Type", "application/json"}},
                                       payload);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        expectStillServing();
    }

    void idempotencyKeyRequiredAndMatching()
    {
        const QJsonObject record = makeSessionRecord(3).toJson();
        auto reply = post(record, m_token, QByteArray(""));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
        reply = post(record, m_token, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("key_mismatch"));
    }

    void tokens()
    {
        const QJsonObject record = makeSessionRecord(4).toJson();
        QCOMPARE(post(record, "not-a-token").status, 401);
        const auto none = httpRequest(m_server->port(), "POST", "/api/v1/sessions", {}, body(record));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json().value(QStringLiteral("field")).toString(), QStringLiteral("Authorization"));
        QString otherId;
        const QByteArray other = m_server->enrollDevice(&otherId);
        QVERIFY(!other.isEmpty());
        QCOMPARE(post(record, other).status, 201);
        int code = -1;
        m_server->admin({QStringLiteral("revoke"), otherId}, &code);
        QCOMPARE(code, 0);
        const auto revoked = post(makeSessionRecord(5).toJson(), other);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.json().value(QStringLiteral("error")).toString(), QStringLiteral("revoked"));
        const QByteArray devices = m_server->admin({QStringLiteral("devices")});
        QVERIFY(devices.contains(otherId.toLatin1()));
        QVERIFY(!devices.contains(other)); // tokens are stored hashed, never shown again
        m_server->admin({QStringLiteral("revoke"), otherId}, &code);
        QCOMPARE(code, 2);
    }

    void enrollmentCodeIsOneTime()
    {
        const QString code = m_server->enrollmentCode();
        const QByteArray request = body({{QStringLiteral("code"), code.toLower()}});
        QCOMPARE(httpRequest(m_server->port(), "POST", "/api/v1/devices/enroll", {}, request).status, 201);
        const auto again = httpRequest(m_server->port(), "POST", "/api/v1/devices/enroll", {}, request);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.json().value(QStringLiteral("field")).toString(), QStringLiteral("code"));
        const auto wrongType = httpRequest(m_server->port(), "POST", "/api/v1/devices/enroll", {},
                                           body({{QStringLiteral("code"), 12}}));
        QCOMPARE(wrongType.status, 422);
    }

    void tooLarge()
    {
        QJsonObject record = makeSessionRecord(6).toJson();
        record.insert(QStringLiteral("app_version"), QString(40000, QLatin1Char('x')));
        const auto reply = post(record, m_token);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        // 8 MB: cut by the connection guard long before it is all buffered.
        const auto huge = httpRequest(m_server->port(), "POST", "/api/v1/sessions",
                                      {{"Authorization", "Bearer " + m_token}}, QByteArray(8 << 20, 'x'));
        QVERIFY(huge.status == 413 || huge.status == 0);
        expectStillServing();
    }

    void statsForAdminsOnly()
    {
        const QByteArray out = m_server->admin({QStringLiteral("admin-token")});
        const QByteArray admin = out.mid(out.indexOf("token: ") + 7).trimmed();
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/stats", {{"Authorization", "Bearer " + m_token}}).status, 403);
        const QDate today = QDate::currentDate();
        const QByteArray range = "?from=" + today.addDays(-30).toString(Qt::ISODate).toLatin1()
            + "&to=" + today.addDays(2).toString(Qt::ISODate).toLatin1();
        const auto reply = httpRequest(m_server->port(), "GET", "/api/v1/stats" + range,
                                       {{"Authorization", "Bearer " + admin}});
        QCOMPARE(reply.status, 200);
        int total = 0;
        for (const auto &row : reply.json().value(QStringLiteral("counts")).toArray()) {
            QVERIFY(!row.toObject().value(QStringLiteral("day")).toString().isEmpty());
            QVERIFY(!row.toObject().value(QStringLiteral("outcome")).toString().isEmpty());
            total += row.toObject().value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(total, 2); // record 1 and the one sent by the revoked device before revocation
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/stats?from=yesterday",
                             {{"Authorization", "Bearer " + admin}}).json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("from"));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        ServerProcess limited(kBackend);
        QString error;
        QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1")}, &error), qPrintable(error));
        const QByteArray token = limited.enrollDevice();
        int tooMany = 0;
        HttpReply last;
        for (int i = 0; i < 15 && tooMany == 0; ++i) {
            const QJsonObject record = makeSessionRecord(i).toJson();
            last = httpRequest(limited.port(), "POST", "/api/v1/sessions",
                               {{"Authorization", "Bearer " + token},
                                {"Idempotency-Key", record.value(QStringLiteral("id")).toString().toLatin1()}},
                               body(record));
            tooMany += last.status == 429;
        }
        QCOMPARE(last.status, 429);
        QVERIFY(last.header("Retry-After").toInt() >= 1);
    }

    void unknownPathsAndMethods()
    {
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/nothing").status, 404);
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/sessions").status, 405);
        expectStillServing();
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
