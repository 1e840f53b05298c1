// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Outbox.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/util/CodeTable.h"
#include "core/util/Fail.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

namespace {

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

constexpr auto kStates = codeTable<OutboxState>({
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Acknowledged, "acknowledged"},
    {OutboxState::Rejected, "rejected"},
});
static_assert(kStates.isWellFormed());

} // namespace

QString outboxStateCode(OutboxState state)
{
    return kStates.code(state);
}

OutboxState outboxStateFromCode(const QString &code)
{
    // "sending" is never stored; anything but a final state reads as queued, to be sent (again).
    const auto state = kStates.fromCode(code);
    return state == OutboxState::Acknowledged || state == OutboxState::Rejected ? *state : OutboxState::Queued;
}

bool Outbox::enqueueInTransaction(QSqlDatabase &db, const QString &sessionId, const QDateTime &nowUtc, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO outbox (session_id, state, queued_utc, updated_utc) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(outboxStateCode(OutboxState::Queued));
    query.addBindValue(iso(nowUtc));
    query.addBindValue(iso(nowUtc));
    if (!query.exec())
        return fail(error, query.lastError().text());
    return true;
}

QList<QUuid> Outbox::queued(const std::optional<QDateTime> &dueBy) const
{
    QList<QUuid> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_id FROM outbox WHERE state = ? AND (? = '' OR next_attempt_utc <= ?)"
                                 " ORDER BY queued_utc, session_id"));
    const QString due = dueBy ? iso(*dueBy) : QStringLiteral("");
    query.addBindValue(outboxStateCode(OutboxState::Queued));
    query.addBindValue(due);
    query.addBindValue(due);
    if (query.exec()) {
        while (query.next())
            ids.append(QUuid::fromString(query.value(0).toString()));
    }
    return ids;
}

std::optional<QDateTime> Outbox::nextAttempt() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(next_attempt_utc) FROM outbox WHERE state = ?"));
    query.addBindValue(outboxStateCode(OutboxState::Queued));
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        const QString text = query.value(0).toString();
        return text.isEmpty() ? QDateTime::fromSecsSinceEpoch(0, Qt::UTC)
                              : QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    return std::nullopt;
}

std::optional<OutboxEntry> Outbox::entry(const QUuid &sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT state, attempts, next_attempt_utc, receipt, last_error FROM outbox WHERE session_id = ?"));
    query.addBindValue(idText(sessionId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return OutboxEntry{sessionId,
                       outboxStateFromCode(query.value(0).toString()),
                       query.value(1).toInt(),
                       QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                       query.value(3).toString(),
                       query.value(4).toString()};
}

QList<OutboxEntry> Outbox::rejected() const
{
    QList<OutboxEntry> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_id FROM outbox WHERE state = ? ORDER BY updated_utc"));
    query.addBindValue(outboxStateCode(OutboxState::Rejected));
    if (!query.exec())
        return list;
    while (query.next()) {
        if (auto e = entry(QUuid::fromString(query.value(0).toString())))
            list.append(*e);
    }
    return list;
}

int Outbox::count(OutboxState state) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    query.addBindValue(outboxStateCode(state));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Outbox::update(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(error, query.lastError().text());
    return query.numRowsAffected() == 1;
}

bool Outbox::markAcknowledged(const QUuid &sessionId, const QString &receipt, const QDateTime &nowUtc, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = ?, receipt = ?, last_error = NULL,"
                                 " updated_utc = ? WHERE session_id = ?"),
                  {outboxStateCode(OutboxState::Acknowledged), receipt, iso(nowUtc), idText(sessionId)}, error);
}

bool Outbox::markAcknowledged(const QList<QPair<QUuid, QString>> &receipts, const QDateTime &nowUtc, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    for (const auto &[id, receipt] : receipts) {
        QString stepError;
        if (!markAcknowledged(id, receipt, nowUtc, &stepError) && !stepError.isEmpty())
            return fail(error, stepError);
    }
    return transaction.commit(error);
}

bool Outbox::markRejected(const QUuid &sessionId, const QString &reason, const QDateTime &nowUtc, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_utc = ?"
                                 " WHERE session_id = ? AND state = ?"),
                  {outboxStateCode(OutboxState::Rejected), reason, iso(nowUtc), idText(sessionId),
                   outboxStateCode(OutboxState::Queued)},
                  error);
}

bool Outbox::markRetry(const QUuid &sessionId, int attempts, const QDateTime &nextAttemptUtc, const QString &reason,
                       const QDateTime &nowUtc, QString *error)
{
    return update(
        QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_utc = ?, last_error = ?, updated_utc = ?"
                       " WHERE session_id = ? AND state = ?"),
        {attempts, iso(nextAttemptUtc), reason, iso(nowUtc), idText(sessionId), outboxStateCode(OutboxState::Queued)},
        error);
}

bool Outbox::requeue(const QUuid &sessionId, const QDateTime &nowUtc, QString *error)
{
    return update(
        QStringLiteral("UPDATE outbox SET state = ?, attempts = 0, next_attempt_utc = '',"
                       " updated_utc = ? WHERE session_id = ? AND state = ?"),
        {outboxStateCode(OutboxState::Queued), iso(nowUtc), idText(sessionId), outboxStateCode(OutboxState::Rejected)},
        error);
}

OutboxUpload Outbox::upload(const QUuid &sessionId) const
{
    OutboxUpload result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_receipt FROM outbox WHERE session_id = ?"));
    query.addBindValue(idText(sessionId));
    if (query.exec() && query.next())
        result.sessionReceipt = query.value(0).toString();
    query.prepare(QStringLiteral("SELECT part, kind, size, sha256, confirmed_offset, completed_utc FROM outbox_parts"
                                 " WHERE session_id = ? ORDER BY part"));
    query.addBindValue(idText(sessionId));
    if (query.exec()) {
        while (query.next()) {
            result.parts.append({{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                                  query.value(3).toString()},
                                 query.value(4).toLongLong(),
                                 !query.value(5).isNull()});
        }
    }
    return result;
}

bool Outbox::declareParts(const QUuid &sessionId, const QList<sync::PartDeclaration> &parts, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO outbox_parts (session_id, part, kind, size, sha256) VALUES (?, ?, ?, ?, ?)"));
    for (const auto &part : parts) {
        query.addBindValue(idText(sessionId));
        query.addBindValue(part.part);
        query.addBindValue(part.kind);
        query.addBindValue(part.size);
        query.addBindValue(part.sha256);
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return transaction.commit(error);
}

bool Outbox::markSessionStored(const QUuid &sessionId, const QString &receipt, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET session_receipt = ? WHERE session_id = ?"),
                  {receipt, idText(sessionId)}, error);
}

bool Outbox::markPartProgress(const QUuid &sessionId, const QString &part, qint64 confirmedOffset, bool complete,
                              const QDateTime &nowUtc, QString *error)
{
    return update(QStringLiteral("UPDATE outbox_parts SET confirmed_offset = ?, completed_utc = ?"
                                 " WHERE session_id = ? AND part = ?"),
                  {confirmedOffset, complete ? QVariant(iso(nowUtc)) : QVariant(QMetaType::fromType<QString>()),
                   idText(sessionId), part},
                  error);
}

bool Outbox::forgetUploadProgress(const QUuid &sessionId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE outbox_parts SET confirmed_offset = 0, completed_utc = NULL WHERE session_id = ?"));
    query.addBindValue(idText(sessionId));
    if (!query.exec())
        return fail(error, query.lastError().text());
    return update(QStringLiteral("UPDATE outbox SET session_receipt = NULL WHERE session_id = ?"), {idText(sessionId)},
                  error);
}

} // namespace passerelle
