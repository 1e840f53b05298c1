// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace passerelle::dates {

QDate anniversary(QDate birth, int years)
{
    return birth.addYears(years);
}

int ageOn(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    if (anniversary(birth, years) > on)
        --years;
    return years;
}

QDate parseIso(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    // QDate(y, m, d) is invalid for impossible dates such as 2023-02-29 or 2024-13-01.
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString toIso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString toLongText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace passerelle::dates
