// SPDX-License-Identifier: GPL-3.0-or-later
// The visual identity (issue 15), measured on real widgets with the theme applied: the interest
// tiles' selected state against the unselected one (rendered, then the contrast computed), the
// primary button filled and default, the header "Étape N sur M" with the page's title on every
// page, right to left in Arabic, and the font.
#include "Contrast.h"
#include "WizardTestBase.h"
#include "ui/Theme.h"
#include "ui/widgets/ChoiceTile.h"
#include "ui/widgets/StepHeader.h"
#include "ui/wizard/SessionWizard.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace passerelle;

namespace {

using test::contrast;

QString ratio(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

class TestThemeIdentity : public test::WizardTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        if (m_window)
            closeWizard();
        ui::applyTheme(*qApp);
        installTranslations(QStringLiteral("fr"));
    }

    void tileStatesContrast_data()
    {
        QTest::addColumn<ui::ThemeKind>("kind");
        for (auto kind : ui::allThemes())
            QTest::newRow(qPrintable(ui::themeCode(kind))) << kind;
    }
    /** Rendered: the frame and fill of a selected tile against an unselected one and the page. */
    void tileStatesContrast()
    {
        QFETCH(ui::ThemeKind, kind);
        ui::applyTheme(*qApp, {kind, 1.0});
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *off = new ui::ChoiceTile(QStringLiteral("CINEMA"), QString(), &page);
        auto *on = new ui::ChoiceTile(QStringLiteral("LIVRE"), QString(), &page);
        off->setLabel(QStringLiteral("Cinéma"));
        on->setLabel(QStringLiteral("Livres"));
        on->setChecked(true);
        layout->addWidget(off);
        layout->addWidget(on);
        page.resize(300, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Away from the focus, which draws the frame dashed.
        page.setFocus();
        const QImage offImage = off->grab().toImage();
        const QImage onImage = on->grab().toImage();
        const int mid = offImage.height() / 2;
        const QColor offBorder = offImage.pixelColor(0, mid);
        const QColor onBorder = onImage.pixelColor(1, onImage.height() / 2);
        const QColor offFill = offImage.pixelColor(offImage.width() / 2, 5);
        const QColor onFill = onImage.pixelColor(onImage.width() / 2, 5);
        const QColor background = page.palette().color(QPalette::Window);
        const ui::TileColours t = ui::tileColours(kind);
        // What was drawn is the theme's colours (so the figures below are about the screen).
        QCOMPARE(offBorder.name(), t.border.name());
        QCOMPARE(onBorder.name(), t.selectedBorder.name());
        QCOMPARE(offFill.name(), t.fill.name());
        QCOMPARE(onFill.name(), t.selectedFill.name());
        // The selected state stands out at least 3:1 from the unselected one, by its frame and by its
        // frame against the page; the unselected frame is itself visible (3:1 on the page).
        const double states = std::max(contrast(onBorder, offBorder), contrast(onFill, offFill));
        QVERIFY2(states >= 3.0, qPrintable(QStringLiteral("selected vs unselected %1:1").arg(ratio(states))));
        QVERIFY2(contrast(onBorder, background) >= 3.0, qPrintable(ratio(contrast(onBorder, background))));
        QVERIFY2(contrast(offBorder, background) >= 3.0 || contrast(offFill, background) >= 3.0,
                 qPrintable(ratio(contrast(offBorder, background))));
        // Words at least 4.5:1 on their fill in both states.
        QVERIFY2(contrast(t.text, t.fill) >= 4.5, qPrintable(ratio(contrast(t.text, t.fill))));
        QVERIFY2(contrast(t.selectedText, t.selectedFill) >= 4.5,
                 qPrintable(ratio(contrast(t.selectedText, t.selectedFill))));
        // Not by colour alone: the selected tile says it with a tick.
        QVERIFY(on->text().startsWith(QChar(0x2714)));
        QVERIFY(!off->text().contains(QChar(0x2714)));
        // The check itself can fail: a light-blue fill alone would not pass.
        QVERIFY(contrast(QColor(0xe3, 0xe3, 0xfd), Qt::white) < 3.0);
    }

    void fontAndScrollBar()
    {
        ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0});
        // 16 px body text (12 pt at 96 dpi), in Noto Sans where Debian's fonts-noto-core is installed.
        QCOMPARE(qApp->font().pointSizeF(), ui::kBasePointSize);
        const QStringList families = ui::themeFontFamilies();
        if (QFontDatabase::hasFamily(QStringLiteral("Noto Sans")))
            QCOMPARE(qApp->font().families().value(0), QStringLiteral("Noto Sans"));
        else
            qWarning("Noto Sans is not installed (fonts-noto-core): the platform's font is kept");
        for (const QString &family : families)
            QVERIFY(QFontDatabase::hasFamily(family));
        ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 2.0});
        QCOMPARE(qApp->font().pointSizeF(), 2 * ui::kBasePointSize);
        // A scroll bar one can see and hit.
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 100);
        bar.resize(bar.sizeHint().width(), 200);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY2(bar.width() >= 14, qPrintable(QString::number(bar.width())));
        const QImage image = bar.grab().toImage();
        const QColor handle = image.pixelColor(image.width() / 2, 20);
        const QColor groove = image.pixelColor(image.width() / 2, image.height() - 5);
        QVERIFY2(contrast(handle, groove) >= 3.0,
                 qPrintable(QStringLiteral("%1 on %2").arg(handle.name(), groove.name())));
    }

    /** Every page: the header says "Étape N sur M" and the page's title; Next or Finish is the filled default. */
    void headerAndPrimaryButtonOnEveryPage()
    {
        ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0});
        openWizard();
        auto *wizard = m_window->wizard();
        QStringList seen;
        const auto check = [&](int number, int total) {
            const auto *page = wizard->currentPage();
            const QString state = find<QLabel>("stepState")->text();
            QCOMPARE(state, QStringLiteral("Étape %1 sur %2").arg(number).arg(total));
            QCOMPARE(find<QLabel>("pageTitle")->text(), page->title());
            QVERIFY(find<QLabel>("pageTitle")->isVisible());
            QVERIFY(!page->title().isEmpty());
            // The title once only: QWizard's own copy is hidden.
            int titles = 0;
            for (auto *label : wizard->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text() == page->title())
                    ++titles;
            }
            QCOMPARE(titles, 1);
            // The primary button: the default one, filled blue with white words.
            auto *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
            auto *finish = qobject_cast<QPushButton *>(wizard->button(QWizard::FinishButton));
            QPushButton *primary = next->isVisible() ? next : finish;
            if (wizard->currentStep() == WizardStep::Capture) {
                // The capture page's own main action, the shutter, is its one filled button; Next is outlined.
                QVERIFY(!next->isDefault());
                primary = page->findChild<QPushButton *>(QStringLiteral("shutterButton"));
                QVERIFY(primary);
            }
            QVERIFY(primary->isVisible());
            QVERIFY2(primary->isDefault(), qPrintable(primary->objectName()));
            if (primary->isEnabled()) {
                const QImage image = primary->grab().toImage();
                QCOMPARE(image.pixelColor(6, 6).name(), QStringLiteral("#000091"));
            }
            auto *back = wizard->button(QWizard::BackButton);
            if (back->isVisible() && back->isEnabled() && !back->hasFocus()) {
                // Secondary: outlined, white inside.
                const QImage image = back->grab().toImage();
                QCOMPARE(image.pixelColor(6, 6).name(), QStringLiteral("#ffffff"));
                QCOMPARE(image.pixelColor(0, image.height() / 2).name(), QStringLiteral("#000091"));
            }
            seen << state;
        };
        QCOMPARE(wizard->currentStep(), WizardStep::Welcome);
        check(1, 6);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(find<QLabel>("stepNext")->text(),
                 QStringLiteral("Étape suivante\u00a0: %1").arg(wizard->page(int(WizardStep::Profile))->title()));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), WizardStep::Profile);
        check(2, 6);
        typeBirthDate("15", "03", "2009");
        test::answerProfileQuestions(wizard->currentPage());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), WizardStep::Result);
        // Eligible with a French identity card: the pictures are taken at the desk, one step more.
        const int total = WizardFlow::plannedSteps(*m_model).size();
        QCOMPARE(total, WizardFlow::applies(WizardStep::Capture, *m_model) ? 7 : 6);
        check(3, total);
        int number = 3;
        while (wizard->nextId() != -1) {
            if (wizard->currentStep() == WizardStep::Interests) {
                auto *dontKnow = find<QAbstractButton>("tile_dont_know");
                QTest::mouseClick(dontKnow, Qt::LeftButton);
            }
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            check(++number, total);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(number, total);
        QVERIFY(!find<QLabel>("stepNext")->isVisible()); // the last step has no next one
        // Back goes back, and the header with it.
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        check(total - 1, total);
        QCOMPARE(seen.size(), total + 1);
    }

    /** Arabic: the header and its bar read right to left, in Arabic. */
    void headerRightToLeft()
    {
        openWizard();
        installTranslations(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        auto *wizard = m_window->wizard();
        auto *header = wizard->header();
        QCOMPARE(header->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(find<QLabel>("pageTitle")->text(), wizard->currentPage()->title());
        const QString state = find<QLabel>("stepState")->text();
        QVERIFY2(state.contains(QString::fromUtf16(u"الخطوة")), qPrintable(state));
        QVERIFY2(state.contains(QLatin1Char('1')) && state.contains(QLatin1Char('6')), qPrintable(state));
        QCOMPARE(find<QLabel>("pageTitle")->text(), wizard->currentPage()->title());
        // The title starts on the right.
        auto *title = find<QLabel>("pageTitle");
        const QImage image = title->grab().toImage();
        int firstInk = -1;
        int lastInk = -1;
        const QColor background = image.pixelColor(image.width() - 1, 0);
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height(); ++y) {
                if (image.pixelColor(x, y) != background) {
                    firstInk = firstInk < 0 ? x : firstInk;
                    lastInk = x;
                    break;
                }
            }
        }
        QVERIFY(lastInk > 0);
        QVERIFY2(image.width() - 1 - lastInk < firstInk,
                 qPrintable(QStringLiteral("ink from %1 to %2 of %3").arg(firstInk).arg(lastInk).arg(image.width())));
        // The window's title is translated too.
        const QString windowTitle = m_window->windowTitle();
        QVERIFY2(std::any_of(windowTitle.begin(), windowTitle.end(),
                             [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06ff; }),
                 qPrintable(windowTitle));
        // It reads right to left: its first strong character is a right-to-left one.
        const auto strong = std::find_if(windowTitle.begin(), windowTitle.end(), [](QChar c) {
            const auto d = c.direction();
            return d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL;
        });
        QVERIFY(strong != windowTitle.end() && strong->direction() != QChar::DirL);
    }

private:
    template <typename T> T *find(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    void typeBirthDate(const char *day, const char *month, const char *year)
    {
        for (const auto &[field, text] : {std::pair{"birthDay", day}, {"birthMonth", month}, {"birthYear", year}}) {
            auto *edit = find<QLineEdit>(field);
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, QString::fromLatin1(text));
        }
    }
};

QTEST_MAIN(TestThemeIdentity)
#include "TestThemeIdentity.moc"
