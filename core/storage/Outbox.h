// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ImageParts.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

#include <optional>

class QSqlDatabase;

namespace passerelle {

class Database;

/** Where a completed session stands on its way to the server. */
enum class OutboxState {
    Queued,       ///< waiting to be sent (again)
    Sending,      ///< a request is in flight (never stored: a crash leaves it queued)
    Acknowledged, ///< the server holds it; the receipt is kept
    Rejected,     ///< quarantined with the server's reason; retried only by hand
};

QString outboxStateCode(OutboxState state); ///< "queued", "sending", "acknowledged", "rejected"
/** The state stored as @p code; an unknown code (or "sending", never stored) reads as queued. */
OutboxState outboxStateFromCode(const QString &code);

/** One outbox row. */
struct OutboxEntry
{
    QUuid sessionId;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptUtc;
    QString receipt;
    QString lastError; ///< the server's reason (rejected) or the last failure, in plain words
};

/** An image of a queued session, declared when the server asks for images (migration 11). */
struct OutboxPart
{
    sync::PartDeclaration declaration;
    qint64 confirmedOffset = 0; ///< bytes the server last confirmed holding (the server stays the reference)
    bool complete = false;
};

/** How far the image upload of a session went. Its outbox state stays queued until all is done. */
struct OutboxUpload
{
    QString sessionReceipt; ///< set once the server stored the session; its parts may still be uploading
    QList<OutboxPart> parts;
};

/**
 * The transactional outbox in the local database (migration 10): one row per completed session,
 * written in the same transaction as the session (SessionStore::saveCompleted).
 */
class Outbox
{
public:
    explicit Outbox(Database &database)
        : m_database(database)
    {}

    /** Queues @p sessionId inside the caller's open transaction on @p db. */
    static bool enqueueInTransaction(QSqlDatabase &db, const QString &sessionId, const QDateTime &nowUtc,
                                     QString *error);

    /** Queued sessions, oldest first; with @p dueBy set, only those whose backoff has ended. */
    QList<QUuid> queued(const std::optional<QDateTime> &dueBy = std::nullopt) const;
    /** The earliest end of a backoff among queued sessions. */
    std::optional<QDateTime> nextAttempt() const;
    std::optional<OutboxEntry> entry(const QUuid &sessionId) const;
    QList<OutboxEntry> rejected() const;
    int count(OutboxState state) const;

    bool markAcknowledged(const QUuid &sessionId, const QString &receipt, const QDateTime &nowUtc,
                          QString *error = nullptr);
    /** Several acknowledgements in one transaction (one disk sync for a whole batch). */
    bool markAcknowledged(const QList<QPair<QUuid, QString>> &receipts, const QDateTime &nowUtc,
                          QString *error = nullptr);
    bool markRejected(const QUuid &sessionId, const QString &reason, const QDateTime &nowUtc, QString *error = nullptr);
    bool markRetry(const QUuid &sessionId, int attempts, const QDateTime &nextAttemptUtc, const QString &reason,
                   const QDateTime &nowUtc, QString *error = nullptr);
    /** Puts a rejected session back in the queue (after a fix): true when it was rejected. */
    bool requeue(const QUuid &sessionId, const QDateTime &nowUtc, QString *error = nullptr);

    /** Image upload of @p sessionId (migration 11): its declared parts and the session's receipt. */
    OutboxUpload upload(const QUuid &sessionId) const;
    /** Declares the parts sent with the session, once: they are part of its idempotent payload. */
    bool declareParts(const QUuid &sessionId, const QList<sync::PartDeclaration> &parts, QString *error = nullptr);
    /** The server stored the session (receipt) but has not got all of its parts yet. */
    bool markSessionStored(const QUuid &sessionId, const QString &receipt, QString *error = nullptr);
    bool markPartProgress(const QUuid &sessionId, const QString &part, qint64 confirmedOffset, bool complete,
                          const QDateTime &nowUtc, QString *error = nullptr);
    /** The server does not know the session (any more): forget its receipt and offsets, keep the declaration. */
    bool forgetUploadProgress(const QUuid &sessionId, QString *error = nullptr);

private:
    bool update(const QString &sql, const QVariantList &values, QString *error);
    Database &m_database;
};

} // namespace passerelle
