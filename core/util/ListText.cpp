// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ListText.h"

namespace passerelle {

QString listText(const QStringList &items)
{
    return listText(items, QLocale());
}

QString listText(const QStringList &items, const QLocale &locale)
{
    return items.join(locale.language() == QLocale::Arabic ? QStringLiteral("\u060C ") : QStringLiteral(", "));
}

} // namespace passerelle
