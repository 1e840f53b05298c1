// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncService.h"

#include "crypto/KeyStore.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "sync/Backoff.h"
#include "util/Clock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>

namespace passerelle::sync {

namespace {

const QString kServerUrlKey = QStringLiteral("sync_server_url");
const QString kLastSuccessKey = QStringLiteral("sync_last_success_utc");
const QString kLastErrorKey = QStringLiteral("sync_last_error");
// The server's image policy and largest chunk, as last seen (used when /health cannot be asked).
const QString kImagesKey = QStringLiteral("sync_server_images");
const QString kMaxChunkKey = QStringLiteral("sync_server_max_chunk");

// Network-level failures (no usable HTTP answer) have codes below 100; higher codes only mirror
// the HTTP status, which is handled on its own.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 100;
}

bool predictsUnreachable(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::TemporaryNetworkFailureError || error == QNetworkReply::NetworkSessionFailedError ||
           error == QNetworkReply::UnknownNetworkError;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

SyncService::SyncService(Database &database, KeyStore &keyStore, const Clock &clock, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_keyStore(keyStore)
    , m_clock(clock)
    , m_policy(policy)
    , m_outbox(database)
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
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    flushAcknowledgements();
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
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/devices/enroll"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code.trimmed()},
                                  {QStringLiteral("label"), QStringLiteral("Passerelle " PASSERELLE_VERSION)}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QByteArray token = json.value(QStringLiteral("device_token")).toString().toLatin1();
        if (isTlsError(reply->error())) {
            emit enrollFinished(false, tr("The server's certificate is not valid. Nothing was sent."));
            return;
        }
        if (isTransportError(reply->error()) || status == 0) {
            emit enrollFinished(false, tr("The server cannot be reached. Check the address and the connection."));
            return;
        }
        if (status == 401 || status == 422) {
            emit enrollFinished(false, tr("This code is unknown, expired or already used. Ask for a new code."));
            return;
        }
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
            true,
            tr("This computer is enrolled for the site \"%1\".").arg(json.value(QStringLiteral("site")).toString()));
    });
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
    if (m_running) {
        m_again = true;
        return;
    }
    m_report = {};
    if (!isEnrolled()) {
        setState(State::NotEnrolled);
        m_report.pending = pendingCount();
        m_report.stopReason = tr("This computer is not enrolled with a server yet.");
        emit passFinished(m_report);
        return;
    }
    QString error;
    m_token = deviceToken(&error);
    m_endpoint = serverUrl().resolved(QUrl(QStringLiteral("/api/v1/sessions")));
    if (m_token.isEmpty() || !isAcceptableServerUrl(m_endpoint)) {
        setLastError(m_token.isEmpty() ? tr("The access key is missing from the keychain. Enroll this computer again.")
                                       : tr("The server address must start with https://."));
        setState(State::NeedsAttention);
        m_report.pending = pendingCount();
        m_report.stopReason = m_lastError;
        emit passFinished(m_report);
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
    m_queue = manual || m_manualWaiting ? m_outbox.queued() : m_outbox.queued(now);
    m_manualWaiting = false;
    m_images = ImagePolicy::Unknown;
    m_running = true;
    m_stopping = false;
    m_fatal = false;
    m_manualPass = manual;
    m_passClock.start();
    setState(State::Syncing);
    sendNext();
}

void SyncService::sendNext()
{
    while (!m_stopping && !m_policyPending && m_inFlight < m_policy.concurrency && !m_queue.isEmpty()) {
        const QUuid id = m_queue.first();
        // Images leave only when the server asks for them: its policy is asked when the first
        // record that has some comes up, once per pass. A record already declared goes on.
        OutboxUpload upload = m_outbox.upload(id);
        const bool withImages = upload.parts.isEmpty() && hasImages(id);
        if (withImages && m_images == ImagePolicy::Unknown) {
            fetchImagePolicy();
            break;
        }
        m_queue.removeFirst();
        QString error;
        const auto record = SessionStore(m_database, &m_clock).load(id, &error);
        if (!record) {
            // Nothing the server could change: quarantine with the local reason, retryable by hand.
            m_outbox.markRejected(id, tr("This record cannot be read on this computer: %1").arg(error),
                                  m_clock.nowUtc());
            ++m_report.rejected;
            emit recordStateChanged(id, OutboxState::Rejected);
            continue;
        }
        std::shared_ptr<ImageJob> job;
        if ((!upload.parts.isEmpty() || (withImages && m_images == ImagePolicy::Required)) && !prepareImages(id, &job))
            continue;
        ++m_inFlight;
        ++m_report.sent;
        emit recordStateChanged(id, OutboxState::Sending);
        if (job && !job->upload.sessionReceipt.isEmpty()) {
            // Stored earlier, images unfinished (a cut, a restart): ask the server where they stand.
            startImageUpload(id, job, false);
            continue;
        }
        QJsonObject body = record->toJson();
        if (job) {
            QList<PartDeclaration> parts;
            for (const auto &part : std::as_const(job->upload.parts))
                parts.append(part.declaration);
            body.insert(QStringLiteral("parts"), partsToJson(parts));
        }
        QNetworkRequest request(m_endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Idempotency-Key", id.toString(QUuid::WithoutBraces).toLatin1());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // A redirect is a captive portal or a misconfiguration, never an acknowledgement.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_policy.requestTimeoutMs);
        QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, job] { onReply(reply, id, job); });
    }
    if (m_inFlight == 0 && !m_policyPending)
        finishPass();
}

bool SyncService::hasImages(const QUuid &sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_images WHERE session_id = ?"));
    query.addBindValue(sessionId.toString(QUuid::WithoutBraces));
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

void SyncService::fetchImagePolicy()
{
    m_policyPending = true;
    ++m_inFlight;
    QNetworkRequest request(serverUrl().resolved(QUrl(QStringLiteral("/api/v1/health"))));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        --m_inFlight;
        m_policyPending = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QString policy = json.value(QStringLiteral("images")).toString();
        if (reply->error() == QNetworkReply::NoError && status == 200 && !policy.isEmpty()) {
            m_database.setMetaValue(kImagesKey, policy);
            const qint64 maxChunk = qint64(json.value(QStringLiteral("max_chunk")).toDouble());
            m_database.setMetaValue(kMaxChunkKey, maxChunk > 0 ? QString::number(maxChunk) : QString());
        } else {
            policy = m_database.metaValue(kImagesKey); // the last answer, if there ever was one
        }
        if (policy.isEmpty()) {
            // Never guessed: a session sent without its images could not take them later.
            m_notBeforeFromServer = false;
            stopPass(tr("The server cannot be reached. Sending will start again by itself."),
                     fullJitterDelay(m_globalAttempts++, m_policy.backoffBase, m_policy.backoffCap));
        } else {
            // Any policy but "required" sends no image.
            m_images = policy == QLatin1String("required") ? ImagePolicy::Required : ImagePolicy::None;
        }
        sendNext();
    });
}

bool SyncService::prepareImages(const QUuid &id, std::shared_ptr<ImageJob> *job)
{
    const QDateTime now = m_clock.nowUtc();
    QString error;
    const auto extras = SessionStore(m_database, &m_clock).loadExtras(id, &error);
    if (!extras) {
        m_outbox.markRejected(id, tr("This record cannot be read on this computer: %1").arg(error), now);
        ++m_report.rejected;
        emit recordStateChanged(id, OutboxState::Rejected);
        return false;
    }
    auto prepared = std::make_shared<ImageJob>();
    for (const auto &image : extras->images)
        prepared->images.insert(image.capture, image.data);
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
            retryLater(id, tr("This record cannot be read on this computer: %1").arg(error), now);
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
            m_outbox.markRejected(id,
                                  tr("This record cannot be read on this computer: %1")
                                      .arg(QStringLiteral("picture %1 missing or changed since it was declared")
                                               .arg(part.declaration.part)),
                                  now);
            ++m_report.rejected;
            emit recordStateChanged(id, OutboxState::Rejected);
            return false;
        }
    }
    *job = std::move(prepared);
    return true;
}

void SyncService::startImageUpload(const QUuid &id, const std::shared_ptr<ImageJob> &job, bool offsetsKnown)
{
    ImageUpload::Settings settings;
    settings.sessionUrl = m_endpoint;
    settings.sessionUrl.setPath(m_endpoint.path() + QLatin1Char('/') + id.toString(QUuid::WithoutBraces));
    settings.token = m_token;
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
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(result.status), now);
        break;
    case ImageUpload::Outcome::HashMismatch: // the server reset that part: it goes again from zero
    case ImageUpload::Outcome::BadAnswer:
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(result.status), now);
        break;
    case ImageUpload::Outcome::Failed:
        handleFailure(id, result.error, result.status, result.json, result.retryAfter, now);
        break;
    }
    sendNext();
}

void SyncService::stopPass(const QString &reason, std::chrono::milliseconds wait)
{
    if (!m_stopping)
        m_report.stopReason = reason;
    m_stopping = true;
    m_fatal = m_fatal || wait.count() < 0;
    setLastError(reason);
    if (wait.count() >= 0) {
        const QDateTime until = m_clock.nowUtc().addMSecs(wait.count());
        if (!m_notBefore.isValid() || until > m_notBefore)
            m_notBefore = until;
    }
}

void SyncService::onReply(QNetworkReply *reply, const QUuid &id, const std::shared_ptr<ImageJob> &job)
{
    reply->deleteLater();
    --m_inFlight;
    const QDateTime now = m_clock.nowUtc();
    const auto error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    const QString receipt = json.value(QStringLiteral("receipt")).toString();
    if (!isTransportError(error) && (status == 200 || status == 201) &&
        json.value(QStringLiteral("id")).toString() == id.toString(QUuid::WithoutBraces) && !receipt.isEmpty()) {
        if (job && json.value(QStringLiteral("state")).toString() != QLatin1String("complete")) {
            // Stored with its receipt, but acknowledged only once every image is complete.
            m_outbox.markSessionStored(id, receipt);
            job->upload.sessionReceipt = receipt;
            const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
            bool offsetsKnown = true;
            for (auto &part : job->upload.parts) {
                const auto found = std::find_if(parts.begin(), parts.end(), [&](const QJsonValue &value) {
                    return value.toObject().value(QStringLiteral("part")).toString() == part.declaration.part;
                });
                const QJsonObject object = found == parts.end() ? QJsonObject() : found->toObject();
                const double offset = object.value(QStringLiteral("offset")).toDouble(-1);
                if (offset < 0 || offset > double(part.declaration.size)) {
                    offsetsKnown = false;
                    continue;
                }
                part.confirmedOffset = qint64(offset);
                part.complete =
                    object.value(QStringLiteral("complete")).toBool() && part.confirmedOffset == part.declaration.size;
            }
            ++m_inFlight;
            startImageUpload(id, job, offsetsKnown);
            return;
        }
        acknowledge(id, receipt, now);
    } else {
        handleFailure(id, error, status, json, reply->rawHeader("Retry-After"), now);
    }
    sendNext();
}

void SyncService::acknowledge(const QUuid &id, const QString &receipt, const QDateTime &now)
{
    // Written in batches: a crash before the write only means a resend, which the server
    // answers with the same receipt (200 replay).
    m_acknowledged.append({id, receipt});
    ++m_report.acknowledged;
    m_globalAttempts = 0;
    if (!m_stopping)
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

void SyncService::handleFailure(const QUuid &id, QNetworkReply::NetworkError error, int status, const QJsonObject &json,
                                const QByteArray &retryAfter, const QDateTime &now)
{
    if (isTlsError(error)) {
        stopPass(tr("The server's certificate is not valid, so nothing more is sent. Tell your administrator."),
                 std::chrono::milliseconds(-1));
        m_notBeforeFromServer = false;
        emit recordStateChanged(id, OutboxState::Queued);
    } else if (isTransportError(error) && predictsUnreachable(error)) {
        m_notBeforeFromServer = false;
        stopPass(tr("The server cannot be reached. Sending will start again by itself."),
                 fullJitterDelay(m_globalAttempts++, m_policy.backoffBase, m_policy.backoffCap));
        emit recordStateChanged(id, OutboxState::Queued);
    } else if (isTransportError(error)) {
        // Reset, timeout, truncated answer: the server may or may not have stored it. Sending the
        // same record again with the same key is safe either way.
        retryLater(id, tr("The connection was cut during sending. It will be tried again."), now);
    } else if (status == 401 || status == 403) {
        m_notBeforeFromServer = false;
        stopPass(tr("The server no longer accepts this computer. Enroll it again with a new code."),
                 std::chrono::milliseconds(-1));
        emit recordStateChanged(id, OutboxState::Queued);
    } else if (status == 429 || status == 503) {
        auto wait = parseRetryAfter(retryAfter, now);
        m_notBeforeFromServer = wait.count() >= 0;
        if (wait.count() < 0)
            wait = fullJitterDelay(m_globalAttempts++, m_policy.backoffBase, m_policy.backoffCap);
        stopPass(tr("The server is busy. Sending will start again by itself."), wait);
        emit recordStateChanged(id, OutboxState::Queued);
    } else if (status == 400 || status == 413 || status == 415 || status == 422) {
        QString reason = json.value(QStringLiteral("message")).toString();
        const QString field = json.value(QStringLiteral("field")).toString();
        if (!field.isEmpty())
            reason = QStringLiteral("%1: %2").arg(field, reason);
        m_outbox.markRejected(id, tr("Refused by the server (%1): %2").arg(status).arg(reason.left(300)), now);
        ++m_report.rejected;
        emit recordStateChanged(id, OutboxState::Rejected);
    } else {
        retryLater(id, tr("The server answered with an error (%1). It will be tried again.").arg(status), now);
    }
}

void SyncService::finishPass()
{
    if (!m_running)
        return;
    flushAcknowledgements();
    // A manual pass (the button, the CLI) that the server asked to wait a little waits, then goes
    // on with the same pass: one click, one complete answer.
    if (m_manualPass && m_stopping && !m_fatal && m_notBeforeFromServer &&
        m_passClock.elapsed() < m_policy.manualPassMaxMs) {
        const qint64 wait = std::max<qint64>(0, m_clock.nowUtc().msecsTo(m_notBefore));
        if (wait <= m_policy.manualRetryAfterMaxMs) {
            setState(State::Waiting);
            QTimer::singleShot(int(wait), this, [this] {
                m_stopping = false;
                m_notBeforeFromServer = false;
                m_report.stopReason.clear();
                m_queue = m_outbox.queued();
                setState(State::Syncing);
                sendNext();
            });
            return;
        }
    }
    m_running = false;
    m_report.pending = pendingCount();
    const bool fatal = m_fatal;
    if (m_report.stopReason.isEmpty() && m_report.acknowledged > 0)
        setLastError(QString());
    setState(fatal ? State::NeedsAttention : (m_report.pending > 0 ? State::Waiting : State::Idle));
    emit countsChanged();
    emit passFinished(m_report);
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
