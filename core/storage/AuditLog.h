// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

class Clock;
class Database;

/** What happened to a record. The codes are stored: never rename one. */
enum class AuditEvent { Created, Resumed, Exported, Printed, Deleted, Purged, Synced };
QString auditEventCode(AuditEvent event); ///< "created", "resumed", ...
std::optional<AuditEvent> auditEventFromCode(const QString &code);

/** One line of the audit log. Details hold counts and codes, never personal data. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime atUtc;
    QString event; ///< the stored code, as hashed (auditEventCode)
    QString sessionId;
    QString detail;
    QString prevHash;
    QString hash;

    /** What happened; null for a code this version does not know. */
    std::optional<AuditEvent> kind() const { return auditEventFromCode(event); }
};

/**
 * The audit log in the database. Each entry's hash covers its content and the previous entry's
 * hash, and the newest hash is also kept in the meta table, so an edited, removed or inserted
 * entry breaks the chain and verify() finds it.
 */
class AuditLog
{
public:
    /** @p clock is required: every stamp the store writes comes from it (tests fix it). */
    AuditLog(Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {}

    /** Appends in its own transaction. */
    bool record(AuditEvent event, const QString &sessionId, const QString &detail, QString *error = nullptr);
    /** Appends inside the transaction the caller has open (so the entry commits with the change it logs). */
    bool appendInTransaction(AuditEvent event, const QString &sessionId, const QString &detail,
                             QString *error = nullptr);

    /** Oldest first. */
    QList<AuditEntry> entries() const;

    struct Verification
    {
        bool intact = true;
        qint64 firstBadSeq = 0; ///< the first entry that does not match (0 when the tail was cut)
        int checked = 0;
    };
    Verification verify() const;

    static QString genesisHash();

private:
    static QString hashOf(const AuditEntry &entry);
    Database &m_database;
    const Clock &m_clock;
};

} // namespace passerelle
