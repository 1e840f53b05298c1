// SPDX-License-Identifier: GPL-3.0-or-later
// The real passerelle-server on 127.0.0.1 (a child process), on SQLite or, when built as
// TestServerApiPostgres, on the PostgreSQL cluster scripts/run-ctest.sh starts.
#include "SyncTestSupport.h"

#include "core/storage/ImageParts.h"
#include "core/sync/Protocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
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

constexpr qint64 kMaxChunk = 65536;
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_token;
    QString m_deviceId;
    // A second server that asks for images (--images required), and a device enrolled there.
    std::unique_ptr<ServerProcess> m_images;
    QByteArray m_imagesToken;

    /** POSTs @p record with "parts" declared for @p images (part id = kind = the key). */
    HttpReply postWithParts(const QJsonObject &record, const QList<QPair<QString, QByteArray>> &images)
    {
        QList<sync::PartDeclaration> parts;
        for (const auto &[part, bytes] : images)
            parts.append(sync::declarePart(part, bytes));
        QJsonObject json = record;
        json.insert(QStringLiteral("parts"), sync::partsToJson(parts));
        return httpRequest(m_images->port(), "POST", "/api/v1/sessions",
                           {{"Authorization", "Bearer " + m_imagesToken},
                            {"Idempotency-Key", record.value(QStringLiteral("id")).toString().toLatin1()},
                            {"Content-Type", "application/json"}},
                           body(json));
    }
    HttpReply patch(const QString &id, const QString &part, qint64 offset, const QByteArray &chunk,
                    const QByteArray &token = {})
    {
        return httpRequest(m_images->port(), "PATCH", partPath(id, part),
                           {{"Authorization", "Bearer " + (token.isEmpty() ? m_imagesToken : token)},
                            {"Content-Type", "application/offset+octet-stream"},
                            {"Upload-Offset", QByteArray::number(offset)}},
                           chunk);
    }
    HttpReply getOn(const QByteArray &method, const QByteArray &path, const QByteArray &token = {})
    {
        return httpRequest(m_images->port(), method, path,
                           {{"Authorization", "Bearer " + (token.isEmpty() ? m_imagesToken : token)}});
    }
    static QByteArray partPath(const QString &id, const QString &part)
    {
        return "/api/v1/sessions/" + id.toLatin1() + "/parts/" + part.toLatin1();
    }
    /** Sends @p bytes from @p offset in chunks of the server's largest size; the last answer. */
    HttpReply upload(const QString &id, const QString &part, const QByteArray &bytes, qint64 offset = 0)
    {
        HttpReply reply;
        while (offset < bytes.size()) {
            reply = patch(id, part, offset, bytes.mid(offset, kMaxChunk));
            if (reply.status != 200)
                return reply;
            offset = reply.json().value(QStringLiteral("offset")).toInteger();
        }
        return reply;
    }

    HttpReply post(const QJsonObject &record, const QByteArray &token, const QByteArray &key = {})
    {
        const QByteArray idKey = key.isNull() ? record.value(QStringLiteral("id")).toString().toLatin1() : key;
        return httpRequest(
            m_server->port(), "POST", "/api/v1/sessions",
            {{"Authorization", "Bearer " + token}, {"Idempotency-Key", idKey}, {"Content-Type", "application/json"}},
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
        m_images = std::make_unique<ServerProcess>(kBackend);
        QVERIFY2(m_images->start({QStringLiteral("--images"), QStringLiteral("required"), QStringLiteral("--max-chunk"),
                                  QString::number(kMaxChunk)},
                                 &error),
                 qPrintable(error));
        m_imagesToken = m_images->enrollDevice();
        QVERIFY(!m_imagesToken.isEmpty());
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
        if (!m_images)
            return;
        m_images->stop();
        // The image server logs templated paths: no session id, no token, no bytes.
        const QByteArray imagesLog = m_images->log();
        QVERIFY(imagesLog.contains("PATCH /api/v1/sessions/{id}/parts/id_front 200"));
        QVERIFY(!imagesLog.contains(m_imagesToken));
        QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/"))
                     .match(QString::fromUtf8(imagesLog))
                     .hasMatch());
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
        // Values, not only types: each of these was stored or failed the group commit (503).
        const auto withTop = [&](const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            changed.insert(key, value);
            return body(changed);
        };
        const auto withIn = [&](const QString &object, const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            QJsonObject inner = good.value(object).toObject();
            inner.insert(key, value);
            changed.insert(object, inner);
            return body(changed);
        };
        QJsonObject year10000 = good;
        year10000.insert(QStringLiteral("started_utc"), QStringLiteral("9999-12-31T23:00:00.000Z"));
        year10000.insert(QStringLiteral("completed_utc"), QStringLiteral("9999-12-31T23:30:00.000Z"));
        year10000.insert(QStringLiteral("utc_offset_s"), 3600);
        QTest::newRow("local day in year 10000") << body(year10000) << 422 << QStringLiteral("completed_utc");
        QTest::newRow("offset over 14 h")
            << withTop(QStringLiteral("utc_offset_s"), 15 * 3600) << 422 << QStringLiteral("utc_offset_s");
        QTest::newRow("age 500") << withIn(QStringLiteral("result"), QStringLiteral("age"), 500) << 422
                                 << QStringLiteral("result.age");
        QTest::newRow("negative age") << withIn(QStringLiteral("result"), QStringLiteral("age"), -1) << 422
                                      << QStringLiteral("result.age");
        QTest::newRow("born in 1800") << withIn(QStringLiteral("input"), QStringLiteral("birth_date"),
                                                QStringLiteral("1800-01-01"))
                                      << 422 << QStringLiteral("input.birth_date");
        QTest::newRow("long string") << withTop(QStringLiteral("counselor_id"), QString(300, QLatin1Char('c'))) << 422
                                     << QStringLiteral("counselor_id");
    }

    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto reply =
            httpRequest(m_server->port(), "POST", "/api/v1/sessions",
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
        const auto wrongType =
            httpRequest(m_server->port(), "POST", "/api/v1/devices/enroll", {}, body({{QStringLiteral("code"), 12}}));
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
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/stats", {{"Authorization", "Bearer " + m_token}}).status,
                 403);
        const QDate today = QDate::currentDate();
        const QByteArray range = "?from=" + today.addDays(-30).toString(Qt::ISODate).toLatin1() +
                                 "&to=" + today.addDays(2).toString(Qt::ISODate).toLatin1();
        const auto reply =
            httpRequest(m_server->port(), "GET", "/api/v1/stats" + range, {{"Authorization", "Bearer " + admin}});
        QCOMPARE(reply.status, 200);
        int total = 0;
        for (const auto &row : reply.json().value(QStringLiteral("counts")).toArray()) {
            QVERIFY(!row.toObject().value(QStringLiteral("day")).toString().isEmpty());
            QVERIFY(!row.toObject().value(QStringLiteral("outcome")).toString().isEmpty());
            total += row.toObject().value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(total, 2); // record 1 and the one sent by the revoked device before revocation
        QCOMPARE(
            httpRequest(m_server->port(), "GET", "/api/v1/stats?from=yesterday", {{"Authorization", "Bearer " + admin}})
                .json()
                .value(QStringLiteral("field"))
                .toString(),
            QStringLiteral("from"));
    }

    void aFailingRecordDoesNotFailItsGroup()
    {
        // The database refuses one record (a trigger stands in for any storage error on one row);
        // the others sent at the same moment, from two devices, land in the same group commit.
        const QByteArray second = m_server->enrollDevice();
        QList<QJsonObject> records;
        for (int i = 0; i < 40; ++i)
            records.append(makeSessionRecord(40 + i).toJson());
        // In the middle, so that it shares a group commit with others.
        const QString refused = records.at(20).value(QStringLiteral("id")).toString();
        const bool postgres = kBackend == ServerProcess::Backend::Postgres;
        QVERIFY(m_server->execSql(
            postgres
                ? QStringList{QStringLiteral("CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF NEW.id = "
                                             "'%1' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; "
                                             "END $$ LANGUAGE plpgsql")
                                  .arg(refused),
                              QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON sessions FOR EACH ROW "
                                             "EXECUTE FUNCTION refuse_one()")}
                : QStringList{QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON sessions WHEN NEW.id = "
                                             "'%1' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                  .arg(refused)}));
        QList<HttpCall> calls;
        for (qsizetype i = 0; i < records.size(); ++i) {
            calls.append({m_server->port(),
                          "POST",
                          "/api/v1/sessions",
                          {{"Authorization", "Bearer " + (i % 2 ? second : m_token)},
                           {"Idempotency-Key", records[i].value(QStringLiteral("id")).toString().toLatin1()},
                           {"Content-Type", "application/json"}},
                          body(records[i])});
        }
        const QList<HttpReply> replies = httpRequestsAtOnce(calls);
        QCOMPARE(replies.at(20).status, 503);
        for (qsizetype i = 0; i < replies.size(); ++i)
            QVERIFY2(i == 20 || replies[i].status == 201,
                     qPrintable(QStringLiteral("record %1: %2").arg(i).arg(replies[i].status)));
        QVERIFY(m_server->execSql({QStringLiteral("DROP TRIGGER refuse_one%1").arg(postgres ? " ON sessions" : "")}));
        // Nothing of it was kept: sent again, it is stored now.
        QCOMPARE(post(records.at(20), second).status, 201);
    }

    void deviceAndSiteComeFromTheToken()
    {
        // The record's own device_id and site_id are the client's: stored as data, never trusted
        // for the statistics.
        QString deviceId;
        ServerProcess &server = *m_server;
        const QString code = server.enrollmentCode(QStringLiteral("Site du jeton"));
        const auto enrolled =
            httpRequest(server.port(), "POST", "/api/v1/devices/enroll", {}, body({{QStringLiteral("code"), code}}));
        const QByteArray token = enrolled.json().value(QStringLiteral("device_token")).toString().toLatin1();
        QJsonObject record = makeSessionRecord(50).toJson();
        record.insert(QStringLiteral("site_id"), QStringLiteral("Site d'un autre"));
        record.insert(QStringLiteral("device_id"), m_deviceId);
        QCOMPARE(post(record, token).status, 201);
        const QByteArray out = server.admin({QStringLiteral("admin-token")});
        const QByteArray admin = out.mid(out.indexOf("token: ") + 7).trimmed();
        const auto count = [&](const QByteArray &site) {
            int total = 0;
            const auto reply =
                httpRequest(server.port(), "GET", "/api/v1/stats?site=" + site, {{"Authorization", "Bearer " + admin}});
            for (const auto &row : reply.json().value(QStringLiteral("counts")).toArray())
                total += row.toObject().value(QStringLiteral("count")).toInt();
            return total;
        };
        QCOMPARE(count("Site%20du%20jeton"), 1);
        QCOMPARE(count("Site%20d'un%20autre"), 0);
        // The session is the token's device's, not the one its record names.
        QCOMPARE(httpRequest(server.port(), "GET",
                             "/api/v1/sessions/" + record.value(QStringLiteral("id")).toString().toLatin1(),
                             {{"Authorization", "Bearer " + m_token}})
                     .status,
                 404);
    }

    void filesAreTheOwnersAndTheKeyIsNotInTheDatabase()
    {
        ServerProcess server(kBackend);
        QString error;
        QVERIFY2(server.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
        const QByteArray token = server.enrollDevice();
        const QJsonObject record = makeSessionRecord(60).toJson();
        const auto send = [&] {
            return httpRequest(server.port(), "POST", "/api/v1/sessions",
                               {{"Authorization", "Bearer " + token},
                                {"Idempotency-Key", record.value(QStringLiteral("id")).toString().toLatin1()}},
                               body(record));
        };
        QCOMPARE(send().status, 201);
        const QDir dir(server.dataDir());
        const QString keyPath = dir.filePath(QStringLiteral("payload.key"));
        // Unix modes (the user, group and other bits of QFileDevice::Permissions): 0600 and 0700.
        const auto mode = [](const QString &path) { return int(QFileInfo(path).permissions() & 0x0fff); };
        QCOMPARE(mode(keyPath), 0x600);
        if (kBackend == ServerProcess::Backend::Sqlite) {
            QCOMPARE(mode(dir.path()), 0x700);
            for (const auto *name : {"passerelle-server.sqlite", "passerelle-server.sqlite-wal"})
                QCOMPARE(mode(dir.filePath(QLatin1String(name))), 0x600);
        }
        // Nothing in the database is a key.
        const QString keysInDatabase = QStringLiteral("SELECT COUNT(*) FROM server_meta WHERE key = 'payload_key'");
        QCOMPARE(server.queryNumber(keysInDatabase), 0);

        // A database from an older version holds its key: it moves to the file, unchanged, so the
        // stored fingerprints still match (the same record replays).
        server.stop();
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray key = keyFile.readAll().trimmed();
        keyFile.close();
        QVERIFY(key.size() >= 32);
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(server.execSql({QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('payload_key', '%1')")
                                    .arg(QString::fromLatin1(key))}));
        QVERIFY2(server.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
        QCOMPARE(send().status, 200);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll().trimmed(), key);
        QCOMPARE(server.queryNumber(keysInDatabase), 0);
    }

    void theLogCarriesNoForgedLineAndNoId()
    {
        ServerProcess server(kBackend);
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        QCOMPARE(httpRequest(server.port(), "GET", "/api/v1/x%0D%0AFORGED%20GET%20/api/v1/health%20200").status, 404);
        QCOMPARE(httpRequest(server.port(), "GET", "/api/v1/sessions/" + id + "/more/segments").status, 404);
        QCOMPARE(httpRequest(server.port(), "GET", "/api/v1/health").status, 200);
        server.stop();
        const QByteArray log = server.log();
        QVERIFY2(!log.contains("FORGED"), log.constData());
        QVERIFY(!log.contains(id));
        QVERIFY(log.contains("GET (other) 404"));
        QVERIFY(log.contains("GET /api/v1/health 200"));
    }

    void anotherDevicesIdGets409WithoutReceipt()
    {
        const QJsonObject record = makeSessionRecord(61).toJson();
        QCOMPARE(post(record, m_token).status, 201);
        const QByteArray other = m_server->enrollDevice();
        QJsonObject changed = record;
        changed.insert(QStringLiteral("language"), QStringLiteral("en"));
        // The same answer for the same body and for another one: nothing tells them apart.
        for (const auto &sent : {record, changed}) {
            const auto reply = post(sent, other);
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("id_taken"));
            QVERIFY(!reply.json().contains(QStringLiteral("receipt")));
            QVERIFY(!reply.body.contains("r-"));
        }
        QCOMPARE(post(record, m_token).status, 200); // its own device still replays it
    }

    void theDeviceListEscapesLabels()
    {
        const QByteArray request =
            body({{QStringLiteral("code"), m_server->enrollmentCode()},
                  {QStringLiteral("label"), QStringLiteral("\u001b]0;owned\u0007\u001b[2Jkiosk")}});
        QCOMPARE(httpRequest(m_server->port(), "POST", "/api/v1/devices/enroll", {}, request).status, 201);
        const QByteArray devices = m_server->admin({QStringLiteral("devices")});
        QVERIFY(!devices.contains('\x1b'));
        QVERIFY(!devices.contains('\x07'));
        QVERIFY2(devices.contains("\\x1b]0;owned\\x07\\x1b[2Jkiosk"), devices.constData());
    }

    void unknownTokensAreRateLimitedPerClient()
    {
        ServerProcess server(kBackend);
        QString error;
        QVERIFY2(server.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
        HttpReply last;
        for (int i = 0; i < 40 && last.status != 429; ++i) {
            last = httpRequest(server.port(), "GET", "/api/v1/stats",
                               {{"Authorization", "Bearer guess-" + QByteArray::number(i)}});
        }
        QCOMPARE(last.status, 429);
        QVERIFY(last.header("Retry-After").toInt() >= 1);
    }

    void aTrustedProxyNamesTheClient()
    {
        // Enrollment allows 10 attempts at once per client: 12 from one address behind the proxy
        // exhaust it for that address only, when the proxy is trusted.
        const auto attempts = [](quint16 port, const QByteArray &client, int count) {
            HttpReply last;
            for (int i = 0; i < count; ++i) {
                last =
                    httpRequest(port, "POST", "/api/v1/devices/enroll", {{"X-Forwarded-For", "203.0.113.9, " + client}},
                                body({{QStringLiteral("code"), QStringLiteral("WRONG-CODE")}}));
            }
            return last.status;
        };
        ServerProcess trusting(kBackend);
        QString error;
        QVERIFY2(
            trusting.start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"), QStringLiteral("--quiet")},
                           &error),
            qPrintable(error));
        QCOMPARE(attempts(trusting.port(), "198.51.100.1", 12), 429);
        QCOMPARE(attempts(trusting.port(), "198.51.100.2", 1), 401);
        // Untrusted, the header is ignored: it cannot be used to dodge the limit.
        ServerProcess plain(kBackend);
        QVERIFY2(plain.start({QStringLiteral("--quiet")}, &error), qPrintable(error));
        QCOMPARE(attempts(plain.port(), "198.51.100.1", 12), 429);
        QCOMPARE(attempts(plain.port(), "198.51.100.2", 1), 429);
    }

    void healthReadsNoTable()
    {
        if (kBackend != ServerProcess::Backend::Postgres)
            QSKIP("PostgreSQL only: a lock held on the sessions table (SQLite's WAL readers never wait)");
        // While another transaction holds the sessions table, /health still answers at once.
        const QString name = QStringLiteral("health-lock");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(qEnvironmentVariable("PASSERELLE_TEST_PG_HOST"));
            db.setPort(qEnvironmentVariable("PASSERELLE_TEST_PG_PORT").toInt());
            db.setUserName(qEnvironmentVariable("PASSERELLE_TEST_PG_USER"));
            db.setPassword(qEnvironmentVariable("PASSERELLE_TEST_PG_PASSWORD"));
            db.setDatabaseName(m_server->pgDatabase());
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE")));
            const auto reply = httpRequest(m_server->port(), "GET", "/api/v1/health", {}, {}, 3000);
            db.rollback();
            QCOMPARE(reply.status, 200);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void theServerKeepsNothingPastItsRetention()
    {
        ServerProcess server(kBackend);
        QString error;
        const QStringList options{QStringLiteral("--images"), QStringLiteral("required"),
                                  QStringLiteral("--keep-full-records"), QStringLiteral("--quiet")};
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const QByteArray token = server.enrollDevice();
        const QByteArray image = randomBytes(3000, 9);
        QJsonObject record = makeSessionRecord(62).toJson();
        const QString id = record.value(QStringLiteral("id")).toString();
        record.insert(QStringLiteral("parts"),
                      sync::partsToJson({sync::declarePart(QStringLiteral("id_front"), image)}));
        QCOMPARE(httpRequest(server.port(), "POST", "/api/v1/sessions",
                             {{"Authorization", "Bearer " + token}, {"Idempotency-Key", id.toLatin1()}}, body(record))
                     .status,
                 201);
        QCOMPARE(httpRequest(server.port(), "PATCH", partPath(id, QStringLiteral("id_front")),
                             {{"Authorization", "Bearer " + token},
                              {"Content-Type", "application/offset+octet-stream"},
                              {"Upload-Offset", "0"}},
                             image)
                     .status,
                 200);
        const QString withBirthDate =
            QStringLiteral("SELECT COUNT(*) FROM sessions WHERE record_json LIKE '%birth_date%'");
        QCOMPARE(server.queryNumber(withBirthDate), 1);
        // Received 40 days ago: the image goes (30 days), the full record stays (6 months).
        const auto receivedDaysAgo = [&](int days) {
            return server.execSql(
                {QStringLiteral("UPDATE sessions SET received_utc = '%1'")
                     .arg(QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs))});
        };
        const auto restartAndWait = [&](const std::function<bool()> &done) {
            server.stop();
            if (!server.start(options))
                return false;
            for (int i = 0; i < 60 && !done(); ++i)
                QTest::qWait(50);
            return done();
        };
        QVERIFY(receivedDaysAgo(40));
        QVERIFY(restartAndWait([&] { return server.storedPart(id, QStringLiteral("id_front")).isEmpty(); }));
        QCOMPARE(server.queryNumber(withBirthDate), 1);
        // 200 days ago: the personal fields go too; the statistics' fields stay.
        QVERIFY(receivedDaysAgo(200));
        QVERIFY(restartAndWait([&] { return server.queryNumber(withBirthDate) == 0; }));
        QCOMPARE(server.sessionCount(), 1);
        QCOMPARE(server.queryNumber(
                     QStringLiteral("SELECT COUNT(*) FROM sessions WHERE record_json LIKE '%\"minimised\":true%'")),
                 1);
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

    void healthAdvertisesTheImagePolicy()
    {
        QCOMPARE(
            httpRequest(m_server->port(), "GET", "/api/v1/health").json().value(QStringLiteral("images")).toString(),
            QStringLiteral("none"));
        const QJsonObject health = httpRequest(m_images->port(), "GET", "/api/v1/health").json();
        QCOMPARE(health.value(QStringLiteral("images")).toString(), QStringLiteral("required"));
        QCOMPARE(health.value(QStringLiteral("max_chunk")).toInteger(), kMaxChunk);
    }

    void noPartsWhenThePolicyIsNone()
    {
        QJsonObject record = makeSessionRecord(20).toJson();
        record.insert(QStringLiteral("parts"),
                      sync::partsToJson({sync::declarePart(QStringLiteral("id_front"), "jpeg")}));
        const auto reply = post(record, m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("parts"));
    }

    void partDeclarationsAreStrict_data()
    {
        QTest::addColumn<QJsonValue>("parts");
        QTest::addColumn<QString>("field");
        const QJsonObject good =
            sync::partsToJson({sync::declarePart(QStringLiteral("id_front"), "jpeg")}).first().toObject();
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject part = good;
            part.insert(key, value);
            return QJsonValue(QJsonArray{part});
        };
        QTest::newRow("not an array") << QJsonValue(QStringLiteral("id_front")) << QStringLiteral("parts");
        QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("tattoo"))
                                      << QStringLiteral("parts[0].kind");
        QTest::newRow("bad id") << with(QStringLiteral("part"), QStringLiteral("../x"))
                                << QStringLiteral("parts[0].part");
        QTest::newRow("empty") << with(QStringLiteral("size"), 0) << QStringLiteral("parts[0].size");
        QTest::newRow("fraction") << with(QStringLiteral("size"), 1.5) << QStringLiteral("parts[0].size");
        QTest::newRow("huge") << with(QStringLiteral("size"), 1e12) << QStringLiteral("parts[0].size");
        QTest::newRow("short hash") << with(QStringLiteral("sha256"), QStringLiteral("abc"))
                                    << QStringLiteral("parts[0].sha256");
        QTest::newRow("upper hash") << with(QStringLiteral("sha256"),
                                            good.value(QStringLiteral("sha256")).toString().toUpper())
                                    << QStringLiteral("parts[0].sha256");
        QTest::newRow("unknown field") << with(QStringLiteral("name"), QStringLiteral("x"))
                                       << QStringLiteral("parts[0].name");
        QTest::newRow("twice") << QJsonValue(QJsonArray{good, good}) << QStringLiteral("parts[1].part");
        QJsonObject sameKind = good;
        sameKind.insert(QStringLiteral("part"), QStringLiteral("front2"));
        QTest::newRow("kind twice") << QJsonValue(QJsonArray{good, sameKind}) << QStringLiteral("parts[1].kind");
    }

    void partDeclarationsAreStrict()
    {
        QFETCH(QJsonValue, parts);
        QFETCH(QString, field);
        QJsonObject record = makeSessionRecord(21).toJson();
        record.insert(QStringLiteral("parts"), parts);
        const auto reply = httpRequest(m_images->port(), "POST", "/api/v1/sessions",
                                       {{"Authorization", "Bearer " + m_imagesToken},
                                        {"Idempotency-Key", record.value(QStringLiteral("id")).toString().toLatin1()}},
                                       body(record));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
    }

    void imagesUploadResumablyAndCompleteTheSession()
    {
        const QByteArray front = randomBytes(150000, 1);
        const QByteArray back = randomBytes(70000, 2);
        const QJsonObject record = makeSessionRecord(22).toJson();
        const QString id = record.value(QStringLiteral("id")).toString();
        const QList<QPair<QString, QByteArray>> images{{QStringLiteral("id_front"), front},
                                                       {QStringLiteral("id_back"), back}};
        auto stored = postWithParts(record, images);
        QCOMPARE(stored.status, 201);
        // The receipt comes at once; the session stays incomplete until every part is.
        const QString receipt = stored.json().value(QStringLiteral("receipt")).toString();
        QVERIFY(receipt.startsWith(QStringLiteral("r-")));
        QCOMPARE(stored.json().value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
        const QJsonArray declared = stored.json().value(QStringLiteral("parts")).toArray();
        QCOMPARE(declared.size(), 2);
        for (const auto &part : declared) {
            QCOMPARE(part.toObject().value(QStringLiteral("offset")).toInteger(), 0);
            QCOMPARE(part.toObject().value(QStringLiteral("complete")).toBool(), false);
        }

        // First chunk, then a "cut": HEAD and GET say where to resume.
        auto reply = patch(id, QStringLiteral("id_front"), 0, front.left(kMaxChunk));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("offset")).toInteger(), kMaxChunk);
        QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(reply.json().value(QStringLiteral("session_state")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(reply.header("Upload-Offset").toLongLong(), kMaxChunk);
        const auto head = getOn("HEAD", partPath(id, QStringLiteral("id_front")));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset").toLongLong(), kMaxChunk);
        QCOMPARE(head.header("Upload-Length").toLongLong(), front.size());
        const auto get = getOn("GET", partPath(id, QStringLiteral("id_front")));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json().value(QStringLiteral("offset")).toInteger(), kMaxChunk);
        QCOMPARE(get.json().value(QStringLiteral("sha256")).toString(), sha256Hex(front));

        // The same chunk again (its answer was lost): 409 with the offset to go on from, nothing stored twice.
        reply = patch(id, QStringLiteral("id_front"), 0, front.left(kMaxChunk));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("offset_mismatch"));
        QCOMPARE(reply.json().value(QStringLiteral("offset")).toInteger(), kMaxChunk);
        QCOMPARE(reply.header("Upload-Offset").toLongLong(), kMaxChunk);
        // Ahead of the server: 409 too.
        QCOMPARE(patch(id, QStringLiteral("id_front"), 2 * kMaxChunk, front.mid(2 * kMaxChunk, 10)).status, 409);

        reply = upload(id, QStringLiteral("id_front"), front, kMaxChunk);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(reply.json().value(QStringLiteral("session_state")).toString(), QStringLiteral("incomplete"));
        // A replay of the POST says where everything stands, with the same receipt.
        const auto replay = postWithParts(record, images);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json().value(QStringLiteral("receipt")).toString(), receipt);
        QCOMPARE(replay.json().value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
        // The declaration is part of the idempotent payload: other images are a conflict.
        const auto conflict = postWithParts(record, {{QStringLiteral("id_front"), front}});
        QCOMPARE(conflict.status, 422);
        QCOMPARE(conflict.json().value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_conflict"));

        reply = upload(id, QStringLiteral("id_back"), back);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("session_state")).toString(), QStringLiteral("complete"));
        const auto session = getOn("GET", "/api/v1/sessions/" + id.toLatin1());
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(session.json().value(QStringLiteral("receipt")).toString(), receipt);
        // A complete part takes nothing more.
        reply = patch(id, QStringLiteral("id_back"), back.size() - 10, back.right(10));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), true);

        // The server holds both images byte for byte, each chunk once.
        int chunks = 0;
        QCOMPARE(sha256Hex(m_images->storedPart(id, QStringLiteral("id_front"), &chunks)), sha256Hex(front));
        QCOMPARE(chunks, 3);
        QCOMPARE(m_images->storedPart(id, QStringLiteral("id_back")), back);
    }

    void sessionWithoutImagesIsCompleteAtOnce()
    {
        const QJsonObject record = makeSessionRecord(23).toJson();
        const auto reply = postWithParts(record, {});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(reply.json().value(QStringLiteral("parts")).toArray().size(), 0);
    }

    void hashMismatchResetsThePart()
    {
        const QByteArray declared = randomBytes(100000, 3);
        QByteArray sent = declared;
        sent[77777] = char(sent.at(77777) ^ 0x40); // one bit flipped on the way
        const QJsonObject record = makeSessionRecord(24).toJson();
        const QString id = record.value(QStringLiteral("id")).toString();
        QCOMPARE(postWithParts(record, {{QStringLiteral("selfie_with_id"), declared}}).status, 201);
        auto reply = upload(id, QStringLiteral("selfie_with_id"), sent);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("sha256"));
        QCOMPARE(reply.json().value(QStringLiteral("offset")).toInteger(), 0);
        // Nothing of the damaged part is kept: it starts again from zero and completes.
        QCOMPARE(getOn("HEAD", partPath(id, QStringLiteral("selfie_with_id"))).header("Upload-Offset"),
                 QByteArray("0"));
        QCOMPARE(m_images->storedPart(id, QStringLiteral("selfie_with_id")).size(), 0);
        reply = upload(id, QStringLiteral("selfie_with_id"), declared);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("session_state")).toString(), QStringLiteral("complete"));
    }

    void partsBelongToTheirDevice()
    {
        const QByteArray image = randomBytes(5000, 4);
        const QJsonObject record = makeSessionRecord(25).toJson();
        const QString id = record.value(QStringLiteral("id")).toString();
        QCOMPARE(postWithParts(record, {{QStringLiteral("proof_of_address"), image}}).status, 201);
        const QByteArray other = m_images->enrollDevice();
        // Another device's session looks exactly like a missing one.
        QCOMPARE(getOn("GET", "/api/v1/sessions/" + id.toLatin1(), other).status, 404);
        QCOMPARE(getOn("HEAD", partPath(id, QStringLiteral("proof_of_address")), other).status, 404);
        const auto stolen = patch(id, QStringLiteral("proof_of_address"), 0, image, other);
        QCOMPARE(stolen.status, 404);
        QCOMPARE(stolen.json().value(QStringLiteral("field")).toString(), QStringLiteral("id"));
        QCOMPARE(
            getOn("GET", "/api/v1/sessions/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()).status,
            404);
        const auto unknownPart = patch(id, QStringLiteral("id_back"), 0, image);
        QCOMPARE(unknownPart.status, 404);
        QCOMPARE(unknownPart.json().value(QStringLiteral("field")).toString(), QStringLiteral("part"));
        QCOMPARE(getOn("GET", partPath(id, QStringLiteral("id_back"))).status, 404);
        QCOMPARE(httpRequest(m_images->port(), "GET", partPath(id, QStringLiteral("proof_of_address"))).status, 401);
        const QByteArray out = m_images->admin({QStringLiteral("admin-token")});
        const QByteArray admin = out.mid(out.indexOf("token: ") + 7).trimmed();
        QCOMPARE(patch(id, QStringLiteral("proof_of_address"), 0, image, admin).status, 403);
        QCOMPARE(m_images->storedPart(id, QStringLiteral("proof_of_address")).size(), 0);
        QCOMPARE(patch(id, QStringLiteral("proof_of_address"), 0, image).status, 200);
    }

    void badChunksAreRefused()
    {
        const QByteArray image = randomBytes(100000, 5);
        const QJsonObject record = makeSessionRecord(26).toJson();
        const QString id = record.value(QStringLiteral("id")).toString();
        QCOMPARE(postWithParts(record, {{QStringLiteral("passport_page"), image}}).status, 201);
        const QString part = QStringLiteral("passport_page");
        auto reply = patch(id, part, 0, image.left(kMaxChunk + 1));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        QCOMPARE(patch(id, part, 0, image.left(kMaxChunk)).status, 200);
        // Past the declared size.
        reply = patch(id, part, kMaxChunk, image.mid(kMaxChunk) + "extra");
        QCOMPARE(reply.status, 413);
        reply = httpRequest(
            m_images->port(), "PATCH", partPath(id, part),
            {{"Authorization", "Bearer " + m_imagesToken}, {"Content-Type", "application/offset+octet-stream"}},
            image.mid(kMaxChunk));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("Upload-Offset"));
        reply = httpRequest(m_images->port(), "PATCH", partPath(id, part),
                            {{"Authorization", "Bearer " + m_imagesToken},
                             {"Content-Type", "image/jpeg"},
                             {"Upload-Offset", QByteArray::number(kMaxChunk)}},
                            image.mid(kMaxChunk));
        QCOMPARE(reply.status, 415);
        QCOMPARE(httpRequest(m_images->port(), "PUT", partPath(id, part),
                             {{"Authorization", "Bearer " + m_imagesToken}}, image.mid(kMaxChunk))
                     .status,
                 405);
        QCOMPARE(httpRequest(m_images->port(), "DELETE", "/api/v1/sessions/" + id.toLatin1(),
                             {{"Authorization", "Bearer " + m_imagesToken}})
                     .status,
                 405);
        // Nothing of the refused chunks was kept.
        QCOMPARE(getOn("HEAD", partPath(id, part)).header("Upload-Offset").toLongLong(), kMaxChunk);
        QCOMPARE(upload(id, part, image, kMaxChunk).json().value(QStringLiteral("session_state")).toString(),
                 QStringLiteral("complete"));
        int complete = 0;
        QVERIFY(m_images->sessionCount(&complete) >= 4);
        QCOMPARE(complete, m_images->sessionCount()); // every session above completed in the end
        expectStillServing();
    }

    void unknownPathsAndMethods()
    {
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/nothing").status, 404);
        QCOMPARE(httpRequest(m_server->port(), "GET", "/api/v1/sessions").status, 405);
        expectStillServing();
    }

    void schemaOneStillAcceptedSchemaTwoCarriesEduConnect()
    {
        // An older client's record (schema 1: no school answer, no ÉduConnect route) is still stored.
        QJsonObject v1 = makeSessionRecord(40).toJson();
        v1.insert(QStringLiteral("schema"), 1);
        v1.remove(QStringLiteral("has_educonnect"));
        QCOMPARE(post(v1, m_token).status, 201);
        // Schema 1 knows neither the school answer nor the ÉduConnect route.
        QJsonObject v1School = makeSessionRecord(41).toJson();
        v1School.insert(QStringLiteral("schema"), 1);
        auto reply = post(v1School, m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("has_educonnect"));
        QJsonObject eduConnect = makeSessionRecord(42).toJson();
        eduConnect.insert(QStringLiteral("has_educonnect"), true);
        eduConnect.insert(QStringLiteral("identity_plan"),
                          QJsonObject{{QStringLiteral("route"), QStringLiteral("educonnect")},
                                      {QStringLiteral("captures"), QJsonArray()},
                                      {QStringLiteral("reasons"), QJsonArray{QStringLiteral("educonnect_codes")}}});
        QJsonObject v1EduConnect = eduConnect;
        v1EduConnect.insert(QStringLiteral("schema"), 1);
        v1EduConnect.remove(QStringLiteral("has_educonnect"));
        reply = post(v1EduConnect, m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("identity_plan"));
        // Schema 2: the ÉduConnect route and the school answer are stored.
        QCOMPARE(post(eduConnect, m_token).status, 201);
        expectStillServing();
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
