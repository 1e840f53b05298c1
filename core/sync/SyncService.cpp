// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncService.h"

#include "core/crypto/KeyStore.h"
#include "core/storage/Database.h"
#include "core/sync/Backoff.h"
#include "core/sync/SyncRequest.h"
#include "core/util/Clock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkInformation>

namespace passerelle::sync {

namespace {

const QString kServerUrlKey = QStringLiteral("sync_server_url");
const QString kLastSuccessKey = QStringLiteral("sync_last_success_utc");
const QString kLastErrorKey = QStringLiteral("sync_last_error");
// The server's image policy and largest chunk, as last seen (used when /health cannot be asked).
const QString kImagesKey = QStringLiteral("sync_server_images");
const QString kMaxChunkKey = QStringLiteral("sync_server_max_chunk");

} // namespace

SyncService::SyncService(Database &database, KeyStore &keyStore, const Clock &clock, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_keyStore(keyStore)
    , m_clock(clock)
    , m_policy(policy)
    , m_outbox(database)
    , m_sessions(database, clock)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    qRegisterMetaType<SyncReport>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { startPass(false); });
    m_lastSuccess = QDateTime::fromString(m_database.metaValue(kLastSuccessKey), Qt::ISODateWithMs);
    m_lastError = m_database.metaValue(kLastErrorKey);
    m_state = isEnrolled() ? State::Idle : State::NotEnrolled;
}

SyncService::~SyncService()
{
    // Requests still in flight end here without calling back into a half-destroyed service.
    qDeleteAll(findChildren<ImageUpload *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<SyncRequest *>(Qt::FindDirectChildrenOnly));
    flushAcknowledgements();
}

QString SyncService::unreadable(const QString &detail)
{
    return tr("This record cannot be read on this computer: %1").arg(detail);
}

void SyncService::setNetwork(std::unique_ptr<QNetworkAccessManager> network)
{
    m_network = std::move(network);
}

void SyncService::flushAcknowledgements()
{
    if (m_acknowledged.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    if (!m_outbox.markAcknowledged(m_acknowledged, now))
        return; // kept queued: they will be sent again and replayed
    const auto written = std::exchange(m_acknowledged, {});
    m_database.setMetaValue(kLastSuccessKey, m_lastSuccess.toString(Qt::ISODateWithMs));
    emit lastSuccessChanged();
    for (const auto &entry : written)
        emit recordStateChanged(entry.first, OutboxState::Acknowledged);
}

bool SyncService::isEnrolled() const
{
    return !m_database.metaValue(kServerUrlKey).isEmpty();
}

QUrl SyncService::serverUrl() const
{
    return QUrl(m_database.metaValue(kServerUrlKey));
}

int SyncService::pendingCount() const
{
    return m_outbox.count(OutboxState::Queued);
}

int SyncService::rejectedCount() const
{
    return m_outbox.count(OutboxState::Rejected);
}

bool SyncService::isAcceptableServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback());
}

QString SyncService::tokenName() const
{
    return QStringLiteral("passerelle-sync-token-%1").arg(m_database.deviceId());
}

QByteArray SyncService::deviceToken(QString *error) const
{
    QByteArray token;
    if (m_keyStore.read(tokenName(), &token, error) != KeyStore::Status::Found)
        return {};
    return token;
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncService::setLastError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    m_database.setMetaValue(kLastErrorKey, message);
    emit lastErrorChanged();
}

void SyncService::enroll(const QUrl &server, const QString &code)
{
    if (!isAcceptableServerUrl(server)) {
        emit enrollFinished(false, tr("Use an address that starts with https:// (http:// only for this computer)."));
        return;
    }
    auto *request = new EnrollRequest(*m_network, server, code, m_policy.requestTimeoutMs, this);
    connect(request, &SyncRequest::finished, this,
            [this, server](const SyncAnswer &answer) { onEnrollAnswer(answer, server); });
    request->start();
}

void SyncService::onEnrollAnswer(const SyncAnswer &answer, const QUrl &server)
{
    const int status = answer.status;
    const QByteArray token = answer.json.value(protocol::kDeviceToken).toString().toLatin1();
    if (answer.tlsFailed()) {
        emit enrollFinished(false, tr("The server's certificate is not valid. Nothing was sent."));
        return;
    }
    if (answer.transportFailed() || status == 0) {
        emit enrollFinished(false, tr("The server cannot be reached. Check the address and the connection."));
        return;
    }
    if (status == 401 || status == 422) {
        emit enrollFinished(false, tr("This code is unknown, expired or already used. Ask for a new code."));
        return;
    }
    // A redirect (not followed: the request policy) is refused like any other unexpected answer.
    if (status != 201 || token.isEmpty()) {
        emit enrollFinished(false, tr("The server refused the enrollment (error %1).").arg(status));
        return;
    }
    QString error;
    if (!m_keyStore.write(tokenName(), token, &error)) {
        emit enrollFinished(false, tr("The keychain could not keep the access key: %1").arg(error));
        return;
    }
    QUrl base = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_database.setMetaValue(kServerUrlKey, base.toString());
    setLastError(QString());
    setState(State::Idle);
    emit enrolledChanged();
    emit enrollFinished(
        true, tr("This computer is enrolled for the site \"%1\".").arg(answer.json.value(protocol::kSite).toString()));
}

void SyncService::start()
{
    if (!QNetworkInformation::instance()) {
        // The default backend is missing on some Linux desktops; glib's reports reachability.
        if (!QNetworkInformation::loadDefaultBackend())
            QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    }
    if (auto *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site)
                startPass(false);
        });
    }
    startPass(false);
}

void SyncService::syncNow()
{
    startPass(true);
}

void SyncService::sessionCompleted()
{
    emit countsChanged();
    startPass(false);
}

bool SyncService::retryRejected(const QUuid &sessionId)
{
    if (!m_outbox.requeue(sessionId, m_clock.nowUtc()))
        return false;
    emit recordStateChanged(sessionId, OutboxState::Queued);
    emit countsChanged();
    startPass(true);
    return true;
}

void SyncService::startPass(bool manual)
{
    if (m_pass.running) {
        m_again = true;
        return;
    }
    m_pass = Pass{};
    if (!isEnrolled()) {
        setState(State::NotEnrolled);
        m_pass.report.pending = pendingCount();
        m_pass.report.stopReason = tr("This computer is not enrolled with a server yet.");
        emit passFinished(m_pass.report);
        return;
    }
    QString error;
    m_pass.token = deviceToken(&error);
    m_pass.server = serverUrl();
    if (m_pass.token.isEmpty() || !isAcceptableServerUrl(serverEndpoint(m_pass.server, protocol::kSessionsPath))) {
        setLastError(m_pass.token.isEmpty()
                         ? tr("The access key is missing from the keychain. Enroll this computer again.")
                         : tr("The server address must start with https://."));
        setState(State::NeedsAttention);
        m_pass.report.pending = pendingCount();
        m_pass.report.stopReason = m_lastError;
        emit passFinished(m_pass.report);
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    // The server's Retry-After binds every trigger; our own backoff only the automatic ones.
    if (m_notBefore.isValid() && now < m_notBefore && (!manual || m_notBeforeFromServer)) {
        m_timer.start(int(std::min<qint64>(now.msecsTo(m_notBefore), m_policy.backoffCap.count())));
        if (manual)
            m_manualWaiting = true;
        setState(State::Waiting);
        return;
    }
    m_pass.queue = manual || m_manualWaiting ? m_outbox.queued() : m_outbox.queued(now);
    m_manualWaiting = false;
    m_pass.running = true;
    m_pass.manual = manual;
    m_pass.clock.start();
    setState(State::Syncing);
    sendNext();
}

void SyncService::sendNext()
{
    while (!m_pass.stopping && !m_pass.policyPending && m_inFlight < m_policy.concurrency && !m_pass.queue.isEmpty()) {
        const QUuid id = m_pass.queue.first();
        // Images leave only when the server asks for them: its policy is asked when the first
        // record that has some comes up, once per pass. A record already declared goes on.
        OutboxUpload upload = m_outbox.upload(id);
        const bool withImages = upload.parts.isEmpty() && m_sessions.hasImages(id);
        if (withImages && !m_pass.images) {
            fetchImagePolicy();
            break;
        }
        m_pass.queue.removeFirst();
        QString error;
        const auto record = m_sessions.load(id, &error);
        if (!record) {
            // Nothing the server could change: quarantine with the local reason, retryable by hand.
            quarantine(id, unreadable(error), m_clock.nowUtc());
            continue;
        }
        std::shared_ptr<ImageJob> job;
        if ((!upload.parts.isEmpty() || (withImages && m_pass.images == protocol::ImagePolicy::Required)) &&
            !prepareImages(id, &job))
            continue;
        ++m_inFlight;
        ++m_pass.report.sent;
        emit recordStateChanged(id, OutboxState::Sending);
        if (job && !job->upload.sessionReceipt.isEmpty()) {
            // Stored earlier, images unfinished (a cut, a restart): ask the server where they stand.
            startImageUpload(id, job, false);
            continue;
        }
        sendRecord(id, *record, job);
    }
    if (m_inFlight == 0 && !m_pass.policyPending)
        finishPass();
}

void SyncService::sendRecord(const QUuid &id, const SessionRecord &record, const std::shared_ptr<ImageJob> &job)
{
    QJsonObject body = record.toJson();
    if (job) {
        QList<PartDeclaration> parts;
        for (const auto &part : std::as_const(job->upload.parts))
            parts.append(part.declaration);
        body.insert(protocol::kParts, partsToJson(parts));
    }
    auto *request =
        new SessionPostRequest(*m_network, m_pass.server, m_pass.token, id, body, m_policy.requestTimeoutMs, this);
    connect(request, &SyncRequest::finished, this,
            [this, id, job](const SyncAnswer &answer) { onAnswer(answer, id, job); });
    request->start();
}

void SyncService::fetchImagePolicy()
{
    m_pass.policyPending = true;
    ++m_inFlight;
    auto *request = new HealthRequest(*m_network, m_pass.server, m_policy.requestTimeoutMs, this);
    connect(request, &SyncRequest::finished, this, [this](const SyncAnswer &answer) {
        --m_inFlight;
        m_pass.policyPending = false;
        QString policy = answer.json.value(protocol::kImages).toString();
        if (answer.error == QNetworkReply::NoError && answer.status == 200 && !policy.isEmpty()) {
            m_database.setMetaValue(kImagesKey, policy);
            const qint64 maxChunk = qint64(answer.json.value(protocol::kMaxChunk).toDouble());
            m_database.setMetaValue(kMaxChunkKey, maxChunk > 0 ? QString::number(maxChunk) : QString());
        } else {
            policy = m_database.metaValue(kImagesKey); // the last answer, if there ever was one
        }
        if (policy.isEmpty()) {
            // Never guessed: a session sent without its images could not take them later.
            m_notBeforeFromServer = false;
            stopPass(tr("The server cannot be reached. Sending will start again by itself."), backoff());
        } else {
            // Any policy but "required" sends no image.
            m_pass.images = protocol::imagePolicyFromCode(policy).value_or(protocol::ImagePolicy::None);
        }
        sendNext();
    });
    request->start();
}

bool SyncService::prepareImages(const QUuid &id, std::shared_ptr<ImageJob> *job)
{
    const QDateTime now = m_clock.nowUtc();
    QString error;
    const auto extras = m_sessions.loadExtras(id, &error);
    if (!extras) {
        quarantine(id, unreadable(error), now);
        return false;
    }
    auto prepared = std::make_shared<ImageJob>();
    for (const auto &image : extras->images)
        prepared->images.insert(captureCodeString(image.capture), image.data); // part ids: the stored spelling
    prepared->upload = m_outbox.upload(id);
    if (prepared->upload.parts.isEmpty()) {
        // Declared once, kept with the outbox row: a resend after a restart declares the same.
        QList<PartDeclaration> parts;
        for (auto it = prepared->images.cbegin(); it != prepared->images.cend(); ++it) {
            if (partKinds().contains(it.key()) && !it.value().isEmpty())
                parts.append(declarePart(it.key(), it.value()));
        }
        if (parts.isEmpty())
            return true; // nothing the server could take: the session goes alone
        if (!m_outbox.declareParts(id, parts, &error)) {
            retryLater(id, unreadable(error), now);
            return false;
        }
        prepared->upload = m_outbox.upload(id);
    }
    // Every part still to send must be here, byte for byte as declared.
    for (const auto &part : std::as_const(prepared->upload.parts)) {
        if (part.complete)
            continue;
        const auto image = prepared->images.constFind(part.declaration.part);
        if (image == prepared->images.cend() || declarePart(part.declaration.part, *image) != part.declaration) {
            // The same words as any unreadable record (already translated); the detail is technical.
            quarantine(
                id,
                unreadable(
                    QStringLiteral("picture %1 missing or changed since it was declared").arg(part.declaration.part)),
                now);
            return false;
        }
    }
    *job = std::move(prepared);
    return true;
}

void SyncService::startImageUpload(const QUuid &id, const std::shared_ptr<ImageJob> &job, bool offsetsKnown)
{
    ImageUpload::Settings settings;
    settings.server = m_pass.server;
    settings.token = m_pass.token;
    const qint64 serverMax = m_database.metaValue(kMaxChunkKey).toLongLong();
    settings.chunkBytes = serverMax > 0 ? std::min(m_policy.imageChunkBytes, serverMax) : m_policy.imageChunkBytes;
    settings.timeoutMs = m_policy.requestTimeoutMs;
    auto *upload = new ImageUpload(*m_network, m_outbox, m_clock, settings, id, job->upload.parts, job->images, this);
    connect(upload, &ImageUpload::progress, this, &SyncService::imageProgress);
    const QString receipt = job->upload.sessionReceipt;
    connect(upload, &ImageUpload::finished, this, [this, upload, id, receipt](const ImageUpload::Result &result) {
        upload->deleteLater();
        onUploadFinished(id, receipt, result);
    });
    upload->start(offsetsKnown);
}

void SyncService::onUploadFinished(const QUuid &id, const QString &receipt, const ImageUpload::Result &result)
{
    --m_inFlight;
    const QDateTime now = m_clock.nowUtc();
    switch (result.outcome) {
    case ImageUpload::Outcome::Complete:
        acknowledge(id, receipt, now);
        break;
    case ImageUpload::Outcome::SessionUnknown:
        // The server lost it (a restored backup?): the next attempt sends the session again.
        m_outbox.forgetUploadProgress(id);
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(result.answer.status),
                   now);
        break;
    case ImageUpload::Outcome::HashMismatch: // the server reset that part: it goes again from zero
    case ImageUpload::Outcome::BadAnswer:
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(result.answer.status),
                   now);
        break;
    case ImageUpload::Outcome::Failed:
        handleFailure(id, result.answer, now);
        break;
    }
    sendNext();
}

void SyncService::stopPass(const QString &reason, std::chrono::milliseconds wait)
{
    if (!m_pass.stopping)
        m_pass.report.stopReason = reason;
    m_pass.stopping = true;
    m_pass.fatal = m_pass.fatal || wait.count() < 0;
    setLastError(reason);
    if (wait.count() >= 0) {
        const QDateTime until = m_clock.nowUtc().addMSecs(wait.count());
        if (!m_notBefore.isValid() || until > m_notBefore)
            m_notBefore = until;
    }
}

void SyncService::onAnswer(const SyncAnswer &answer, const QUuid &id, const std::shared_ptr<ImageJob> &job)
{
    --m_inFlight;
    const QDateTime now = m_clock.nowUtc();
    const QJsonObject &json = answer.json;
    const QString receipt = json.value(protocol::kReceipt).toString();
    if (!answer.transportFailed() && (answer.status == 200 || answer.status == 201) &&
        json.value(protocol::kId).toString() == id.toString(QUuid::WithoutBraces) && !receipt.isEmpty()) {
        if (job && json.value(protocol::kState).toString() != protocol::kComplete) {
            // Stored with its receipt, but acknowledged only once every image is complete.
            m_outbox.markSessionStored(id, receipt);
            job->upload.sessionReceipt = receipt;
            const QJsonArray parts = json.value(protocol::kParts).toArray();
            bool offsetsKnown = true;
            for (auto &part : job->upload.parts) {
                const auto found = std::find_if(parts.begin(), parts.end(), [&](const QJsonValue &value) {
                    return value.toObject().value(protocol::kPart).toString() == part.declaration.part;
                });
                const QJsonObject object = found == parts.end() ? QJsonObject() : found->toObject();
                const double offset = object.value(protocol::kOffset).toDouble(-1);
                if (offset < 0 || offset > double(part.declaration.size)) {
                    offsetsKnown = false;
                    continue;
                }
                part.confirmedOffset = qint64(offset);
                part.complete =
                    object.value(protocol::kComplete).toBool() && part.confirmedOffset == part.declaration.size;
            }
            ++m_inFlight;
            startImageUpload(id, job, offsetsKnown);
            return;
        }
        acknowledge(id, receipt, now);
    } else {
        handleFailure(id, answer, now);
    }
    sendNext();
}

void SyncService::acknowledge(const QUuid &id, const QString &receipt, const QDateTime &now)
{
    // Written in batches: a crash before the write only means a resend, which the server
    // answers with the same receipt (200 replay).
    m_acknowledged.append({id, receipt});
    ++m_pass.report.acknowledged;
    m_globalAttempts = 0;
    if (!m_pass.stopping)
        m_notBefore = {};
    m_lastSuccess = now;
    if (m_acknowledged.size() >= 64)
        flushAcknowledgements();
}

void SyncService::retryLater(const QUuid &id, const QString &reason, const QDateTime &now)
{
    const int attempts = m_outbox.entry(id).value_or(OutboxEntry{}).attempts + 1;
    const auto delay = fullJitterDelay(attempts - 1, m_policy.backoffBase, m_policy.backoffCap);
    m_outbox.markRetry(id, attempts, now.addMSecs(delay.count()), reason, now);
    setLastError(reason);
    emit recordStateChanged(id, OutboxState::Queued);
}

std::chrono::milliseconds SyncService::backoff()
{
    return fullJitterDelay(m_globalAttempts++, m_policy.backoffBase, m_policy.backoffCap);
}

void SyncService::quarantine(const QUuid &id, const QString &reason, const QDateTime &now)
{
    m_outbox.markRejected(id, reason, now);
    ++m_pass.report.rejected;
    emit recordStateChanged(id, OutboxState::Rejected);
}

void SyncService::stopAndRequeue(const QUuid &id, const QString &reason, std::chrono::milliseconds wait,
                                 bool waitFromServer)
{
    m_notBeforeFromServer = waitFromServer;
    stopPass(reason, wait);
    emit recordStateChanged(id, OutboxState::Queued);
}

void SyncService::handleFailure(const QUuid &id, const SyncAnswer &answer, const QDateTime &now)
{
    const int status = answer.status;
    constexpr std::chrono::milliseconds untilFixed(-1);
    if (answer.tlsFailed()) {
        stopAndRequeue(id,
                       tr("The server's certificate is not valid, so nothing more is sent. Tell your administrator."),
                       untilFixed, false);
    } else if (answer.unreachable()) {
        stopAndRequeue(id, tr("The server cannot be reached. Sending will start again by itself."), backoff(), false);
    } else if (answer.transportFailed()) {
        // Reset, timeout, truncated answer: the server may or may not have stored it. Sending the
        // same record again with the same key is safe either way.
        retryLater(id, tr("The connection was cut during sending. It will be tried again."), now);
    } else if (status == 401 || status == 403) {
        stopAndRequeue(id, tr("The server no longer accepts this computer. Enroll it again with a new code."),
                       untilFixed, false);
    } else if (status == 429 || status == 503) {
        const auto wait = parseRetryAfter(answer.retryAfter, now);
        const bool fromServer = wait.count() >= 0;
        stopAndRequeue(id, tr("The server is busy. Sending will start again by itself."), fromServer ? wait : backoff(),
                       fromServer);
    } else if (status == 400 || status == 413 || status == 415 || status == 422) {
        QString reason = answer.json.value(protocol::kMessage).toString();
        const QString field = answer.json.value(protocol::kField).toString();
        if (!field.isEmpty())
            reason = QStringLiteral("%1: %2").arg(field, reason);
        quarantine(id, tr("Refused by the server (%1): %2").arg(status).arg(reason.left(300)), now);
    } else if (status == 409 && answer.json.value(protocol::kError).toString() == protocol::kIdTaken) {
        // Another computer already sent a session with this id: this data folder was copied to a
        // second computer (a restored backup, a cloned disk). The server keeps the first one. Sending
        // it again gets the same answer, and sending it under a new id would count the young
        // person twice: it stays here, quarantined and shown, until an administrator decides.
        quarantine(id,
                   tr("Already on the server, sent by another computer (this data folder may have been copied "
                      "there). It is not sent again from here: tell your administrator."),
                   now);
    } else {
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(status), now);
    }
}

void SyncService::finishPass()
{
    if (!m_pass.running)
        return;
    flushAcknowledgements();
    // A manual pass (the button, the CLI) that the server asked to wait a little waits, then goes
    // on with the same pass: one click, one complete answer.
    if (m_pass.manual && m_pass.stopping && !m_pass.fatal && m_notBeforeFromServer &&
        m_pass.clock.elapsed() < m_policy.manualPassMaxMs) {
        const qint64 wait = std::max<qint64>(0, m_clock.nowUtc().msecsTo(m_notBefore));
        if (wait <= m_policy.manualRetryAfterMaxMs) {
            setState(State::Waiting);
            QTimer::singleShot(int(wait), this, [this] {
                m_pass.stopping = false;
                m_notBeforeFromServer = false;
                m_pass.report.stopReason.clear();
                m_pass.queue = m_outbox.queued();
                setState(State::Syncing);
                sendNext();
            });
            return;
        }
    }
    m_pass.running = false;
    m_pass.report.pending = pendingCount();
    const bool fatal = m_pass.fatal;
    if (m_pass.report.stopReason.isEmpty() && m_pass.report.acknowledged > 0)
        setLastError(QString());
    setState(fatal ? State::NeedsAttention : (m_pass.report.pending > 0 ? State::Waiting : State::Idle));
    emit countsChanged();
    emit passFinished(m_pass.report);
    if (m_again && !fatal) {
        m_again = false;
        QTimer::singleShot(0, this, [this] { startPass(false); });
        return;
    }
    scheduleNext();
}

void SyncService::scheduleNext()
{
    const QDateTime now = m_clock.nowUtc();
    qint64 wait = m_policy.periodic.count();
    if (m_state != State::NeedsAttention) {
        if (m_notBefore.isValid() && now < m_notBefore)
            wait = std::min(wait, now.msecsTo(m_notBefore));
        else if (const auto next = m_outbox.nextAttempt())
            wait = std::min(wait, std::max<qint64>(0, now.msecsTo(*next)));
    }
    m_timer.start(int(std::max<qint64>(wait, 10)));
}

} // namespace passerelle::sync
