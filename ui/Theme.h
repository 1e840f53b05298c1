// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace passerelle::ui {

/**
 * Fusion style, a light palette whose text contrast is at least 4.5:1, and sizes for the roles
 * labels carry ("headline", "amount", "heading", "error", "hint"), scaled from the app font.
 */
void applyTheme(QApplication &app);

} // namespace passerelle::ui
