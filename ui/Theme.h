// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace passerelle::ui {

/** The light theme, and a high-contrast one (white on black, yellow focus). */
enum class ThemeKind { Standard, HighContrast };

QString themeCode(ThemeKind kind); ///< "standard", "high-contrast"
std::optional<ThemeKind> themeFromCode(const QString &code);
QList<ThemeKind> allThemes();

struct ThemeOptions
{
    ThemeKind kind = ThemeKind::Standard;
    double textScale = 1.0; ///< 1.0 to 2.0: text at 200 % for low vision, 1.5 for presenting
};

/** The palette of @p kind; every text colour on its background is at least 4.5:1. */
QPalette themePalette(ThemeKind kind);
/** Sizes and colours for the roles labels carry ("headline", "amount", "heading", "error", "hint",
    "banner", "panel", "panelTitle", "panelText", "countdown") and for message lines' kinds
    (MessageLine), from @p basePointSize. */
QString themeStyleSheet(ThemeKind kind, double basePointSize);

/** Fusion style, the palette and style sheet of @p options.kind, and the app font scaled. */
void applyTheme(QApplication &app, const ThemeOptions &options = {});

} // namespace passerelle::ui
