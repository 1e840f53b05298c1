// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * "150 €" (French and Arabic), "€150" (English), "17 900 XPF": whole amounts without decimals, in the
 * default locale, with no-break spaces only (U+00A0 or U+202F): an amount never wraps.
 */
QString formatAmount(double amount, const QString &currency);

} // namespace passerelle
