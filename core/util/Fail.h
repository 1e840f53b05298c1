// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * The one way a function says why it failed: sets *@p error (when the caller asked for it) to
 * @p message and returns false, so a failure is one line: `return fail(error, query.lastError().text());`.
 */
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/**
 * The same for a function that returns a value rather than a bool: sets *@p error (when asked for)
 * to @p message and returns @p nothing, the function's "no result" (std::nullopt, QDate(),
 * nullptr, an empty list, a failed outcome), so that this too is one line:
 * `return fail(error, QStringLiteral("must be an array"), std::nullopt);`.
 */
template <typename Nothing> Nothing fail(QString *error, const QString &message, Nothing nothing)
{
    fail(error, message);
    return nothing;
}

} // namespace passerelle
