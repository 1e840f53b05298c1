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
    return locale.toCurrencyString(amount, symbol, precision);
}

} // namespace passerelle
