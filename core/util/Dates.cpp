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
    return toLongText(date, QLocale());
}

QString toLongText(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    constexpr QChar nbsp(0x00A0);
    const QString year = QString::number(date.year());
    switch (locale.language()) {
    case QLocale::French: {
        // "1er" for the first of the month, the French typographic rule ("le 1er juin").
        const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
        return day + nbsp + QLocale(QLocale::French).monthName(date.month()) + nbsp + year;
    }
    case QLocale::Arabic: {
        // The month names of the Middle East and of most Arabic media, read across the Maghreb too;
        // ar_MA's own (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) are Moroccan only.
        static const char16_t *const months[] = {u"يناير", u"فبراير", u"مارس",   u"أبريل",  u"مايو",   u"يونيو",
                                                 u"يوليو", u"أغسطس",  u"سبتمبر", u"أكتوبر", u"نوفمبر", u"ديسمبر"};
        return QString::number(date.day()) + nbsp + QString::fromUtf16(months[date.month() - 1]) + nbsp + year;
    }
    default:
        return QString::number(date.day()) + nbsp + locale.monthName(date.month()) + nbsp + year;
    }
}

} // namespace passerelle::dates
