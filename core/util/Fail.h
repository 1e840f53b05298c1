// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * The one way a store says why it failed: sets *@p error (when the caller asked for it) to
 * @p message and returns false, so a failure is one line: `return fail(error, query.lastError().text());`.
 */
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace passerelle
