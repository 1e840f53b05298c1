// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseSalvage.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <memory>
#include <optional>

namespace passerelle::cli {

/**
 * The sessions a reading command (export, stats) reads: the folder's own, or, when its file is
 * damaged, every row that can still be read, copied row by row into memory (the folder itself is
 * left as it is).
 */
struct ReadableSessions
{
    bool damaged = false;
    DatabaseSalvage::Report salvage;
    std::unique_ptr<Database> copy;
    std::optional<SessionStore> copyStore;
    SessionStore *store = nullptr;
    Database *database = nullptr; ///< the folder's database, or the in-memory copy when damaged
};

/**
 * Fills @p readable from @p records. @p command names the command in the log. False (with @p error)
 * only when the in-memory copy cannot be made.
 */
bool readSessions(Records &records, const Clock &clock, bool withImages, const char *command,
                  ReadableSessions *readable, QString *error);

} // namespace passerelle::cli
