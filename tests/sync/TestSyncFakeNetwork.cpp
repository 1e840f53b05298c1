// SPDX-License-Identifier: GPL-3.0-or-later
// Each failure branch of the sync, in milliseconds: the real SyncService, outbox and SQLite file,
// but an in-process fake network instead of the server (FakeNetwork). The same branches are
// covered end to end against the real server in TestSyncService, TestSyncFaults and TestSyncTls.
#include "FakeNetwork.h"
#include "SyncTestSupport.h"

#include "core/crypto/KeyStore.h"
#include "core/storage/Records.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <QSignalSpy>
#include <QtTest>

using namespace passerelle;
using namespace passerelle::sync;
using namespace passerelle::test;
using namespace std::chrono_literals;

namespace {

const QUrl kServer(QStringLiteral("https://sync.example.org"));

FakeNetwork::Answer accepted(const FakeNetwork::Request &request)
{
    const QJsonObject json = QJsonDocument::fromJson(request.body).object();
    return {
        201,
        {{QStringLiteral("id"), json.value(QStringLiteral("id"))}, {QStringLiteral("receipt"), QStringLiteral("r-1")}}};
}

FakeNetwork::Answer enrolled(const FakeNetwork::Request &)
{
    return {201,
            {{QStringLiteral("device_token"), QStringLiteral("token-1")},
             {QStringLiteral("site"), QStringLiteral("ML Test")}}};
}

QString sessionIdOf(const FakeNetwork::Request &request)
{
    return QString::fromLatin1(request.request.rawHeader("Idempotency-Key"));
}

} // namespace

class TestSyncFakeNetwork : public QObject
{
    Q_OBJECT

private:
    struct Client
    {
        QTemporaryDir dir;
        FixedClock clock{QDateTime::currentDateTimeUtc()};
        MemoryKeyStore keyStore;
        std::unique_ptr<Records> records;
        std::unique_ptr<SyncService> service;
        FakeNetwork *network = nullptr;
        QList<QUuid> ids;
    };

    /** A client with @p sessions queued, enrolled through the fake network, which then answers @p handler. */
    static std::unique_ptr<Client> makeClient(int sessions, FakeNetwork::Handler handler)
    {
        auto client = std::make_unique<Client>();
        const Records::Options options{
            .dataDir = client->dir.path(), .keyStore = &client->keyStore, .clock = client->clock};
        QString error;
        client->records = Records::open(options, &error);
        if (!client->records)
            qFatal("cannot open records: %s", qPrintable(error));
        for (int i = 0; i < sessions; ++i) {
            const SessionRecord record = makeSessionRecord(i);
            if (!client->records->sessions().saveCompleted(record, &error))
                qFatal("cannot save: %s", qPrintable(error));
            client->ids.append(record.id);
        }
        // One request at a time: the order of the answers is the order of the queue.
        const SyncPolicy policy{10ms, 100ms, 60000ms, 10000, 1};
        client->service =
            std::make_unique<SyncService>(client->records->database(), client->keyStore, client->clock, policy);
        auto network = std::make_unique<FakeNetwork>(enrolled);
        client->network = network.get();
        client->service->setNetwork(std::move(network));
        QSignalSpy spy(client->service.get(), &SyncService::enrollFinished);
        client->service->enroll(kServer, QStringLiteral("AAAA-BBBB-CCCC"));
        if (!spy.wait(1000) || !spy.first().at(0).toBool())
            qFatal("cannot enroll through the fake network");
        client->network->setHandler(std::move(handler));
        return client;
    }

    static SyncReport pass(SyncService &service, bool manual = true) { return runPass(service, manual, 2000); }

    static OutboxState state(Client &client, int index)
    {
        return client.service->outbox().entry(client.ids.at(index)).value_or(OutboxEntry{}).state;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyRequestRefusesRedirects()
    {
        // Enrollment, the image policy and the session all go out under the one request policy.
        auto client = makeClient(1, [](const FakeNetwork::Request &request) {
            if (request.path() == protocol::kHealthPath)
                return FakeNetwork::Answer{200, {{QStringLiteral("images"), QStringLiteral("none")}}};
            return accepted(request);
        });
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 1);
        const auto &requests = client->network->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path(), QString(protocol::kEnrollPath));
        QCOMPARE(requests.at(1).path(), QString(protocol::kSessionsPath));
        for (const auto &request : requests) {
            // Set, not defaulted (Qt's default follows redirects; ManualRedirectPolicy is 0).
            const QVariant redirects = request.request.attribute(QNetworkRequest::RedirectPolicyAttribute);
            QVERIFY2(redirects.isValid(), qPrintable(request.path()));
            QCOMPARE(redirects.toInt(), int(QNetworkRequest::ManualRedirectPolicy));
            const QVariant http2 = request.request.attribute(QNetworkRequest::Http2AllowedAttribute);
            QVERIFY(http2.isValid());
            QCOMPARE(http2.toBool(), false);
            QVERIFY(request.request.transferTimeout() > 0);
        }
        QVERIFY(requests.at(0).request.rawHeader("Authorization").isEmpty());
        QCOMPARE(requests.at(1).request.rawHeader("Authorization"), QByteArray("Bearer token-1"));
    }

    void unauthorizedStopsThePassUntilEnrolledAgain()
    {
        auto client = makeClient(3, [](const FakeNetwork::Request &) {
            return FakeNetwork::Answer{401,
                                       {{QStringLiteral("error"), QStringLiteral("revoked")},
                                        {QStringLiteral("field"), QStringLiteral("Authorization")}}};
        });
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 0);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.pending, 3);
        QVERIFY2(report.stopReason.contains(QStringLiteral("no longer accepts")), qPrintable(report.stopReason));
        QCOMPARE(client->service->state(), SyncService::State::NeedsAttention);
        QCOMPARE(client->network->count("POST", protocol::kSessionsPath), 1); // the first answer stopped the pass
        for (int i = 0; i < 3; ++i)
            QCOMPARE(state(*client, i), OutboxState::Queued);
    }

    void refusedRecordIsQuarantinedAndThePassGoesOn_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("413") << 413 << QStringLiteral("body") << QStringLiteral("request body too large");
        QTest::newRow("422") << 422 << QStringLiteral("input.birth_date") << QStringLiteral("not a date");
    }

    void refusedRecordIsQuarantinedAndThePassGoesOn()
    {
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QString refused;
        auto client = makeClient(3, [&](const FakeNetwork::Request &request) {
            if (refused.isEmpty())
                refused = sessionIdOf(request);
            if (sessionIdOf(request) == refused)
                return FakeNetwork::Answer{status,
                                           {{QStringLiteral("error"), QStringLiteral("invalid_field")},
                                            {QStringLiteral("field"), field},
                                            {QStringLiteral("message"), message}}};
            return accepted(request);
        });
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.sent, 3);
        QCOMPARE(report.acknowledged, 2);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.pending, 0);
        QVERIFY(report.stopReason.isEmpty());
        const auto entry = client->service->outbox().entry(QUuid(refused));
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxState::Rejected);
        QVERIFY2(entry->lastError.contains(QString::number(status)), qPrintable(entry->lastError));
        QVERIFY2(entry->lastError.contains(field + QStringLiteral(": ") + message), qPrintable(entry->lastError));
        QCOMPARE(client->service->rejectedCount(), 1);
        // Quarantined: a new pass does not send it again.
        pass(*client->service);
        QCOMPARE(client->network->count("POST", protocol::kSessionsPath), 3);
    }

    void busyServerIsWaitedForAsItSays()
    {
        bool busy = true;
        auto client = makeClient(2, [&](const FakeNetwork::Request &request) {
            if (busy)
                return FakeNetwork::Answer{
                    429, {{QStringLiteral("error"), QStringLiteral("rate_limited")}}, {{"Retry-After", "120"}}};
            return accepted(request);
        });
        SyncReport report = pass(*client->service, false);
        QVERIFY2(report.stopReason.contains(QStringLiteral("busy")), qPrintable(report.stopReason));
        QCOMPARE(report.pending, 2);
        QCOMPARE(client->network->count("POST", protocol::kSessionsPath), 1);
        QCOMPARE(client->service->state(), SyncService::State::Waiting);

        // Any trigger within the two minutes the server asked for sends nothing, a manual one too.
        busy = false;
        client->clock.set(client->clock.nowUtc().addSecs(119));
        QSignalSpy finished(client->service.get(), &SyncService::passFinished);
        client->service->sessionCompleted();
        client->service->syncNow();
        QTest::qWait(20);
        QCOMPARE(client->network->count("POST", protocol::kSessionsPath), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(client->service->state(), SyncService::State::Waiting);

        client->clock.set(client->clock.nowUtc().addSecs(2));
        report = pass(*client->service, false);
        QCOMPARE(report.acknowledged, 2);
        QCOMPARE(report.pending, 0);
        QCOMPARE(client->service->state(), SyncService::State::Idle);
    }

    void certificateProblemStopsUntilSomeoneActs()
    {
        auto client = makeClient(2, [](const FakeNetwork::Request &) {
            return FakeNetwork::Answer::networkError(QNetworkReply::SslHandshakeFailedError);
        });
        const SyncReport report = pass(*client->service);
        QVERIFY2(report.stopReason.contains(QStringLiteral("certificate")), qPrintable(report.stopReason));
        QCOMPARE(report.acknowledged, 0);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.pending, 2);
        QCOMPARE(client->service->state(), SyncService::State::NeedsAttention);
        QCOMPARE(client->network->count("POST", protocol::kSessionsPath), 1);
        QCOMPARE(state(*client, 0), OutboxState::Queued);
        QCOMPARE(state(*client, 1), OutboxState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestSyncFakeNetwork)
#include "TestSyncFakeNetwork.moc"
