// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The labels personal fields are sealed under (FieldCipher binds each sealed value to its row id
 * and this label). Written once: a label that drifted between the writer and the reader would make
 * the data unreadable.
 */
namespace passerelle::sealed {

inline QString record()
{
    return QStringLiteral("record");
}
inline QString firstName()
{
    return QStringLiteral("first_name");
}
inline QString lastName()
{
    return QStringLiteral("last_name");
}
/** A completed session's picture (session_images). */
inline QString image(const QString &capture)
{
    return QStringLiteral("image:") + capture;
}
inline QString draftState()
{
    return QStringLiteral("draft_state");
}
/** A draft's picture (draft_images). */
inline QString draftImage(const QString &capture)
{
    return QStringLiteral("draft_image:") + capture;
}

} // namespace passerelle::sealed
