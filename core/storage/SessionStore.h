// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityResult.h"
#include "core/session/SessionExtras.h"
#include "core/session/SessionRecord.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace passerelle {

class Clock;
class Database;
enum class OutboxState;

/** A line of the history: what can be shown without opening the whole record. */
struct SessionSummary
{
    QUuid id;
    QDateTime completedUtc;
    std::optional<EligibilityStatus> status; ///< null for a stored code this version does not know
    int age = 0;
    QString rulesetId;
    QString firstName;              ///< empty when not given, purged, or without a data key
    bool personalAvailable = false; ///< the record's personal data can be opened
    int imageCount = 0;
    std::optional<OutboxState> syncState; ///< where it stands in the outbox; null if never queued
    QString syncDetail; ///< the server's receipt (acknowledged) or its reason (rejected, or the last failure)
};

/**
 * Completed sessions in the local database. Records are written once and never changed (only
 * purged by retention or erased on request). Personal data (the record, names, images) is sealed
 * with the database's cipher; without one ("no personal data" mode) only statistics are stored.
 * Every change is logged in the audit log in the same transaction.
 */
class SessionStore
{
public:
    /** @p clock is required: every stamp the store writes comes from it (tests fix it). */
    SessionStore(Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {}

    bool personalDataEnabled() const;
    /** The database the sessions live in (for the statistics export). */
    Database &database() const { return m_database; }

    /** Stores @p record in one transaction; refuses an id already stored. Drops the draft of that id. */
    bool saveCompleted(const SessionRecord &record, QString *error);
    bool saveCompleted(const SessionRecord &record, const SessionExtras &extras, QString *error);

    /** The full record; fails when its personal data was purged or cannot be opened. */
    std::optional<SessionRecord> load(const QUuid &id, QString *error = nullptr) const;
    /** Names, categories, outcomes and images (personal parts empty when not available). */
    std::optional<SessionExtras> loadExtras(const QUuid &id, QString *error = nullptr) const;
    /** Whether pictures of the session are stored (without opening them). */
    bool hasImages(const QUuid &id) const;

    int count() const;
    /**
     * Newest first. A failed or interrupted read (a damaged page) is never a short list in
     * silence: @p error gets SQLite's text, and the rows read before it are returned.
     */
    QList<SessionSummary> page(int offset, int limit, QString *error = nullptr) const;

    /** Right to erasure: removes the session and its images; logged. */
    bool erase(const QUuid &id, QString *error);
    /** The counselor confirmed the images were uploaded: they are deleted now; logged. */
    bool confirmUploaded(const QUuid &id, QString *error);

    /** Seals records written in clear by schema 1; returns how many, -1 on error. */
    int sealLegacyRecords(QString *error);

private:
    QDateTime now() const;
    Database &m_database;
    const Clock &m_clock;
};

} // namespace passerelle
