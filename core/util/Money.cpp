// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Money.h"

#include <QLocale>

#include <cmath>

namespace passerelle {

QString formatAmount(double amount, const QString &currency)
{
    const QLocale locale;
    const int precision = std::abs(amount - std::round(amount)) < 0.005 ? 0 : 2;
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
    // Arabic writes the number, then the currency ("150 €", read right to left), as CLDR's Arabic
    // does; Qt's ar_MA (the app's Arabic, with Western digits) puts the symbol first and glued
    // ("€150"), which the bidi algorithm then shows as an English amount.
    if (locale.language() == QLocale::Arabic)
        return locale.toString(amount, 'f', precision) + QChar(0x00A0) + symbol;
    // Qt's French already puts a no-break space before "€"; a currency code ("17 900 XPF") or another
    // locale may bring a plain one, and an amount must never wrap between its number and its unit.
    return locale.toCurrencyString(amount, symbol, precision).replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace passerelle
