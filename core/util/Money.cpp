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
    // Qt's French already puts a no-break space before "€"; a currency code ("17 900 XPF") or another
    // locale may bring a plain one, and an amount must never wrap between its number and its unit.
    return locale.toCurrencyString(amount, symbol, precision).replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace passerelle
