// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskStyle.h"

#include <QFontInfo>

#include <algorithm>
#include <cmath>

namespace passerelle::ui {

int kioskBasePixels(const QFont &appFont)
{
    return std::max(18, QFontInfo(appFont).pixelSize());
}

QString kioskStyleSheet(int basePx)
{
    const auto px = [basePx](double factor) { return QString::number(int(std::lround(basePx * factor))); };
    return QStringLiteral(
               "QWidget { font-size: %1px; }"
               "QLabel[role=\"stepCount\"] { font-size: %1px; font-weight: bold; }"
               "QLabel[role=\"pageTitle\"] { font-size: %2px; font-weight: bold; }"
               "QLabel[role=\"question\"] { font-size: %3px; }"
               "QLabel[role=\"headline\"] { font-size: %4px; font-weight: bold; }"
               "QLabel[role=\"amount\"] { font-size: %3px; font-weight: bold; }"
               "QLabel[role=\"heading\"] { font-size: %3px; font-weight: bold; }"
               "QLabel[role=\"panelTitle\"] { font-size: %5px; font-weight: bold; }"
               "QLabel[role=\"panelText\"] { font-size: %3px; }"
               "QLabel[role=\"countdown\"] { font-size: %6px; font-weight: bold; }"
               "QPushButton, QToolButton { padding: 8px 20px; border-radius: 6px; }"
               "QPushButton[role=\"primary\"], QPushButton[role=\"big\"] { background: palette(highlight); "
               "color: palette(highlighted-text); border: 2px solid palette(highlight); font-weight: bold; }"
               "QPushButton[role=\"primary\"]:disabled { background: palette(button); color: palette(text); "
               "border: 2px dashed palette(text); }"
               "QPushButton[role=\"secondary\"], QPushButton[role=\"choice\"], QPushButton[role=\"dateField\"], "
               "QPushButton[role=\"padKey\"], QPushButton[role=\"language\"] { background: palette(base); "
               "color: palette(text); border: 2px solid palette(highlight); }"
               "QPushButton[role=\"padKey\"] { font-size: %3px; font-weight: bold; }"
               "QPushButton[role=\"choice\"]:checked, QPushButton[role=\"dateField\"]:checked, "
               "QPushButton[role=\"language\"]:checked, QToolButton[role=\"tile\"]:checked "
               "{ border: 5px solid palette(highlight); }"
               "QPushButton:focus, QToolButton:focus { outline: 3px solid palette(highlight); }"
               "QPushButton[role=\"primary\"]:focus, QPushButton[role=\"big\"]:focus "
               "{ border: 3px solid palette(text); }"
               // On the blue panels (attract, countdown, leaving): light buttons, the panel's text colour.
               "QWidget[role=\"panel\"] QPushButton[role=\"big\"] { background: palette(base); color: palette(text); "
               "border: 3px solid palette(base); }"
               "QWidget[role=\"panel\"] QPushButton[role=\"big\"]:focus { border: 3px solid palette(highlight); "
               "outline: 3px solid palette(base); }"
               "QWidget[role=\"panel\"] QPushButton[role=\"language\"], QWidget[role=\"panel\"] "
               "QPushButton[role=\"secondary\"] { background: transparent; color: white; border: 2px solid white; }"
               "QWidget[role=\"panel\"] QPushButton[role=\"language\"]:checked { border: 5px solid white; }")
        .arg(px(1.0), px(1.6), px(1.3), px(1.8), px(1.9), px(4.0));
}

} // namespace passerelle::ui
