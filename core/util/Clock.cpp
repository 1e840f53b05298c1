// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Clock.h"

namespace passerelle {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

} // namespace passerelle
