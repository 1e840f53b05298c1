// SPDX-License-Identifier: GPL-3.0-or-later
// Every screen of every mode, in French, English and Arabic: each focusable control has a name,
// Arabic lays out right to left, text at 200 % is not clipped, and every theme's text colours
// are at least 4.5:1 against their background (palettes and the style sheet of ui/Theme.cpp).
#include "Contrast.h"
#include "app/ModeWindows.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/DemoPersonas.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/Theme.h"
#include "ui/modes/DemoTools.h"
#include "ui/modes/KioskFlow.h"
#include "ui/modes/KioskWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace passerelle;

namespace {

using test::contrast;

/** The screens of a mode, each reached by a callback; the name says which. */
struct Screen
{
    QString name;
    std::function<void()> show;
};

} // namespace

class TestModeAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        installTranslations(QStringLiteral("fr"));
        ui::applyTheme(*qApp);
    }
    void contrastOfEveryTheme();
    void everyScreenOfEveryMode_data();
    void everyScreenOfEveryMode();
    void demoToolsStayVisibleAndNamed_data();
    void demoToolsStayVisibleAndNamed();
};

void TestModeAccessibility::contrastOfEveryTheme()
{
    QStringList problems;
    int pairs = 0;
    for (auto kind : ui::allThemes()) {
        const QString theme = ui::themeCode(kind);
        const QPalette p = ui::themePalette(kind);
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> roles{
            {QPalette::WindowText, QPalette::Window},    {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},    {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Text, QPalette::Window}};
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto &[fg, bg] : roles) {
                ++pairs;
                const double ratio = contrast(p.color(group, fg), p.color(group, bg));
                if (ratio < 4.5)
                    problems << QStringLiteral("%1: palette role %2 on %3: %4:1")
                                    .arg(theme)
                                    .arg(fg)
                                    .arg(bg)
                                    .arg(ratio, 0, 'f', 2);
            }
        }
        // The style sheet: each rule's colour on its own background, else on the window and base colours.
        const QString sheet = ui::themeStyleSheet(kind, 10.0);
        static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{([^}]*)\\}"));
        static const QRegularExpression colour(QStringLiteral("(?:^|;)\\s*color:\\s*(#[0-9a-fA-F]{6})"));
        static const QRegularExpression background(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})"));
        QColor panel;
        for (auto it = rule.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1).contains(QLatin1String("QWidget[role=\"panel\"]")))
                panel = QColor(background.match(m.captured(2)).captured(1));
        }
        QVERIFY(panel.isValid());
        int colours = 0;
        for (auto it = rule.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            const QString selector = m.captured(1).trimmed();
            const auto fg = colour.match(m.captured(2));
            if (!fg.hasMatch())
                continue;
            ++colours;
            QList<QColor> backgrounds;
            if (const auto bg = background.match(m.captured(2)); bg.hasMatch())
                backgrounds << QColor(bg.captured(1));
            else if (selector.contains(QLatin1String("panel")) || selector.contains(QLatin1String("countdown")))
                backgrounds << panel;
            else
                backgrounds << p.color(QPalette::Window) << p.color(QPalette::Base);
            for (const auto &bg : backgrounds) {
                ++pairs;
                const double ratio = contrast(QColor(fg.captured(1)), bg);
                if (ratio < 4.5)
                    problems << QStringLiteral("%1: %2 (%3 on %4): %5:1")
                                    .arg(theme, selector, fg.captured(1), bg.name())
                                    .arg(ratio, 0, 'f', 2);
            }
        }
        QVERIFY2(colours >= 10, qPrintable(theme)); // the parser found the rules
    }
    QVERIFY(pairs > 40);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The check itself can fail: the old grey hint on white would.
    QVERIFY(contrast(QColor(0x99, 0x99, 0x99), Qt::white) < 4.5);
}

void TestModeAccessibility::everyScreenOfEveryMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    for (const auto &mode : {"counselor", "demo", "kiosk"}) {
        for (const auto &language : {"fr", "en", "ar"})
            QTest::addRow("%s-%s", mode, language) << QString::fromLatin1(mode) << QString::fromLatin1(language) << 1.0;
        QTest::addRow("%s-fr-200%%", mode) << QString::fromLatin1(mode) << QStringLiteral("fr") << 2.0;
    }
}

void TestModeAccessibility::everyScreenOfEveryMode()
{
    QFETCH(QString, mode);
    QFETCH(QString, language);
    QFETCH(double, scale);
    QVERIFY(installTranslations(language));
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, scale});
    const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    SessionModel model(engine, clock);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    QSettings settings(file, QSettings::IniFormat);
    const AppMode appMode = *appModeFromCode(mode);
    auto built = app::createModeWindow(
        appMode, model, clock, settings, [](QString *) { return true; }, file);
    QWidget *window = built.window.get();
    window->resize(1024, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const bool rtl = language == QLatin1String("ar");
    QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);

    // The screens: the kiosk's own, then every wizard page with a persona's answers.
    QList<Screen> screens;
    qint64 now = 0;
    if (built.kiosk) {
        built.kiosk->idleTimer()->setTimeSource([&now] { return now; });
        built.kiosk->idleTimer()->setManualTicks(true);
        screens << Screen{QStringLiteral("attract"), [] {}};
        screens << Screen{QStringLiteral("countdown"), [&] {
                              built.kiosk->startSession();
                              now = 61'000;
                              built.kiosk->idleTimer()->tick();
                          }};
        screens << Screen{QStringLiteral("birth_date"), [&] { built.kiosk->idleTimer()->activity(); }};
    } else {
        screens << Screen{QStringLiteral("welcome"), [] {}};
    }
    QStringList problems;
    int checked = 0;
    const auto inspect = [&](const QString &screen) {
        QApplication::processEvents();
        for (auto *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(window))
                continue;
            // Number pads read 1-2-3 from the left in every language, as phone keypads do.
            bool keypad = false;
            for (const QWidget *w = widget; w && !keypad; w = w->parentWidget())
                keypad = w->property("keepsLeftToRight").toBool();
            if (!keypad && widget->layoutDirection() != (rtl ? Qt::RightToLeft : Qt::LeftToRight))
                problems << QStringLiteral("%1: %2 is not %3").arg(screen, widget->objectName(), rtl ? "RTL" : "LTR");
            if (widget->focusPolicy() != Qt::NoFocus) {
                ++checked;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
                if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                    problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                                    .arg(screen, widget->objectName(),
                                         QString::fromLatin1(widget->metaObject()->className()));
                if (widget->objectName().isEmpty() && !widget->inherits("QScrollBar"))
                    problems << QStringLiteral("%1: a %2 has no objectName")
                                    .arg(screen, QString::fromLatin1(widget->metaObject()->className()));
            }
            // Boxes and round buttons as big as the text, so they stay easy to see and hit at 200 %.
            if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget)) {
                QStyleOptionButton option;
                option.initFrom(widget);
                const bool check = qobject_cast<QCheckBox *>(widget) != nullptr;
                const QRect box = widget->style()->subElementRect(
                    check ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option, widget);
                if (box.height() < widget->fontMetrics().ascent())
                    problems << QStringLiteral("%1: %2's box is %3 px for text of %4 px")
                                    .arg(screen, widget->objectName())
                                    .arg(box.height())
                                    .arg(widget->fontMetrics().ascent());
            }
            // Not clipped: buttons get their whole text, wrapped labels their whole height, unless scrolled.
            bool scrolled = false;
            for (auto *w = widget->parentWidget(); w && !scrolled; w = w->parentWidget())
                scrolled = qobject_cast<QScrollArea *>(w) != nullptr;
            if (scrolled)
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty()) {
                if (button->width() + 1 < button->minimumSizeHint().width() ||
                    button->height() + 1 < button->minimumSizeHint().height())
                    problems << QStringLiteral("%1: button %2 clipped (%3x%4 < %5x%6)")
                                    .arg(screen, button->objectName())
                                    .arg(button->width())
                                    .arg(button->height())
                                    .arg(button->minimumSizeHint().width())
                                    .arg(button->minimumSizeHint().height());
            } else if (auto *label = qobject_cast<QLabel *>(widget);
                       label && !label->text().isEmpty() && label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 2)
                    problems << QStringLiteral("%1: label %2 clipped (%3 < %4)")
                                    .arg(screen, label->objectName())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()));
            }
        }
    };
    for (const auto &screen : screens) {
        screen.show();
        inspect(screen.name);
    }
    if (built.kiosk) {
        // The kiosk's own steps, answered as a person would (a 17-year-old: every step is asked).
        ui::KioskFlow *flow = built.kiosk->flow();
        for (const QChar digit : QStringLiteral("15032009"))
            flow->findChild<QAbstractButton *>(QStringLiteral("birthDigit") + digit)->click();
        const QStringList answers{QStringLiteral("nationalityFrench"),
                                  QStringLiteral("territory_metro"),
                                  QStringLiteral("document_fr_id_card"),
                                  QStringLiteral("smartphoneYes"),
                                  QStringLiteral("schoolNo"),
                                  QStringLiteral("tile_JEU")};
        int steps = 1;
        for (; steps < 14 && flow->currentStep() != KioskStep::TakeAway; ++steps) {
            QVERIFY2(flow->isAnswered(), qPrintable(kioskStepCode(flow->currentStep())));
            flow->nextButton()->click();
            for (const auto &answer : answers) {
                if (auto *button = flow->page(flow->currentStep())->findChild<QAbstractButton *>(answer))
                    button->click();
            }
            inspect(kioskStepCode(flow->currentStep()));
        }
        QCOMPARE(steps, 10); // every step was seen, to the take-away
        built.kiosk->askToLeave();
        inspect(QStringLiteral("leave"));
    } else {
        // A persona's answers, given once the session has started.
        model.setProfile(demoPersonas(model.appointmentDate()).first().profile);
        model.setChosenCategories({QStringLiteral("JEU")});
        auto *wizard = built.wizard;
        int pages = 1;
        for (; pages < 12; ++pages) {
            auto *next = wizard->button(QWizard::NextButton);
            if (!next->isVisible() || !next->isEnabled())
                break;
            wizard->next();
            inspect(WizardFlow::stepCode(wizard->currentStep()));
        }
        QVERIFY(pages >= 3);
        QCOMPARE(wizard->currentStep(), WizardStep::Summary); // every page was seen, to the last one
    }
    QVERIFY(checked > 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestModeAccessibility::demoToolsStayVisibleAndNamed_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("width");
    QTest::newRow("100 %, 1024 px") << 1.0 << 1024;
    QTest::newRow("200 %, 1024 px") << 2.0 << 1024;
    QTest::newRow("200 %, 800 px") << 2.0 << 800;
}

void TestModeAccessibility::demoToolsStayVisibleAndNamed()
{
    // Issue 16: at 100 % the third persona and "Recommencer" hid behind the toolbar's unnamed
    // overflow button; at 200 % every persona did. Each tool must be on screen, whole, and named.
    QFETCH(double, scale);
    QFETCH(int, width);
    QVERIFY(installTranslations(QStringLiteral("fr")));
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, scale});
    const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    SessionModel model(engine, clock);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    auto built = app::createModeWindow(
        AppMode::Demo, model, clock, settings, [](QString *) { return true; }, settings.fileName());
    QWidget *window = built.window.get();
    window->resize(width, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QApplication::processEvents();
    const auto tools = built.demo->tools();
    QCOMPARE(tools.size(), 4); // three personas and reset
    QStringList problems;
    for (auto *tool : tools) {
        const QRect inWindow(tool->mapTo(window, QPoint(0, 0)), tool->size());
        if (!tool->isVisible() || !window->rect().contains(inWindow))
            problems << QStringLiteral("%1 is not on screen (%2,%3 %4x%5)")
                            .arg(tool->objectName())
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height());
        if (tool->width() + 1 < tool->minimumSizeHint().width() ||
            tool->height() + 1 < tool->minimumSizeHint().height())
            problems << QStringLiteral("%1 is cut").arg(tool->objectName());
        if (tool->accessibleName().trimmed().isEmpty() || tool->objectName().isEmpty())
            problems << QStringLiteral("%1 has no name").arg(tool->text());
    }
    for (auto *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            problems << QStringLiteral("an overflow button is shown");
    }
    auto *banner = window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->heightForWidth(banner->width()) <= banner->height() + 2); // wrapped, never cut
    // A colour of its own: not the red of "not eligible" (the headline's "no" colour).
    static const QRegularExpression noRule(
        QStringLiteral("QLabel\\[role=\"headline\"\\]\\[status=\"no\"\\] \\{ color: (#[0-9a-fA-F]{6})"));
    const auto no = noRule.match(ui::themeStyleSheet(ui::ThemeKind::Standard, 10.0));
    QVERIFY(no.hasMatch());
    const QImage panel = built.demo->panel()->grab().toImage();
    const QColor panelColour = panel.pixelColor(2, panel.height() / 2);
    if (panelColour == QColor(no.captured(1)))
        problems << QStringLiteral("the demo panel is the red of \"not eligible\"");
    QVERIFY2(contrast(Qt::white, panelColour) >= 4.5, qPrintable(panelColour.name()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Restyling while this demo window lives, after a counselor window was shown in the same
    // process (the test before this one), crashed inside QApplication::setStyleSheet: each
    // applyTheme() replaced the application's style, which the demo panel's own style sheet still used.
    ui::applyTheme(*qApp, {ui::ThemeKind::HighContrast, scale});
    QApplication::processEvents();
    QVERIFY(banner->isVisible());
}

QTEST_MAIN(TestModeAccessibility)
#include "TestModeAccessibility.moc"
