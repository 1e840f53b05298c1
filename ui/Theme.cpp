// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include "core/util/CodeTable.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>
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
    // The DSFR's neutral greys and "bleu France" (#000091): white pages, near-black text, blue for
    // what can be done, never grey on grey.
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x16, 0x16, 0x16));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf6, 0xf6));
    p.setColor(QPalette::Text, QColor(0x16, 0x16, 0x16));
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, QColor(0x00, 0x00, 0x91));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x00, 0x91));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0x91));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x59, 0x59, 0x59));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x59, 0x59, 0x59));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x59, 0x59, 0x59));
    return p;
}

TileColours tileColours(ThemeKind kind)
{
    if (kind == ThemeKind::HighContrast)
        return {Qt::black, QColor(0xb0, 0xb0, 0xb0), Qt::white, QColor(0xff, 0xeb, 0x3b), QColor(0xff, 0xeb, 0x3b),
                Qt::black};
    return {Qt::white,
            QColor(0x92, 0x92, 0x92),
            QColor(0x16, 0x16, 0x16),
            QColor(0xe3, 0xe3, 0xfd),
            QColor(0x00, 0x00, 0x91),
            QColor(0x00, 0x00, 0x91)};
}

QStringList themeFontFamilies()
{
    // Marianne, the DSFR's font, is reserved to the State: Noto Sans is the free humanist sans
    // closest to it that also covers Arabic (Noto Sans Arabic).
    QStringList families;
    for (const char *family : {"Noto Sans", "Noto Sans Arabic", "Segoe UI", ".AppleSystemUIFont", "Helvetica Neue"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family)))
            families << QString::fromLatin1(family);
    }
    return families;
}

QString themeStyleSheet(ThemeKind kind, double basePointSize)
{
    const auto pt = [basePointSize](double factor) { return QString::number(basePointSize * factor, 'f', 1); };
    const bool hc = kind == ThemeKind::HighContrast;
    // Colours per theme; each pair of text and background is checked at 4.5:1 by TestModeAccessibility.
    // Colour says one thing each: blue what can be done, green success, orange warning, red an error
    // the user can fix; information in a lighter blue (ux.md); a person's situation stays neutral.
    const QString good = hc ? QStringLiteral("#8ee08e") : QStringLiteral("#18753c");
    const QString later = hc ? QStringLiteral("#ffcc66") : QStringLiteral("#b34000");
    const QString no = hc ? QStringLiteral("#ffffff") : QStringLiteral("#3a3a3a");
    const QString amount = hc ? QStringLiteral("#ffffff") : QStringLiteral("#161616");
    const QString info = hc ? QStringLiteral("#9ecbff") : QStringLiteral("#0063cb");
    const QString error = hc ? QStringLiteral("#ff8a8a") : QStringLiteral("#ce0500");
    const QString hint = hc ? QStringLiteral("#e0e0e0") : QStringLiteral("#3a3a3a");
    const QString focus = hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#0a76f6");
    // The demo's own colour (a deep purple): not the red of an error, nor a status colour.
    const QString bannerBg = hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#5b2a86");
    const QString bannerFg = hc ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    const QString panelBg = hc ? QStringLiteral("#000000") : QStringLiteral("#000091");
    const QString panelFg = QStringLiteral("#ffffff");
    // About the text's height (1 pt is 4/3 px at 96 dpi), never under Fusion's own 14 px.
    // Noto Sans rises a little above its nominal size: 10 % more keeps the box as tall as the letters.
    const int indicatorPx = std::max(14, int(std::ceil(basePointSize * 4.0 / 3.0 * 1.1)));
    // Message lines (MessageLine): the kind's colour on the words and on a bar at their left, as
    // the DSFR's alerts; the icon before the words says the kind without colour.
    const QString messages =
        QStringLiteral("QLabel[message=\"information\"] { color: %1; border-color: %1; }"
                       "QLabel[message=\"success\"] { color: %2; border-color: %2; }"
                       "QLabel[message=\"warning\"] { color: %3; border-color: %3; font-weight: bold; }"
                       "QLabel[message=\"error\"] { color: %4; border-color: %4; font-weight: bold; }"
                       // The long form: Qt draws no border from "border-left" alone.
                       "QLabel[message] { border-width: 0 0 0 4px; border-style: solid; padding-left: 8px; }")
            .arg(info, good, later, error);
    const QString roles =
        QStringLiteral("QLabel[role=\"headline\"] { font-size: %1pt; font-weight: bold; }"
                       "QLabel[role=\"headline\"][status=\"good\"] { color: %4; }"
                       "QLabel[role=\"headline\"][status=\"later\"] { color: %5; }"
                       "QLabel[role=\"headline\"][status=\"no\"] { color: %6; }"
                       "QLabel[role=\"amount\"] { font-size: %2pt; font-weight: bold; color: %7; }"
                       "QLabel[role=\"heading\"] { font-size: %3pt; font-weight: bold; margin-top: 8px; }"
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
                       "QLineEdit:focus, QComboBox:focus { border: 2px solid %10; border-radius: 4px; }"
                       "QCheckBox:focus, QRadioButton:focus, QToolButton:focus { outline: 2px solid %10; }"
                       "QPushButton[role=\"big\"], QPushButton[big=\"true\"] { font-size: %2pt; padding: 10px 24px; }"
                       "QPushButton[role=\"big\"]:focus, QPushButton[big=\"true\"]:focus { border: 3px solid %10; }"
                       // Boxes and round buttons grow with the text (at 200 % a 13 px box is too small to hit).
                       "QCheckBox::indicator, QRadioButton::indicator { width: %17px; height: %17px; }")
            .arg(pt(1.9), pt(1.5), pt(1.15), good, later, no, amount, error, hint)
            .arg(focus, bannerBg, bannerFg, panelBg, panelFg, pt(2.6), pt(5.0))
            .arg(indicatorPx);
    // The wizard's header (SessionWizard): the page's title at 20 px (the DSFR's h4: the header must
    // leave the page its room at 200 %), "Étape 2 sur 6" and the next
    // step in the DSFR stepper's smaller grey, the bar's done and current segments in blue.
    const QString header =
        QStringLiteral("QLabel[role=\"pageTitle\"] { font-size: %1pt; font-weight: bold; }"
                       "QLabel[role=\"stepState\"] { color: %2; font-size: %3pt; }"
                       "QLabel[role=\"stepNext\"] { color: %2; font-size: %3pt; }"
                       "passerelle--ui--StepBar { qproperty-doneColour: %4; qproperty-todoColour: %5; }")
            .arg(pt(1.25), hint, pt(0.875), hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#000091"),
                 hc ? QStringLiteral("#6a6a6a") : QStringLiteral("#dddddd"));
    // Buttons after the DSFR's: the default one (the wizard's Next or Finish) and role "primary"
    // filled blue with white words; the others outlined; at least 44 px high.
    const QString buttonBg = hc ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    const QString buttonFg = hc ? QStringLiteral("#ffffff") : QStringLiteral("#000091");
    const QString primaryBg = hc ? QStringLiteral("#ffeb3b") : QStringLiteral("#000091");
    const QString primaryFg = hc ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    const QString primaryHover = hc ? QStringLiteral("#ffffff") : QStringLiteral("#1212ff");
    const QString disabledBg = hc ? QStringLiteral("#000000") : QStringLiteral("#e5e5e5");
    const QString disabledFg = hc ? QStringLiteral("#b0b0b0") : QStringLiteral("#595959");
    const QString buttons =
        QStringLiteral(
            // 44 px high from the padding around 16 px text; no min-height, which would let a crowded
            // layout squeeze the button below its words.
            "QPushButton { background: %1; color: %2; border: 1px solid %2; border-radius: 4px;"
            " padding: 10px 20px; }"
            "QPushButton:hover { background: %9; }"
            // Not bold: Qt sizes a button for its plain state, and bold words would be cut.
            "QPushButton:default, QPushButton[role=\"primary\"] { background: %3; color: %4; border: 1px solid %3; }"
            "QPushButton:default:hover, QPushButton[role=\"primary\"]:hover { background: %5; color: %4; }"
            "QPushButton:disabled { background: %6; color: %7; border: 1px solid %6; }"
            "QPushButton:focus { border: 3px solid %8; padding: 8px 18px; }")
            .arg(buttonBg, buttonFg, primaryBg, primaryFg, primaryHover, disabledBg, disabledFg, focus,
                 hc ? QStringLiteral("#333333") : QStringLiteral("#f5f5fe"));
    // Interest tiles (ChoiceTile): the frame is 1 px grey unselected, 3 px blue selected (the
    // padding makes up the difference: nothing moves); a tick before the word, bold.
    const TileColours t = tileColours(kind);
    const QString tiles =
        QStringLiteral("QToolButton[role=\"tile\"] { background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 8px; padding: 10px; }"
                       "QToolButton[role=\"tile\"]:checked { background: %4; color: %5; border: 3px solid %6;"
                       " padding: 8px; font-weight: bold; }"
                       "QToolButton[role=\"tile\"]:focus { border: 3px dashed %7; padding: 8px; }"
                       "QToolButton[role=\"tile\"]:checked:focus { border: 3px dashed %6; }")
            .arg(t.fill.name(), t.text.name(), t.border.name(), t.selectedFill.name(), t.selectedText.name(),
                 t.selectedBorder.name(), focus);
    // Scroll bars one can see and hit: a dark handle on a light groove, 14 px wide.
    const QString scroll =
        QStringLiteral(
            "QScrollBar:vertical { background: %1; width: 14px; margin: 0; }"
            "QScrollBar:horizontal { background: %1; height: 14px; margin: 0; }"
            "QScrollBar::handle:vertical { background: %2; min-height: 48px; border-radius: 6px; margin: 2px; }"
            "QScrollBar::handle:horizontal { background: %2; min-width: 48px; border-radius: 6px; margin: 2px; }"
            "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
            "QScrollBar::add-page, QScrollBar::sub-page { background: none; }")
            .arg(hc ? QStringLiteral("#333333") : QStringLiteral("#eeeeee"),
                 hc ? QStringLiteral("#ffffff") : QStringLiteral("#666666"));
    return messages + roles + header + buttons + tiles + scroll;
}

namespace {

/** Fusion with the DSFR's spacing on an 8 px grid: 16 px at the sides, 8 px between lines of a form. */
class SpacedStyle : public QProxyStyle
{
public:
    SpacedStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        switch (metric) {
        case PM_LayoutLeftMargin:
        case PM_LayoutRightMargin:
            return 16;
        case PM_LayoutTopMargin:
        case PM_LayoutBottomMargin:
            return 8;
        case PM_LayoutVerticalSpacing:
            return 8;
        case PM_LayoutHorizontalSpacing:
            return 12;
        default:
            return QProxyStyle::pixelMetric(metric, option, widget);
        }
    }
    int layoutSpacing(QSizePolicy::ControlType, QSizePolicy::ControlType, Qt::Orientation orientation,
                      const QStyleOption *, const QWidget *) const override
    {
        return orientation == Qt::Vertical ? 8 : 12;
    }
};

} // namespace

void applyTheme(QApplication &app, const ThemeOptions &options)
{
    // One style for the life of the application: replacing it deletes the old one, and widgets
    // that carry a style sheet of their own (the demo's panel) still pointed at it, so restyling
    // with such a window open crashed inside QApplication::setStyleSheet.
    static QPointer<SpacedStyle> style;
    if (!style) {
        style = new SpacedStyle;
        app.setStyle(style);
    }
    app.setPalette(themePalette(options.kind));
    // 16 px at 100 %, whatever the platform's own size (Windows says 9 pt, GNOME 11 pt).
    const double base = kBasePointSize * options.textScale;
    QFont font = app.font();
    if (const QStringList families = themeFontFamilies(); !families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(base);
    app.setFont(font);
    app.setStyleSheet(themeStyleSheet(options.kind, base));
}

} // namespace passerelle::ui
