// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFont;

namespace passerelle::ui {

/**
 * The kiosk's base text size in pixels: the app's text (its text scale included: the kiosk's
 * default scale is 150 %, ModeRules), never under 18 px, for a screen read standing up.
 */
int kioskBasePixels(const QFont &appFont);

/**
 * The kiosk's own style, set on its window over the app's theme: text of @p basePx and up, touch
 * targets (one filled primary button, outlined secondary ones, big answers and keys), a 3 px focus
 * ring. Colours come from the palette, so the standard and high-contrast themes both apply.
 */
QString kioskStyleSheet(int basePx);

} // namespace passerelle::ui
