// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/offers/SummaryDocument.h"

namespace passerelle::ui {

/**
 * The Mission Locale's name and contact printed on the take-home summary, kept in the app's
 * QSettings ("site/name", "site/contact"). Empty until someone fills them in.
 */
SummarySettings siteSettings();
void setSiteSettings(const SummarySettings &settings);

} // namespace passerelle::ui
