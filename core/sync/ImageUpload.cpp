// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ImageUpload.h"

#include "core/sync/Protocol.h"
#include "core/util/Clock.h"

#include <QJsonArray>

namespace passerelle::sync {

namespace {

// After some progress, a cut connection or a passing server error is resumed at once from the
// server's offset; this many times per upload at most, then the usual backoff takes over.
constexpr int kMaxResyncs = 8;
constexpr int kMaxStalls = 3;

// Worth resuming at once: the request may or may not have reached the server (reset, timeout,
// truncated answer, a proxy's 500/502). Not: refused connections, TLS, 429/503 (Retry-After).
bool isResumable(const SyncAnswer &answer)
{
    if (answer.transportFailed())
        return !answer.unreachable() && !answer.tlsFailed();
    return answer.status >= 500 && answer.status != 503;
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
    delete m_request; // aborts the request in flight, without an answer
}

void ImageUpload::track(SyncRequest *request)
{
    m_request = request;
    request->start();
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
    auto *request =
        new SessionStateRequest(m_network, m_settings.server, m_settings.token, m_id, m_settings.timeoutMs, this);
    connect(request, &SyncRequest::finished, this, &ImageUpload::onSessionReply);
    track(request);
}

void ImageUpload::sendChunk(OutboxPart &part)
{
    const QByteArray &bytes = m_images[part.declaration.part];
    const qint64 offset = part.confirmedOffset;
    const QByteArray chunk = bytes.mid(offset, std::max<qint64>(1, m_settings.chunkBytes));
    m_bytesSent += chunk.size();
    const QString partId = part.declaration.part;
    auto *request = new PartChunkRequest(m_network, m_settings.server, m_settings.token, m_id, partId, offset, chunk,
                                         m_settings.timeoutMs, this);
    connect(request, &SyncRequest::finished, this,
            [this, partId, offset](const SyncAnswer &answer) { onChunkReply(answer, partId, offset); });
    track(request);
}

void ImageUpload::onSessionReply(const SyncAnswer &answer)
{
    const QJsonObject &json = answer.json;
    if (answer.error == QNetworkReply::NoError && answer.status == 200 &&
        json.value(protocol::kId).toString() == m_id.toString(QUuid::WithoutBraces)) {
        if (json.value(protocol::kState).toString() == protocol::kComplete) {
            finish(Outcome::Complete);
            return;
        }
        const QJsonArray parts = json.value(protocol::kParts).toArray();
        for (auto &part : m_parts) {
            for (const auto &value : parts) {
                const QJsonObject object = value.toObject();
                if (object.value(protocol::kPart).toString() == part.declaration.part)
                    takeOffset(part, object, {});
            }
        }
        m_offsetsKnown = true;
        next();
        return;
    }
    if (answer.status == 404) {
        finish(Outcome::SessionUnknown, answer);
        return;
    }
    failed(answer);
}

bool ImageUpload::takeOffset(OutboxPart &part, const QJsonObject &json, const QByteArray &offsetHeader)
{
    auto offset = wholeNumber(json.value(protocol::kOffset));
    if (!offset && !offsetHeader.isEmpty()) {
        bool ok = false;
        const qint64 value = offsetHeader.toLongLong(&ok);
        if (ok && value >= 0)
            offset = value;
    }
    if (!offset || *offset > part.declaration.size)
        return false;
    const bool complete = json.value(protocol::kComplete).toBool() && *offset == part.declaration.size;
    const bool moved = *offset != part.confirmedOffset || complete != part.complete;
    part.confirmedOffset = *offset;
    part.complete = complete;
    if (moved) {
        m_outbox.markPartProgress(m_id, part.declaration.part, part.confirmedOffset, part.complete, m_clock.nowUtc());
        emit progress(m_id, part.declaration.part, part.confirmedOffset, part.declaration.size);
    }
    return true;
}

void ImageUpload::onChunkReply(const SyncAnswer &answer, const QString &partId, qint64 sentOffset)
{
    const int status = answer.status;
    const QJsonObject &json = answer.json;
    auto part =
        std::find_if(m_parts.begin(), m_parts.end(), [&](const OutboxPart &p) { return p.declaration.part == partId; });
    const bool answered = answer.answered();
    const bool aboutThisPart = json.value(protocol::kPart).toString() == partId;
    const bool sessionComplete = json.value(protocol::kSessionState).toString() == protocol::kComplete;
    if (answered && (status == 200 || status == 409) && aboutThisPart) {
        // 200: stored (complete when it was the last byte and the SHA-256 matched). 409: another
        // offset than ours (an earlier chunk whose answer was lost, or a race): go on from there.
        if (!takeOffset(*part, json, answer.uploadOffset)) {
            finish(Outcome::BadAnswer, answer);
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
            finish(Outcome::BadAnswer, answer);
            return;
        }
        next();
        return;
    }
    if (answered && status == 422 && json.value(protocol::kError).toString() == protocol::kHashMismatch) {
        // The server reset the part: nothing of it is kept there.
        part->confirmedOffset = 0;
        part->complete = false;
        m_outbox.markPartProgress(m_id, partId, 0, false, m_clock.nowUtc());
        finish(Outcome::HashMismatch, answer);
        return;
    }
    if (answered && status == 404) {
        finish(Outcome::SessionUnknown, answer);
        return;
    }
    failed(answer);
}

void ImageUpload::failed(const SyncAnswer &answer)
{
    // Resume at once from the server's offset when the last attempt moved something; otherwise
    // give the answer to the sync service, which backs off or stops as for a session.
    if (isResumable(answer) && m_progressSinceFailure && m_resyncs < kMaxResyncs) {
        m_progressSinceFailure = false;
        ++m_resyncs;
        m_offsetsKnown = false;
        next();
        return;
    }
    finish(Outcome::Failed, answer);
}

void ImageUpload::finish(Outcome outcome, const SyncAnswer &answer)
{
    if (m_done)
        return;
    m_done = true;
    Result result;
    result.outcome = outcome;
    result.answer = answer;
    m_images.clear(); // the decrypted pictures leave memory as soon as the upload ends
    emit finished(result);
}

} // namespace passerelle::sync
