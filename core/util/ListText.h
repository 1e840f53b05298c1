// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace passerelle {

/**
 * @p items as one list for people to read in the default locale's language: "Livres, Cinéma" in
 * French and English, "الكتب، السينما" with the Arabic comma (U+060C) in Arabic (QLocale's own
 * list joins Arabic items with "و" and no comma at all).
 */
QString listText(const QStringList &items);
/** listText() in @p locale's language. */
QString listText(const QStringList &items, const QLocale &locale);

} // namespace passerelle
