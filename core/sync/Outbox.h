// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

#include <optional>

class QSqlDatabase;

namespace passerelle {
class Database;
}

namespace passerelle::sync {

/** Where a completed session stands on its way to the server. */
enum class OutboxState {
    Queued,       ///< waiting to be sent (again)
    Sending,      ///< a request is in flight (never stored: a crash leaves it queued)
    Acknowledged, ///< the server holds it; the receipt is kept
    Rejected,     ///< quarantined with the server's reason; retried only by hand
};

QString outboxStateCode(OutboxState state); ///< "queued", "sending", "acknowledged", "rejected"

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

/**
 * The transactional outbox in the local database (migration 10): one row per completed session,
 * written in the same transaction as the session (SessionStore::saveCompleted).
 */
class Outbox
{
public:
    explicit Outbox(Database &database) : m_database(database) {}

    /** Queues @p sessionId inside the caller's open transaction on @p db. */
    static bool enqueueInTransaction(QSqlDatabase &db, const QString &sessionId, const QDateTime &nowUtc, QString *error);

    /** Queued sessions, oldest first; with @p dueBy set, only those whose backoff has ended. */
    QList<QUuid> queued(const std::optional<QDateTime> &dueBy = std::nullopt) const;
    /** The earliest end of a backoff among queued sessions. */
    std::optional<QDateTime> nextAttempt() const;
    std::optional<OutboxEntry> entry(const QUuid &sessionId) const;
    QList<OutboxEntry> rejected() const;
    int count(OutboxState state) const;

    bool markAcknowledged(const QUuid &sessionId, const QString &receipt, const QDateTime &nowUtc, QString *error = nullptr);
    /** Several acknowledgements in one transaction (one disk sync for a whole batch). */
    bool markAcknowledged(const QList<QPair<QUuid, QString>> &receipts, const QDateTime &nowUtc, QString *error = nullptr);
    bool markRejected(const QUuid &sessionId, const QString &reason, const QDateTime &nowUtc, QString *error = nullptr);
    bool markRetry(const QUuid &sessionId, int attempts, const QDateTime &nextAttemptUtc, const QString &reason,
                   const QDateTime &nowUtc, QString *error = nullptr);
    /** Puts a rejected session back in the queue (after a fix): true when it was rejected. */
    bool requeue(const QUuid &sessionId, const QDateTime &nowUtc, QString *error = nullptr);

private:
    bool update(const QString &sql, const QVariantList &values, QString *error);
    Database &m_database;
};

} // namespace passerelle::sync
