// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionRecord.h"

#include <QList>

#include <optional>

namespace passerelle {

class Database;

/** A line of the history: what can be shown without opening the whole record. */
struct SessionSummary
{
    QUuid id;
    QDateTime completedUtc;
    QString status;
    int age = 0;
    QString rulesetId;
};

/** Completed sessions in the local database. Records are written once and never changed. */
class SessionStore
{
public:
    explicit SessionStore(Database &database) : m_database(database) {}

    /** Stores @p record in one transaction; refuses an id already stored. */
    bool saveCompleted(const SessionRecord &record, QString *error);
    std::optional<SessionRecord> load(const QUuid &id, QString *error = nullptr) const;
    int count() const;
    /** Newest first. */
    QList<SessionSummary> page(int offset, int limit) const;

private:
    Database &m_database;
};

} // namespace passerelle
