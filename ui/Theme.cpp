// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include "core/util/CodeTable.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace passerelle::ui {

namespace {
constexpr auto kThemes = codeTable<ThemeKind>({
    {ThemeKind::Standard, "standard"},
    {ThemeKind::HighContrast, "high-contrast"},
});
static_assert(kThemes.isWellFormed());
} // namespace

QString themeCode(ThemeKind kind)
{
    return kThemes.code(kind);
}

std::optional<ThemeKind> themeFromCode(const QString &code)
{
    return kThemes.fromCode(code);
}

QList<ThemeKind> allThemes()
{
    return kThemes.values();
}

QPalette themePalette(ThemeKind kind)
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    if (kind == ThemeKind::HighContrast) {
        // White on black, yellow focus and selection: the usual high-contrast convention.
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Window, Qt::black);
            p.setColor(group, QPalette::WindowText, Qt::white);
            p.setColor(group, QPalette::Base, Qt::black);
            p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
            p.setColor(group, QPalette::Text, Qt::white);
            p.setColor(group, QPalette::Button, Qt::black);
            p.setColor(group, QPalette::ButtonText, Qt::white);
            p.setColor(group, QPalette::Highlight, QColor(0xff, 0xeb, 0x3b));
            p.setColor(group, QPalette::HighlightedText, Qt::black);
            p.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
            p.setColor(group, QPalette::ToolTipBase, Qt::black);
            p.setColor(group, QPalette::ToolTipText, Qt::white);
            p.setColor(group, QPalette::Link, QColor(0x9e, 0xcb, 0xff));
        }
        // Disabled text stays readable (a disabled Next button must still say "Next").
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xb0, 0xb0, 0xb0));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xb0, 0xb0, 0xb0));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xb0, 0xb0, 0xb0));
        p.setColor(QPalette::Disabled, QPalette::Button, Qt::black);
        p.setColor(QPalette::Disabled, QPalette::Window, Qt::black);
        p.setColor(QPalette::Disabled, QPalette::Base, Qt::black);
        return p;
    }
    p.setColor(QPalette::Window, QColor(0xf7, 0xf7, 0xf5));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Button, QColor(0xec, 0xec, 0xe8));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0x0b, 0x4f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    return p;
}

QString themeStyleSheet(ThemeKind kind, double basePointSize)
{
    const auto pt = [basePointSize](double factor) { return QString::number(basePointSize * factor, 'f', 1); };
    const bool hc = kind == ThemeKind::HighContrast;
    // Colours per theme; each pair of text and background is checked at 4.5:1 by TestThemeContrast.
    const QString good = hc ? QStringLiteral("#8ee08e") : QStringLiteral("#1b5e20");
    const QString later = hc ? QStringLiteral("#ffcc66") : QStringLiteral("#7a4100");
    const QString no = hc ? QStringLiteral("#ff9e9e") : QStringLiteral("#8b1a1a");
    const QString amount = hc ? QStringLiteral("#9ecbff") : QStringLiteral("#0b3d91");
    const QString error = hc ? QStringLiteral("#ff8a8a") : QStringLiteral("#9b0000");
    const QString hint = hc ? QStringLiteral("#e0e0e0") : QStringLiteral("#3d3d3d");
    const QString focus = hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#0b4fa8");
    // The demo's own colour (a deep purple): not the red of an error, nor a status colour.
    const QString bannerBg = hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#5b2a86");
    const QString bannerFg = hc ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    const QString panelBg = hc ? QStringLiteral("#000000") : QStringLiteral("#0b3d91");
    const QString panelFg = hc ? QStringLiteral("#ffffff") : QStringLiteral("#ffffff");
    // About the text's height (1 pt is 4/3 px at 96 dpi), never under Fusion's own 14 px.
    const int indicatorPx = std::max(14, int(std::lround(basePointSize * 4.0 / 3.0)));
    // Message lines (MessageLine): the kind's colour on the words and on a bar at their left, as
    // the DSFR's alerts; the icon before the words says the kind without colour.
    const QString messages =
        QStringLiteral("QLabel[message=\"information\"] { color: %1; border-color: %1; }"
                       "QLabel[message=\"success\"] { color: %2; border-color: %2; }"
                       "QLabel[message=\"warning\"] { color: %3; border-color: %3; font-weight: bold; }"
                       "QLabel[message=\"error\"] { color: %4; border-color: %4; font-weight: bold; }"
                       // The long form: Qt draws no border from "border-left" alone.
                       "QLabel[message] { border-width: 0 0 0 4px; border-style: solid; padding-left: 8px; }")
            .arg(amount, good, later, error);
    return messages +
           QStringLiteral(
               "QLabel[role=\"headline\"] { font-size: %1pt; font-weight: bold; }"
               "QLabel[role=\"headline\"][status=\"good\"] { color: %4; }"
               "QLabel[role=\"headline\"][status=\"later\"] { color: %5; }"
               "QLabel[role=\"headline\"][status=\"no\"] { color: %6; }"
               "QLabel[role=\"amount\"] { font-size: %2pt; font-weight: bold; color: %7; }"
               "QLabel[role=\"heading\"] { font-size: %3pt; font-weight: bold; margin-top: 6px; }"
               "QLabel[role=\"error\"] { color: %8; font-weight: bold; }"
               "QLabel[role=\"hint\"] { color: %9; }"
               // The demo banner and the kiosk's big screens (attract, countdown).
               "QLabel[role=\"banner\"] { background: %11; color: %12; font-weight: bold; padding: 4px 12px; }"
               "QWidget[role=\"demoPanel\"] { background: %11; border-bottom: 2px solid %12; }"
               "QWidget[role=\"panel\"] { background: %13; }"
               "QLabel[role=\"panelTitle\"] { color: %14; font-size: %15pt; font-weight: bold; }"
               "QLabel[role=\"panelText\"] { color: %14; font-size: %2pt; }"
               "QLabel[role=\"countdown\"] { color: %14; font-size: %16pt; font-weight: bold; }"
               // Focus always visible, whatever the style draws.
               "QLineEdit:focus, QComboBox:focus { border: 2px solid %10; border-radius: 3px; }"
               "QPushButton:focus, QCheckBox:focus, QRadioButton:focus, QToolButton:focus { outline: 2px solid %10; }"
               "QPushButton[role=\"big\"] { font-size: %2pt; padding: 10px 24px; }"
               "QPushButton[role=\"big\"]:focus { border: 3px solid %10; }"
               // Boxes and round buttons grow with the text (at 200 % a 13 px box is too small to hit).
               "QCheckBox::indicator, QRadioButton::indicator { width: %17px; height: %17px; }")
               .arg(pt(1.9), pt(1.5), pt(1.15), good, later, no, amount, error, hint)
               .arg(focus, bannerBg, bannerFg, panelBg, panelFg, pt(2.6), pt(5.0))
               .arg(indicatorPx);
}

void applyTheme(QApplication &app, const ThemeOptions &options)
{
    // The font the platform gave, kept once: applying a theme again must not scale twice.
    static const double platformPoint = app.font().pointSizeF() > 0 ? app.font().pointSizeF() : 10.0;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(themePalette(options.kind));
    const double base = platformPoint * options.textScale;
    QFont font = app.font();
    font.setPointSizeF(base);
    app.setFont(font);
    app.setStyleSheet(themeStyleSheet(options.kind, base));
}

} // namespace passerelle::ui
