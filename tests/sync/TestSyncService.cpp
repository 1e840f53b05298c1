// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of sync against the real server (child process on 127.0.0.1), the real local
// database and the real keychain (scripts/run-ctest.sh provides an unlocked Secret Service).
#include "CannedHttpServer.h"
#include "FaultProxy.h"
#include "SyncTestSupport.h"

#include "core/crypto/KeychainKeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/Records.h"
#include "core/sync/Backoff.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace passerelle;
using namespace passerelle::sync;
using namespace passerelle::test;
using namespace std::chrono_literals;

namespace {} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    KeychainKeyStore m_keyStore;
    SyncPolicy m_policy{10ms, 100ms, 60000ms, 10000, 4};

    struct Client
    {
        QTemporaryDir dir;
        std::unique_ptr<Records> records;
        std::unique_ptr<SyncService> service;
    };

    std::unique_ptr<Client> makeClient(int sessions)
    {
        auto client = std::make_unique<Client>();
        const Records::Options options{.dataDir = client->dir.path(), .keyStore = &m_keyStore, .clock = m_clock};
        QString error;
        client->records = Records::open(options, &error);
        if (!client->records)
            qFatal("cannot open records: %s", qPrintable(error));
        for (int i = 0; i < sessions; ++i) {
            if (!client->records->sessions().saveCompleted(makeSessionRecord(i), &error))
                qFatal("cannot save: %s", qPrintable(error));
        }
        client->service = std::make_unique<SyncService>(client->records->database(), m_keyStore, m_clock, m_policy);
        return client;
    }

    /** Saves a completed session with the pictures @p images (capture code -> bytes), sealed like the app does. */
    static QUuid saveWithImages(Records &records, int index, const QList<QPair<QString, QByteArray>> &images)
    {
        const SessionRecord record = makeSessionRecord(index);
        SessionExtras extras;
        extras.firstName = QStringLiteral("Camille");
        for (const auto &[capture, bytes] : images)
            extras.images.append({*captureCodeFromString(capture), bytes});
        QString error;
        if (!records.sessions().saveCompleted(record, extras, &error))
            qFatal("cannot save: %s", qPrintable(error));
        return record.id;
    }

    std::unique_ptr<SyncService> makeService(Records &records, qint64 chunkBytes)
    {
        SyncPolicy policy = m_policy;
        policy.imageChunkBytes = chunkBytes;
        return std::make_unique<SyncService>(records.database(), m_keyStore, m_clock, policy);
    }

    static bool enroll(SyncService &service, const ServerProcess &server, QString *message = nullptr)
    {
        QSignalSpy spy(&service, &SyncService::enrollFinished);
        service.enroll(QUrl(server.baseUrl()), server.enrollmentCode());
        if (spy.isEmpty() && !spy.wait(10000))
            return false;
        if (message)
            *message = spy.first().at(1).toString();
        return spy.first().at(0).toBool();
    }

    static SyncReport pass(SyncService &service, bool manual = true) { return runPass(service, manual, 20000); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QByteArray probe;
        QString error;
        QVERIFY2(m_keyStore.read(QStringLiteral("passerelle-probe"), &probe, &error) != KeyStore::Status::Unavailable,
                 "the keychain is not reachable: run through scripts/test.sh");
    }

    void backoffHasFullJitterUnderTheCap()
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const auto delay = fullJitterDelay(attempt, 5000ms, 900000ms);
            QVERIFY(delay.count() >= 0);
            QVERIFY(delay.count() <= std::min<qint64>(900000, 5000LL << attempt));
        }
        qint64 sum = 0;
        for (int i = 0; i < 200; ++i)
            sum += fullJitterDelay(3, 5000ms, 900000ms).count();
        QVERIFY(sum / 200 > 10000 && sum / 200 < 30000); // uniform on [0, 40 s]: mean near 20 s
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("7", now).count(), 7000);
        QCOMPARE(parseRetryAfter("Thu, 01 Jan 2026 12:00:30 GMT", now).count(), 30000);
        QVERIFY(parseRetryAfter("soon", now).count() < 0);
    }

    void httpsRequiredExceptLocalhost()
    {
        QVERIFY(SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("https://ml.example.org"))));
        QVERIFY(SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("http://localhost:8080"))));
        QVERIFY(SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
        QVERIFY(!SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("http://ml.example.org"))));
        QVERIFY(!SyncService::isAcceptableServerUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
        auto client = makeClient(0);
        QSignalSpy spy(client->service.get(), &SyncService::enrollFinished);
        client->service->enroll(QUrl(QStringLiteral("http://ml.example.org")), QStringLiteral("AAAA-BBBB-CCCC"));
        QCOMPARE(spy.size(), 1); // refused at once, nothing sent
        QCOMPARE(spy.first().at(0).toBool(), false);
    }

    void enrollmentDoesNotFollowRedirects()
    {
        // A captive portal or a misconfigured proxy answers the enrollment with a redirect: the
        // one-time code must not be posted on to wherever it points (the request policy every
        // exchange shares; the enrollment request used to follow redirects).
        CannedHttpServer portal;
        QVERIFY(portal.listen());
        portal.setResponse(QStringLiteral("/api/v1/devices/enroll"), "HTTP/1.1 307 Temporary Redirect",
                           {"Location: " + portal.baseUrl().toLatin1() + "/elsewhere"});
        portal.setResponse(QStringLiteral("/elsewhere"), "HTTP/1.1 201 Created", {"Content-Type: application/json"},
                           R"({"device_id":"d","site":"Portal","device_token":"not-ours"})");
        auto client = makeClient(0);
        QSignalSpy spy(client->service.get(), &SyncService::enrollFinished);
        client->service->enroll(QUrl(portal.baseUrl()), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(portal.requests(QStringLiteral("/api/v1/devices/enroll")), 1);
        QCOMPARE(portal.requests(QStringLiteral("/elsewhere")), 0);
        QCOMPARE(spy.first().at(0).toBool(), false);
        QVERIFY2(spy.first().at(1).toString().contains(QStringLiteral("307")),
                 qPrintable(spy.first().at(1).toString()));
        QVERIFY(!client->service->isEnrolled());
    }
    void outboxRowCommitsWithTheSession()
    {
        auto client = makeClient(3);
        QCOMPARE(client->service->pendingCount(), 3);
        // A second save of the same id fails as a whole: no second outbox row either.
        const SessionRecord record = makeSessionRecord(9);
        QString error;
        QVERIFY(client->records->sessions().saveCompleted(record, &error));
        QVERIFY(!client->records->sessions().saveCompleted(record, &error));
        QCOMPARE(client->service->pendingCount(), 4);
        QCOMPARE(client->service->state(), SyncService::State::NotEnrolled);
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.pending, 4);
    }

    void sendsAcknowledgesAndKeepsReceipts()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        auto client = makeClient(25);
        QVERIFY(enroll(*client->service, server));
        QVERIFY(client->service->isEnrolled());
        QSignalSpy states(client->service.get(), &SyncService::recordStateChanged);
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.sent, 25);
        QCOMPARE(report.acknowledged, 25);
        QCOMPARE(report.pending, 0);
        QCOMPARE(client->service->state(), SyncService::State::Idle);
        QVERIFY(client->service->lastSuccessUtc().isValid());
        QCOMPARE(client->service->outbox().count(OutboxState::Acknowledged), 25);
        // Each record went queued -> sending -> acknowledged.
        int sending = 0, acknowledged = 0;
        for (const auto &signal : states) {
            const auto state = signal.at(1).value<OutboxState>();
            sending += state == OutboxState::Sending;
            acknowledged += state == OutboxState::Acknowledged;
        }
        QCOMPARE(sending, 25);
        QCOMPARE(acknowledged, 25);
        // The receipt kept locally is the server's: a replay returns the same one.
        const QUuid id = client->records->sessions().page(0, 1).first().id;
        const auto entry = client->service->outbox().entry(id);
        QVERIFY(entry && entry->receipt.startsWith(QStringLiteral("r-")));
        QString token;
        // Nothing left: another pass sends nothing.
        QCOMPARE(pass(*client->service).sent, 0);
    }

    void rejectedRecordsAreQuarantinedThenRetriedByHand()
    {
        ServerProcess strict;
        QString error;
        QVERIFY2(strict.start({QStringLiteral("--max-body"), QStringLiteral("1024")}, &error), qPrintable(error));
        auto client = makeClient(2);
        QVERIFY(enroll(*client->service, strict));
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(report.pending, 0);
        QCOMPARE(client->service->rejectedCount(), 2);
        const auto rejected = client->service->outbox().rejected();
        QCOMPARE(rejected.size(), 2);
        QVERIFY2(rejected.first().lastError.contains(QStringLiteral("413")), qPrintable(rejected.first().lastError));
        // Automatic passes leave quarantined records alone.
        QCOMPARE(pass(*client->service, false).sent, 0);
        // The fix: the server accepts normal records again; retry by hand.
        strict.stop();
        QVERIFY2(strict.start({}, &error), qPrintable(error));
        client->records->database().setMetaValue(QStringLiteral("sync_server_url"), strict.baseUrl());
        QSignalSpy done(client->service.get(), &SyncService::passFinished);
        QVERIFY(client->service->retryRejected(rejected.first().sessionId));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).value<SyncReport>().acknowledged, 1);
        QCOMPARE(client->service->rejectedCount(), 1);
    }

    // Issue 18: the same sessions from a second computer (a copied data folder) get 409 id_taken.
    // They are quarantined there with a reason the counselor can read, counted as rejected, and
    // never sent again by an automatic pass: no endless retry, no silent drop, no second copy.
    void anIdTakenByAnotherDeviceIsQuarantinedOnce()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        auto first = makeClient(0);
        auto copy = makeClient(0);
        for (int i = 0; i < 3; ++i) {
            const SessionRecord record = makeSessionRecord(i);
            QVERIFY2(first->records->sessions().saveCompleted(record, &error), qPrintable(error));
            QVERIFY2(copy->records->sessions().saveCompleted(record, &error), qPrintable(error));
        }
        QVERIFY(enroll(*first->service, server));
        QVERIFY(enroll(*copy->service, server));
        QCOMPARE(pass(*first->service).acknowledged, 3);

        const SyncReport report = pass(*copy->service);
        QCOMPARE(report.sent, 3);
        QCOMPARE(report.acknowledged, 0);
        QCOMPARE(report.rejected, 3);
        QCOMPARE(report.pending, 0);
        QCOMPARE(copy->service->rejectedCount(), 3);
        for (const auto &entry : copy->service->outbox().rejected())
            QVERIFY2(entry.lastError.contains(QStringLiteral("another computer")), qPrintable(entry.lastError));
        // Shown in the history as rejected, with the reason.
        const auto page = copy->records->sessions().page(0, 10);
        QCOMPARE(page.size(), 3);
        for (const auto &summary : page) {
            QVERIFY(summary.syncState == OutboxState::Rejected);
            QVERIFY(summary.syncDetail.contains(QStringLiteral("another computer")));
        }
        QCOMPARE(pass(*copy->service, false).sent, 0); // automatic passes leave them alone
        QCOMPARE(pass(*copy->service).sent, 0);
        QCOMPARE(server.sessionCount(), 3); // stored once, from the first computer
    }

    void revokedTokenStopsTheBatchAndSaysWhy()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        auto client = makeClient(20);
        QVERIFY(enroll(*client->service, server));
        const QByteArray devices = server.admin({QStringLiteral("devices")});
        const QString deviceId = QString::fromLatin1(devices.split('\n').value(1).split('\t').value(0));
        int code = -1;
        server.admin({QStringLiteral("revoke"), deviceId}, &code);
        QCOMPARE(code, 0);
        const SyncReport report = pass(*client->service);
        QVERIFY2(report.sent <= 4, "the batch goes on after a 401"); // at most the requests already in flight
        QCOMPARE(report.acknowledged, 0);
        QCOMPARE(report.pending, 20);
        QVERIFY(!report.stopReason.isEmpty());
        QCOMPARE(client->service->state(), SyncService::State::NeedsAttention);
        QCOMPARE(client->service->lastError(), report.stopReason);
    }

    void retryAfterIsHonoured()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--rate-limit"), QStringLiteral("2")}, &error), qPrintable(error));
        auto client = makeClient(14);
        QVERIFY(enroll(*client->service, server));
        // An automatic pass stops at the first 429 and says why.
        const SyncReport first = pass(*client->service, false);
        QVERIFY(first.acknowledged >= 1);
        QVERIFY(first.pending > 0);
        QVERIFY(!first.stopReason.isEmpty());
        QCOMPARE(client->service->state(), SyncService::State::Waiting);
        // Another automatic trigger right away waits for the server's Retry-After instead of sending.
        QSignalSpy spy(client->service.get(), &SyncService::passFinished);
        QElapsedTimer timer;
        timer.start();
        client->service->sessionCompleted();
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QVERIFY2(timer.elapsed() >= 500, "sent again before Retry-After");
        QVERIFY(spy.first().at(0).value<SyncReport>().acknowledged >= 1);
        // A manual pass waits out the short Retry-After itself and finishes the job.
        const SyncReport manual = pass(*client->service);
        QCOMPARE(manual.pending, 0);
        QCOMPARE(client->service->outbox().count(OutboxState::Acknowledged), 14);
    }

    void imagesStayHereWhenTheServerAsksForNone()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        auto client = makeClient(0);
        const QUuid id = saveWithImages(*client->records, 1, {{QStringLiteral("id_front"), randomBytes(20000, 1)}});
        QVERIFY(enroll(*client->service, server));
        QSignalSpy progress(client->service.get(), &SyncService::imageProgress);
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(progress.size(), 0);
        QVERIFY(client->service->outbox().upload(id).parts.isEmpty()); // nothing even declared
        QCOMPARE(server.storedPart(id.toString(QUuid::WithoutBraces), QStringLiteral("id_front")).size(), 0);
        int complete = 0;
        QCOMPARE(server.sessionCount(&complete), 1);
        QCOMPARE(complete, 1);
    }

    void imagesUploadWhenTheServerAsks()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--images"), QStringLiteral("required")}, &error), qPrintable(error));
        auto client = makeClient(1); // one session without pictures goes as before
        client->service = makeService(*client->records, 64 * 1024);
        const QByteArray front = randomBytes(300000, 2);
        const QByteArray back = randomBytes(200001, 3);
        const QUuid id = saveWithImages(*client->records, 2,
                                        {{QStringLiteral("id_front"), front}, {QStringLiteral("id_back"), back}});
        QVERIFY(enroll(*client->service, server));
        // While its pictures go up, the record stays queued; acknowledged only after the last byte.
        QStringList statesDuringUpload;
        qint64 lastFront = 0, lastBack = 0;
        bool acknowledgedBeforeLastPart = false;
        connect(client->service.get(), &SyncService::imageProgress, this,
                [&](const QUuid &session, const QString &part, qint64 offset, qint64) {
                    (part == QLatin1String("id_front") ? lastFront : lastBack) = offset;
                    statesDuringUpload << (session == id ? outboxStateCode(client->service->outbox().entry(id)->state)
                                                         : QStringLiteral("another session"));
                });
        connect(client->service.get(), &SyncService::recordStateChanged, this,
                [&](const QUuid &session, OutboxState state) {
                    if (session == id && state == OutboxState::Acknowledged)
                        acknowledgedBeforeLastPart = lastFront != front.size() || lastBack != back.size();
                });
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 2);
        QCOMPARE(report.pending, 0);
        QCOMPARE(lastFront, front.size());
        QCOMPARE(lastBack, back.size());
        QVERIFY(!acknowledgedBeforeLastPart);
        QCOMPARE(statesDuringUpload.size(), 5 + 4); // one per 64 KiB chunk
        QCOMPARE(statesDuringUpload, QStringList(9, QStringLiteral("queued")));
        const auto entry = client->service->outbox().entry(id);
        QCOMPARE(entry->state, OutboxState::Acknowledged);
        QCOMPARE(entry->receipt, client->service->outbox().upload(id).sessionReceipt);
        // The server holds both pictures byte for byte.
        const QString key = id.toString(QUuid::WithoutBraces);
        QCOMPARE(sha256Hex(server.storedPart(key, QStringLiteral("id_front"))), sha256Hex(front));
        QCOMPARE(sha256Hex(server.storedPart(key, QStringLiteral("id_back"))), sha256Hex(back));
        int complete = 0;
        QCOMPARE(server.sessionCount(&complete), 2);
        QCOMPARE(complete, 2);
        QCOMPARE(pass(*client->service).sent, 0);
    }

    void restartResumesFromTheServersOffset()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--images"), QStringLiteral("required")}, &error), qPrintable(error));
        FaultProxy counter(server.port(), 0.0, 7); // no faults: it counts the bytes sent
        QVERIFY(counter.listen() != 0);
        auto client = makeClient(0);
        client->service = makeService(*client->records, 32 * 1024);
        const QByteArray selfie = randomBytes(400000, 4);
        const QByteArray proof = randomBytes(300000, 5);
        const qint64 total = selfie.size() + proof.size();
        const QUuid id =
            saveWithImages(*client->records, 3,
                           {{QStringLiteral("selfie_with_id"), selfie}, {QStringLiteral("proof_of_address"), proof}});
        QSignalSpy enrolled(client->service.get(), &SyncService::enrollFinished);
        client->service->enroll(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(counter.port())),
                                server.enrollmentCode());
        QVERIFY(enrolled.wait(10000) && enrolled.first().at(0).toBool());

        // The computer goes off in the middle: the service is gone with a chunk in flight.
        QHash<QString, qint64> confirmed;
        QSignalSpy progress(client->service.get(), &SyncService::imageProgress);
        client->service->syncNow();
        while (confirmed.value(QStringLiteral("proof_of_address")) + confirmed.value(QStringLiteral("selfie_with_id")) <
               total / 2) {
            QVERIFY(progress.wait(10000));
            for (const auto &signal : std::as_const(progress))
                confirmed[signal.at(1).toString()] = signal.at(2).toLongLong();
            progress.clear();
        }
        client->service.reset();
        const qint64 before =
            confirmed.value(QStringLiteral("proof_of_address")) + confirmed.value(QStringLiteral("selfie_with_id"));
        QVERIFY(before < total);
        // The outbox kept the receipt and how far each part went.
        const OutboxUpload kept = Outbox(client->records->database()).upload(id);
        QVERIFY(kept.sessionReceipt.startsWith(QStringLiteral("r-")));
        QCOMPARE(kept.parts.size(), 2);
        QCOMPARE(Outbox(client->records->database()).entry(id)->state, OutboxState::Queued);

        // Started again on the same database: it asks the server and goes on from there.
        counter.resetByteCount();
        client->service = makeService(*client->records, 32 * 1024);
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 1);
        const qint64 resent = counter.bytesFromClients();
        qInfo("%lld of %lld bytes confirmed before the restart; %lld bytes sent after it", before, total, resent);
        QVERIFY2(resent < total - before + 64 * 1024, "the upload started again from zero");
        QCOMPARE(client->service->outbox().entry(id)->receipt, kept.sessionReceipt);
        const QString key = id.toString(QUuid::WithoutBraces);
        QCOMPARE(sha256Hex(server.storedPart(key, QStringLiteral("selfie_with_id"))), sha256Hex(selfie));
        QCOMPARE(sha256Hex(server.storedPart(key, QStringLiteral("proof_of_address"))), sha256Hex(proof));
        QCOMPARE(server.sessionCount(), 1);
        // The record was not sent again: the server kept the first receipt and a GET told the offsets.
        server.stop();
        QVERIFY(!server.log().contains("POST /api/v1/sessions 200"));
        QVERIFY(server.log().contains("GET /api/v1/sessions/{id} 200"));
    }

    void aPictureGoneBeforeItsUploadQuarantinesTheRecord()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--images"), QStringLiteral("required")}, &error), qPrintable(error));
        auto client = makeClient(0);
        const QUuid id = saveWithImages(*client->records, 4, {{QStringLiteral("id_front"), randomBytes(1000, 6)}});
        // Declared earlier (policy required), then the pictures were deleted before they went up.
        QVERIFY(client->service->outbox().declareParts(
            id, {declarePart(QStringLiteral("id_front"), randomBytes(1000, 6))}));
        QVERIFY(client->records->sessions().confirmUploaded(id, &error));
        QVERIFY(enroll(*client->service, server));
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(server.sessionCount(), 0);
        QVERIFY(!client->service->outbox().rejected().first().lastError.isEmpty());
    }

    void unreachableServerStopsWithPlainWords()
    {
        auto client = makeClient(5);
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        QVERIFY(enroll(*client->service, server));
        server.stop();
        const SyncReport report = pass(*client->service);
        QCOMPARE(report.acknowledged, 0);
        QVERIFY(report.sent <= 4);
        QCOMPARE(report.pending, 5);
        QVERIFY(!client->service->lastError().isEmpty());
        QCOMPARE(client->service->state(), SyncService::State::Waiting);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "TestSyncService.moc"
