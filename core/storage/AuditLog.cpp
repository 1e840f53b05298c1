// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/CodeTable.h"
#include "core/util/Fail.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

namespace {
const QString kHeadKey = QStringLiteral("audit_head");

constexpr auto kEvents = codeTable<AuditEvent>({
    {AuditEvent::Created, "created"},
    {AuditEvent::Resumed, "resumed"},
    {AuditEvent::Exported, "exported"},
    {AuditEvent::Printed, "printed"},
    {AuditEvent::Deleted, "deleted"},
    {AuditEvent::Purged, "purged"},
    {AuditEvent::Synced, "synced"},
});
static_assert(kEvents.isWellFormed());
} // namespace

QString auditEventCode(AuditEvent event)
{
    return kEvents.code(event);
}

std::optional<AuditEvent> auditEventFromCode(const QString &code)
{
    return kEvents.fromCode(code);
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts{
        e.prevHash, QString::number(e.seq), e.atUtc.toUTC().toString(Qt::ISODateWithMs), e.event, e.sessionId,
        e.detail};
    // Length-prefixed parts: no way to shift text from one field to the next and keep the hash.
    for (const auto &part : parts) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes + '\n');
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool AuditLog::record(AuditEvent event, const QString &sessionId, const QString &detail, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    if (!appendInTransaction(event, sessionId, detail, error) || !transaction.commit()) {
        if (error && error->isEmpty())
            *error = transaction.error();
        return false;
    }
    return true;
}

bool AuditLog::appendInTransaction(AuditEvent event, const QString &sessionId, const QString &detail, QString *error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    AuditEntry entry;
    entry.prevHash = genesisHash();
    entry.seq = 1;
    if (query.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && query.next()) {
        entry.seq = query.value(0).toLongLong() + 1;
        entry.prevHash = query.value(1).toString();
    }
    entry.atUtc = m_clock.nowUtc().toUTC();
    entry.event = auditEventCode(event);
    // Empty, never NULL: the columns are NOT NULL and the hash treats both alike.
    entry.sessionId = sessionId.isNull() ? QStringLiteral("") : sessionId;
    entry.detail = detail.isNull() ? QStringLiteral("") : detail;
    entry.hash = hashOf(entry);
    query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_utc, event, session_id, detail, prev_hash, hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.atUtc.toString(Qt::ISODateWithMs));
    query.addBindValue(entry.event);
    query.addBindValue(entry.sessionId);
    query.addBindValue(entry.detail);
    query.addBindValue(entry.prevHash);
    query.addBindValue(entry.hash);
    if (!query.exec())
        return fail(error, query.lastError().text());
    return m_database.setMetaValue(kHeadKey, QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash), error);
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT seq, at_utc, event, session_id, detail, prev_hash, hash FROM audit_log ORDER BY seq")))
        return list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                     query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                     query.value(5).toString(), query.value(6).toString()});
    }
    return list;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    for (const auto &entry : entries()) {
        ++result.checked;
        if (entry.seq != expectedSeq || entry.prevHash != prev || hashOf(entry) != entry.hash) {
            result.intact = false;
            result.firstBadSeq = entry.seq;
            return result;
        }
        prev = entry.hash;
        ++expectedSeq;
    }
    // The head kept in meta catches entries cut from the end of the log.
    const QString head = m_database.metaValue(kHeadKey);
    const QString expectedHead =
        result.checked == 0 ? QString() : QStringLiteral("%1:%2").arg(expectedSeq - 1).arg(prev);
    if (head != expectedHead)
        result.intact = false;
    return result;
}

} // namespace passerelle
