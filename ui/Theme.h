// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

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

/**
 * The colours an interest tile (ChoiceTile) takes in each state, after the DSFR's "tuile" and
 * "radio riche": unselected a white card with a grey frame; selected a blue-tinted card with a
 * thick blue frame and a tick. The selected frame contrasts at least 3:1 with the unselected one
 * and with the page; every text at least 4.5:1 on its fill (TestThemeIdentity renders and checks).
 */
struct TileColours
{
    QColor fill, border, text;                         ///< unselected
    QColor selectedFill, selectedBorder, selectedText; ///< selected
};
TileColours tileColours(ThemeKind kind);

/** The base text size in points (16 px at 96 dpi, the DSFR's body text) before the text scale. */
constexpr double kBasePointSize = 12.0;

/**
 * The font families the app asks for, in order: Noto Sans (Debian's fonts-noto-core, shipped with
 * the Linux package; Noto Sans Arabic for Arabic), else Segoe UI (Windows), else the system's UI
 * font (macOS). Only the families installed on this machine; empty when none is, and the app then
 * keeps the platform's font.
 */
QStringList themeFontFamilies();

/** The palette of @p kind; every text colour on its background is at least 4.5:1. */
QPalette themePalette(ThemeKind kind);
/** Sizes and colours for the roles labels carry ("headline", "amount", "heading", "error", "hint",
    "banner", "panel", "panelTitle", "panelText", "countdown", and the wizard header's "pageTitle",
    "stepState", "stepNext", "subTitle"), for message lines' kinds (MessageLine), for buttons (the
    default button filled, "primary" filled, others outlined), interest tiles (role "tile") and
    scroll bars, from @p basePointSize. */
QString themeStyleSheet(ThemeKind kind, double basePointSize);

/**
 * Fusion style with the DSFR's spacing (8 px grid: 16 px margins, 12 px between controls), the
 * palette and style sheet of @p options.kind, and the app font (themeFontFamilies(), 16 px base)
 * scaled by @p options.textScale.
 */
void applyTheme(QApplication &app, const ThemeOptions &options = {});

} // namespace passerelle::ui
