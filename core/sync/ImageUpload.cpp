// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImageUpload.h"

#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace passerelle::sync {

namespace {

// After some progress, a cut connection or a passing server error is resumed at once from the
// server's offset; this many times per upload at most, then the usual backoff takes over.
constexpr int kMaxResyncs = 8;
constexpr int kMaxStalls = 3;

// Worth resuming at once: the request may or may not have reached the server (reset, timeout,
// truncated answer, a proxy's 500/502). Not: refused connections, TLS, 429/503 (Retry-After).
bool isResumable(QNetworkReply::NetworkError error, int status)
{
    if (error != QNetworkReply::NoError && int(error) < 100) {
        return error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError &&
               error != QNetworkReply::SslHandshakeFailedError &&
               error != QNetworkReply::TemporaryNetworkFailureError &&
               error != QNetworkReply::NetworkSessionFailedError && error != QNetworkReply::UnknownNetworkError;
    }
    return status >= 500 && status != 503;
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

} // namespace

ImageUpload::ImageUpload(QNetworkAccessManager &network, Outbox &outbox, const Clock &clock, Settings settings,
                         const QUuid &sessionId, QList<OutboxPart> parts, QMap<QString, QByteArray> images,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_id(sessionId)
    , m_parts(std::move(parts))
    , m_images(std::move(images))
{
    qRegisterMetaType<Result>();
}

ImageUpload::~ImageUpload()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest ImageUpload::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_settings.timeoutMs);
    return request;
}

void ImageUpload::start(bool offsetsKnown)
{
    m_offsetsKnown = offsetsKnown;
    next();
}

void ImageUpload::next()
{
    if (m_done)
        return;
    if (!m_offsetsKnown) {
        askOffsets();
        return;
    }
    for (auto &part : m_parts) {
        if (!part.complete) {
            sendChunk(part);
            return;
        }
    }
    // Every part complete on our side but no "complete" from the server yet: ask it.
    if (++m_stalls > kMaxStalls) {
        finish(Outcome::BadAnswer);
        return;
    }
    askOffsets();
}

void ImageUpload::askOffsets()
{
    QNetworkReply *reply = m_network.get(request(m_settings.sessionUrl));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onSessionReply(reply); });
}

void ImageUpload::sendChunk(OutboxPart &part)
{
    const QByteArray &bytes = m_images[part.declaration.part];
    const qint64 offset = part.confirmedOffset;
    const QByteArray chunk = bytes.mid(offset, std::max<qint64>(1, m_settings.chunkBytes));
    QUrl url = m_settings.sessionUrl;
    url.setPath(url.path() + QStringLiteral("/parts/") + part.declaration.part);
    QNetworkRequest patch = request(url);
    patch.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/offset+octet-stream"));
    patch.setRawHeader("Upload-Offset", QByteArray::number(offset));
    QNetworkReply *reply = m_network.sendCustomRequest(patch, "PATCH", chunk);
    m_reply = reply;
    m_bytesSent += chunk.size();
    const QString partId = part.declaration.part;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, partId, offset] { onChunkReply(reply, partId, offset); });
}

void ImageUpload::onSessionReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() == QNetworkReply::NoError && status == 200 &&
        json.value(QStringLiteral("id")).toString() == m_id.toString(QUuid::WithoutBraces)) {
        if (json.value(QStringLiteral("state")).toString() == QLatin1String("complete")) {
            finish(Outcome::Complete);
            return;
        }
        const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
        for (auto &part : m_parts) {
            for (const auto &value : parts) {
                const QJsonObject object = value.toObject();
                if (object.value(QStringLiteral("part")).toString() == part.declaration.part)
                    takeOffset(part, object, {});
            }
        }
        m_offsetsKnown = true;
        next();
        return;
    }
    if (status == 404) {
        finish(Outcome::SessionUnknown, reply, status, json);
        return;
    }
    failed(reply, status, json);
}

bool ImageUpload::takeOffset(OutboxPart &part, const QJsonObject &json, const QByteArray &offsetHeader)
{
    auto offset = wholeNumber(json.value(QStringLiteral("offset")));
    if (!offset && !offsetHeader.isEmpty()) {
        bool ok = false;
        const qint64 value = offsetHeader.toLongLong(&ok);
        if (ok && value >= 0)
            offset = value;
    }
    if (!offset || *offset > part.declaration.size)
        return false;
    const bool complete = json.value(QStringLiteral("complete")).toBool() && *offset == part.declaration.size;
    const bool moved = *offset != part.confirmedOffset || complete != part.complete;
    part.confirmedOffset = *offset;
    part.complete = complete;
    if (moved) {
        m_outbox.markPartProgress(m_id, part.declaration.part, part.confirmedOffset, part.complete, m_clock.nowUtc());
        emit progress(m_id, part.declaration.part, part.confirmedOffset, part.declaration.size);
    }
    return true;
}

void ImageUpload::onChunkReply(QNetworkReply *reply, const QString &partId, qint64 sentOffset)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    auto part =
        std::find_if(m_parts.begin(), m_parts.end(), [&](const OutboxPart &p) { return p.declaration.part == partId; });
    const bool answered = reply->error() == QNetworkReply::NoError || int(reply->error()) >= 100;
    const bool aboutThisPart = json.value(QStringLiteral("part")).toString() == partId;
    const bool sessionComplete = json.value(QStringLiteral("session_state")).toString() == QLatin1String("complete");
    if (answered && (status == 200 || status == 409) && aboutThisPart) {
        // 200: stored (complete when it was the last byte and the SHA-256 matched). 409: another
        // offset than ours (an earlier chunk whose answer was lost, or a race): go on from there.
        if (!takeOffset(*part, json, reply->rawHeader("Upload-Offset"))) {
            finish(Outcome::BadAnswer, reply, status, json);
            return;
        }
        if (part->complete && sessionComplete) {
            finish(Outcome::Complete);
            return;
        }
        if (part->confirmedOffset > sentOffset || part->complete) {
            m_progressSinceFailure = true;
            m_stalls = 0;
        } else if (++m_stalls > kMaxStalls) {
            finish(Outcome::BadAnswer, reply, status, json);
            return;
        }
        next();
        return;
    }
    if (answered && status == 422 && json.value(QStringLiteral("error")).toString() == QLatin1String("hash_mismatch")) {
        // The server reset the part: nothing of it is kept there.
        part->confirmedOffset = 0;
        part->complete = false;
        m_outbox.markPartProgress(m_id, partId, 0, false, m_clock.nowUtc());
        finish(Outcome::HashMismatch, reply, status, json);
        return;
    }
    if (answered && status == 404) {
        finish(Outcome::SessionUnknown, reply, status, json);
        return;
    }
    failed(reply, status, json);
}

void ImageUpload::failed(QNetworkReply *reply, int status, const QJsonObject &json)
{
    // Resume at once from the server's offset when the last attempt moved something; otherwise
    // give the answer to the sync service, which backs off or stops as for a session.
    if (isResumable(reply->error(), status) && m_progressSinceFailure && m_resyncs < kMaxResyncs) {
        m_progressSinceFailure = false;
        ++m_resyncs;
        m_offsetsKnown = false;
        next();
        return;
    }
    finish(Outcome::Failed, reply, status, json);
}

void ImageUpload::finish(Outcome outcome, QNetworkReply *reply, int status, const QJsonObject &json)
{
    if (m_done)
        return;
    m_done = true;
    Result result;
    result.outcome = outcome;
    result.status = status;
    result.json = json;
    if (reply) {
        result.error = reply->error();
        result.retryAfter = reply->rawHeader("Retry-After");
    }
    m_images.clear(); // the decrypted pictures leave memory as soon as the upload ends
    emit finished(result);
}

} // namespace passerelle::sync
