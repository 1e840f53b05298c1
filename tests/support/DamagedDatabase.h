// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace passerelle::test {

/** Which page of a b-tree to damage. */
enum class BtreePage {
    Root,       ///< the root page (for a small index: the whole index)
    MiddleLeaf, ///< the middle one of the leaves under the root (for a table: some rows' own page)
};

/** The page that was overwritten, read from the file's own b-tree before the damage. */
struct DamagedPage
{
    int number = 0;
    bool leaf = false;
    int cells = 0; ///< entries on it: for a table leaf, the rows whose data was lost
};

/**
 * Damages a real SQLite file the way a failing disk does: reads the b-tree of @p name (a table or
 * an index) from the file's own bytes, picks one of its pages and overwrites it with noise. The
 * file must be closed and checkpointed (no WAL). Nullopt when the file or the b-tree is not there.
 */
std::optional<DamagedPage> damageBtreePage(const QString &databaseFile, const QString &name, BtreePage which);

} // namespace passerelle::test
