// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/Draft.h"

#include <optional>

namespace passerelle {

class Clock;
class Database;

/**
 * Drafts in the database. Each save replaces the draft and its images in one transaction, so a
 * crash leaves either the previous save or this one. Drafts hold personal data: without a data
 * key they cannot be stored (canStore() is false and save() refuses).
 */
class DraftStore
{
public:
    /** @p clock is required: every stamp the store writes comes from it (tests fix it). */
    DraftStore(Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {}

    bool canStore() const;
    bool save(const Draft &draft, QString *error);
    /** The most recently saved draft, for the resume prompt. */
    std::optional<DraftInfo> latest() const;
    std::optional<Draft> load(const QUuid &id, QString *error = nullptr) const;
    /** Logs that the counselor resumed the draft. */
    bool markResumed(const QUuid &id, QString *error = nullptr);
    bool discard(const QUuid &id, QString *error = nullptr);
    int count() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace passerelle
