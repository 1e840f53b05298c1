// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Outbox.h"
#include "core/sync/SyncRequest.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class QNetworkAccessManager;

namespace passerelle {
class Clock;
}

namespace passerelle::sync {

/**
 * Uploads the declared image parts of one stored session, chunk by chunk, resuming from the
 * offset the server reports: PATCH /api/v1/sessions/{id}/parts/{part} with Upload-Offset, and
 * GET /api/v1/sessions/{id} to learn the offsets (at the start after a restart, and after a
 * failure that followed some progress). The images are the decrypted bytes, in memory only.
 * Each confirmed offset is written to the outbox. Finishes once, with what happened.
 */
class ImageUpload : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl server;      ///< the server's base address
        QByteArray token; ///< the device token
        qint64 chunkBytes = 256 * 1024;
        int timeoutMs = 30000;
    };

    enum class Outcome {
        Complete,       ///< the server says every part of the session is complete
        Failed,         ///< the last answer (error, status, body) decides, as for a session POST
        HashMismatch,   ///< the server found another SHA-256 and reset the part: send again later
        BadAnswer,      ///< answers that make no progress or make no sense: try again later
        SessionUnknown, ///< the server does not know this session (for this device)
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        SyncAnswer answer; ///< the last answer (empty when the outcome needs none)
    };

    ImageUpload(QNetworkAccessManager &network, Outbox &outbox, const Clock &clock, Settings settings,
                const QUuid &sessionId, QList<OutboxPart> parts, QMap<QString, QByteArray> images,
                QObject *parent = nullptr);
    /** Aborts the request in flight without finishing (the owner is going away). */
    ~ImageUpload() override;

    /** Starts from the parts' offsets when @p offsetsKnown (just told by the server), else asks first. */
    void start(bool offsetsKnown);
    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void progress(const QUuid &sessionId, const QString &part, qint64 offset, qint64 size);
    void finished(const passerelle::sync::ImageUpload::Result &result);

private:
    void next();
    void askOffsets();
    void sendChunk(OutboxPart &part);
    void onSessionReply(const SyncAnswer &answer);
    void onChunkReply(const SyncAnswer &answer, const QString &partId, qint64 sentOffset);
    void failed(const SyncAnswer &answer);
    void finish(Outcome outcome, const SyncAnswer &answer = {});
    bool takeOffset(OutboxPart &part, const QJsonObject &json, const QByteArray &offsetHeader);
    void track(SyncRequest *request);

    QNetworkAccessManager &m_network;
    Outbox &m_outbox;
    const Clock &m_clock;
    Settings m_settings;
    QUuid m_id;
    QList<OutboxPart> m_parts;
    QMap<QString, QByteArray> m_images;
    QPointer<SyncRequest> m_request; ///< the one in flight
    bool m_offsetsKnown = false;
    bool m_progressSinceFailure = false;
    bool m_done = false;
    int m_resyncs = 0;
    int m_stalls = 0; ///< answers in a row that moved nothing
    qint64 m_bytesSent = 0;
};

} // namespace passerelle::sync

Q_DECLARE_METATYPE(passerelle::sync::ImageUpload::Result)
