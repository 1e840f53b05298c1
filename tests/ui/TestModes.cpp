// SPDX-License-Identifier: GPL-3.0-or-later
// A full session in each mode (counselor, demo, kiosk), driven by keyboard and mouse, offscreen (the
// kiosk by touch alone: TestKioskTouch).
// The kiosk: nothing but the PIN leads out, no history, settings or file dialog, and the idle wipe
// leaves nothing of the previous person on screen, in the widgets or in the model.
#include "app/AppContext.h"
#include "app/ModeWindows.h"
#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/PinLock.h"
#include "core/session/SessionModel.h"
#include "core/storage/KioskStatistics.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/CounselorTools.h"
#include "ui/modes/DemoTools.h"
#include "ui/modes/KioskFlow.h"
#include "ui/modes/KioskWindow.h"
#include "ui/modes/ModeHooks.h"

#include "WizardTestBase.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QDialog>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace passerelle;

namespace {

void typeDate(QWidget *root, const char *prefix, const QString &day, const QString &month, const QString &year)
{
    for (const auto &[suffix, text] : {std::pair{"Day", day}, {"Month", month}, {"Year", year}}) {
        auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(prefix) + QString::fromLatin1(suffix));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
}

/** Next with the keyboard until Finish shows; a step that needs a choice gets "je ne sais pas". */
void walkToFinish(ui::SessionWizard *wizard)
{
    for (int guard = 0; guard < 12; ++guard) {
        auto *finish = wizard->button(QWizard::FinishButton);
        if (finish->isVisible() && finish->isEnabled())
            return;
        auto *next = wizard->button(QWizard::NextButton);
        if (!next->isEnabled()) {
            auto *dontKnow = wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("tile_dont_know"));
            QVERIFY2(dontKnow, qPrintable(WizardFlow::stepCode(wizard->currentStep())));
            dontKnow->setFocus();
            QTest::keyClick(dontKnow, Qt::Key_Space);
        }
        QVERIFY(next->isEnabled());
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Space);
    }
    QFAIL("no Finish button");
}

void finish(ui::SessionWizard *wizard)
{
    auto *button = wizard->button(QWizard::FinishButton);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

/** Presses @p button with the keyboard, as someone who brought one would. */
void press(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

/** Taps the kiosk's control @p name (a click: the touch test is TestKioskTouch). */
void tapKiosk(ui::KioskWindow *kiosk, const QString &name)
{
    auto *button = kiosk->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    button->click();
}

/** Types @p digits on the number pad of the kiosk's date step. */
void padDate(ui::KioskWindow *kiosk, const QString &digits)
{
    for (const QChar digit : digits)
        tapKiosk(kiosk, QStringLiteral("birthDigit") + digit);
}

/**
 * Answers the kiosk's current question as the tests' young person does: French, mainland, French ID
 * card, a smartphone, not at school (when asked), @p category liked when nothing is chosen yet.
 */
void answerStep(ui::KioskWindow *kiosk, const QString &category = QStringLiteral("dont_know"))
{
    static const QMap<KioskStep, QString> answers{{KioskStep::Nationality, QStringLiteral("nationalityFrench")},
                                                  {KioskStep::Territory, QStringLiteral("territory_metro")},
                                                  {KioskStep::Document, QStringLiteral("document_fr_id_card")},
                                                  {KioskStep::Smartphone, QStringLiteral("smartphoneYes")},
                                                  {KioskStep::School, QStringLiteral("schoolNo")}};
    const KioskStep step = kiosk->flow()->currentStep();
    if (step == KioskStep::Interests && !kiosk->flow()->isAnswered())
        tapKiosk(kiosk, QStringLiteral("tile_") + category);
    else if (answers.contains(step))
        tapKiosk(kiosk, answers.value(step));
}

/** From the step after the birth date to the take-away, every question answered (answerStep()). */
void answerToTheEnd(ui::KioskWindow *kiosk, const QString &category = QStringLiteral("dont_know"))
{
    ui::KioskFlow *flow = kiosk->flow();
    for (int guard = 0; guard < 14 && flow->currentStep() != KioskStep::TakeAway; ++guard) {
        answerStep(kiosk, category);
        QVERIFY2(flow->isAnswered(), qPrintable(kioskStepCode(flow->currentStep())));
        flow->nextButton()->click();
    }
    QCOMPARE(flow->currentStep(), KioskStep::TakeAway);
}

/** "J'ai fini", then yes: the visit ends. */
void leaveKiosk(ui::KioskWindow *kiosk)
{
    kiosk->flow()->doneButton()->click();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Leave);
    tapKiosk(kiosk, QStringLiteral("leaveConfirmButton"));
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
}

/** Every top-level widget shown now, but @p allowed. */
QStringList otherVisibleWindows(const QWidget *allowed)
{
    QStringList found;
    for (auto *widget : QApplication::topLevelWidgets()) {
        if (widget != allowed && widget->isVisible())
            found << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                   QString::fromLatin1(widget->metaObject()->className()));
    }
    return found;
}

} // namespace

class TestModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void counselorSessionSettingsAndLock();
    void demoSessionPersonasShortcutsAndNothingWritten();
    void kioskFullSession();
    void kioskOffersNoWayOutButThePin();
    void kioskIdleWipeLeavesNothing();
    void kioskTimerPausesWhileAPageIsBusy();
    void kioskKeepsOnlyAnonymousCountersWhenThePolicySaysSo();
    void welcomePrivacyTellsWhatEachModeDoes();

private:
    /** Records in @p folder of the test's directory, sealed with @p keys, on the test's clock. */
    Records::Options recordsIn(const QString &folder, KeyStore &keys) const
    {
        return {.dataDir = m_dir->filePath(folder), .keyStore = &keys, .clock = *m_clock};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    std::unique_ptr<FixedClock> m_clock;
};

void TestModes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_book = RuleBook::builtIn();
    m_engine = std::make_unique<EligibilityEngine>(m_book);
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
}

void TestModes::init()
{
    installTranslations(QStringLiteral("fr"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestModes::counselorSessionSettingsAndLock()
{
    MemoryKeyStore keys;
    const Records::Options options = recordsIn(QStringLiteral("data"), keys);
    QString error;
    auto records = Records::open(options, &error);
    QVERIFY2(records, qPrintable(error));
    SessionModel model(*m_engine, *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    auto built = app::createModeWindow(
        AppMode::Counselor, model, *m_clock, settings,
        [&](QString *message) {
            return records->sessions().saveCompleted(model.toRecord({QStringLiteral("test"), {}, {}, {}}), message);
        },
        m_settingsFile);
    QVERIFY(built.mainWindow && built.counselor && !built.kiosk && !built.demo);
    built.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(built.window.get()));
    QVERIFY(!built.window->isFullScreen());
    QVERIFY(built.window->findChild<QMenuBar *>());

    auto *wizard = built.wizard;
    QTest::keyClick(wizard->button(QWizard::NextButton), Qt::Key_Space);
    typeDate(wizard, "birth", QStringLiteral("15"), QStringLiteral("03"), QStringLiteral("2009"));
    test::answerProfileQuestions(wizard);
    walkToFinish(wizard);
    finish(wizard);
    QCOMPARE(records->sessions().count(), 1);
    QCOMPARE(wizard->currentStep(), WizardStep::Welcome);

    // Settings are reachable (Ctrl+,): the profile shown on summaries and a lock PIN.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("siteNameEdit"))
            ->setText(QStringLiteral("Mission Locale de Lens"));
        dialog->findChild<QLineEdit *>(QStringLiteral("siteContactEdit"))->setText(QStringLiteral("03 21 00 00 00"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lockPinEdit")), QStringLiteral("2468"));
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);
    });
    built.window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QSettings reread(m_settingsFile, QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("site/name")).toString(), QStringLiteral("Mission Locale de Lens"));
    QVERIFY(reread.value(QStringLiteral("counselor/pinHash")).toString().startsWith(QStringLiteral("$argon2id$")));

    // Away: Ctrl+L hides everything behind the PIN; the wizard cannot be reached with Tab.
    // The window manager gives the focus back to the window when the dialog closes; offscreen,
    // nothing does, and a key can only reach the shortcuts of the active window.
    built.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(built.window.get()));
    QTest::keyClick(built.window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(built.counselor->isLocked());
    auto *lockScreen = built.window->findChild<QWidget *>(QStringLiteral("lockScreen"));
    QVERIFY(lockScreen->isVisible());
    QVERIFY(!wizard->isEnabled());
    auto *pin = lockScreen->findChild<QLineEdit *>(QStringLiteral("unlockPinEdit"));
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(built.counselor->isLocked());
    QVERIFY(lockScreen->findChild<QLabel *>(QStringLiteral("lockMessage"))->isVisible());
    QVERIFY(
        lockScreen->findChild<QLabel *>(QStringLiteral("lockMessage"))->text().contains(QStringLiteral("Code faux")));
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(!built.counselor->isLocked());
    QVERIFY(!lockScreen->isVisible());
    QVERIFY(wizard->isEnabled());
}

void TestModes::demoSessionPersonasShortcutsAndNothingWritten()
{
    app::AppOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.mode = AppMode::Demo;
    QString error;
    auto context = app::AppContext::create(options, &error);
    QVERIFY2(context, qPrintable(error));
    QCOMPARE(context->records().database().connection().databaseName(), QStringLiteral(":memory:"));
    SessionModel model(context->engine(), *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    auto built = app::createModeWindow(AppMode::Demo, model, *m_clock, settings,
                                       [&](QString *message) { return context->saveCompleted(model, message); });
    QVERIFY(built.demo && !built.counselor);
    auto *window = built.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(ui::windowMode(built.wizard), AppMode::Demo);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("DÉMONSTRATION")));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("settingsAction")));

    // Alt+2: the 18-year-old from outside the EU; Ctrl+3: straight to the third step, the answer.
    QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(model.profile().nationality, std::optional(Nationality::Other));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(built.wizard->currentStep(), WizardFlow::allSteps().at(2));
    QCOMPARE(model.result()->status, EligibilityStatus::ResidenceTooShort);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(built.wizard->currentStep(), WizardStep::Welcome);

    // Persona 1 by mouse, through to Finish: saved, but only in memory.
    QTest::mouseClick(window->findChild<QAbstractButton *>(QStringLiteral("persona1Button")), Qt::LeftButton);
    QCOMPARE(model.profile().nationality, std::optional(Nationality::French));
    QTest::keyClick(window, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(built.wizard->currentStep(), WizardStep::Profile);
    walkToFinish(built.wizard);
    QCOMPARE(model.result()->status, EligibilityStatus::Eligible);
    finish(built.wizard);
    QCOMPARE(context->sessionStore().count(), 1);
    QVERIFY(banner->isVisible());

    // Reset (Ctrl+R) forgets the persona.
    QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(model.profile().birth.isEmpty());
    QCOMPARE(built.wizard->currentStep(), WizardStep::Welcome);

    // Nothing on disk: not even the data folder was made.
    built.window.reset();
    context.reset();
    QVERIFY(!QFileInfo::exists(options.dataDir));
}

void TestModes::kioskFullSession()
{
    SessionModel model(*m_engine, *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    auto *kiosk = built.kiosk;
    QVERIFY(kiosk && !built.mainWindow);
    kiosk->showKiosk();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    QVERIFY(kiosk->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(kiosk->windowState() & Qt::WindowFullScreen);
    // Issue 18 (11): the whole screen even outside cage, where no window manager may act on the
    // full-screen state (an X session without one, as under xvfb-run with QT_QPA_PLATFORM=xcb).
    QTRY_COMPARE(kiosk->geometry(), kiosk->QWidget::screen()->geometry());
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
    auto *start = kiosk->findChild<QAbstractButton *>(QStringLiteral("attractStartButton"));
    QVERIFY(start->hasFocus());
    QTest::keyClick(start, Qt::Key_Space);
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    QCOMPARE(kiosk->idleTimer()->state(), IdlePolicy::State::Active);

    // With a keyboard, for those who bring one: digits go to the date, Space presses, nothing else.
    ui::KioskFlow *flow = kiosk->flow();
    QCOMPARE(flow->currentStep(), KioskStep::BirthDate);
    QVERIFY(QApplication::focusWidget() && flow->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10062008"));
    QCOMPARE(model.profile().birth.year, QStringLiteral("2008"));
    press(flow->nextButton());
    for (const char *answer : {"nationalityFrench", "territory_metro", "document_fr_id_card", "smartphoneYes"}) {
        press(flow->findChild<QAbstractButton *>(QString::fromLatin1(answer)));
        press(flow->nextButton());
    }
    QCOMPARE(flow->currentStep(), KioskStep::Answer);
    QCOMPARE(model.result()->status, EligibilityStatus::Eligible);
    press(flow->nextButton());
    press(flow->findChild<QAbstractButton *>(QStringLiteral("tile_dont_know")));
    press(flow->nextButton());
    QCOMPARE(flow->currentStep(), KioskStep::Offers);
    press(flow->nextButton());
    QCOMPARE(flow->currentStep(), KioskStep::TakeAway);
    // "J'ai fini" asks once: the focus starts on "no", the safe answer.
    press(flow->doneButton());
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Leave);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("leaveCancelButton"));
    press(kiosk->findChild<QAbstractButton *>(QStringLiteral("leaveConfirmButton")));
    QTRY_COMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
    QVERIFY(model.profile().birth.isEmpty());
    QCOMPARE(kiosk->idleTimer()->state(), IdlePolicy::State::Stopped);

    // "J'ai fini" in the middle of a visit: "no" goes back with the answers, "yes" erases them.
    QTest::keyClick(start, Qt::Key_Space);
    QVERIFY(kiosk->flow()->isVisible()); // the next person gets a whole new flow, on screen
    QCOMPARE(kiosk->flow()->currentStep(), KioskStep::BirthDate);
    padDate(kiosk, QStringLiteral("10062008"));
    auto *done = kiosk->flow()->doneButton();
    QVERIFY(done->isVisible());
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Leave);
    QTest::mouseClick(kiosk->findChild<QAbstractButton *>(QStringLiteral("leaveCancelButton")), Qt::LeftButton);
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    QCOMPARE(model.profile().birth.year, QStringLiteral("2008"));
    leaveKiosk(kiosk);
    QVERIFY(model.profile().birth.isEmpty());
}

void TestModes::kioskOffersNoWayOutButThePin()
{
    PinLock admin(PinLock::adminKey(), *m_clock, m_settingsFile);
    QString why;
    QVERIFY(admin.setPin(QStringLiteral("482913"), 6, &why));
    SessionModel model(*m_engine, *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    auto *kiosk = built.kiosk;
    kiosk->showKiosk();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    QSignalSpy exit(kiosk, &ui::KioskWindow::exitRequested);
    QVERIFY(kiosk->findChildren<QMenuBar *>().isEmpty());

    QStringList problems;
    // Keys that open menus, history, settings, files, or close windows elsewhere.
    const QList<QKeyCombination> keys{
        Qt::CTRL | Qt::Key_O,        Qt::CTRL | Qt::Key_S,         Qt::CTRL | Qt::SHIFT | Qt::Key_S,
        Qt::CTRL | Qt::Key_P,        Qt::CTRL | Qt::Key_H,         Qt::CTRL | Qt::Key_Comma,
        Qt::CTRL | Qt::Key_Q,        Qt::CTRL | Qt::Key_W,         Qt::CTRL | Qt::Key_N,
        Qt::CTRL | Qt::Key_L,        Qt::ALT | Qt::Key_F4,         QKeyCombination(Qt::Key_Escape),
        QKeyCombination(Qt::Key_F1), QKeyCombination(Qt::Key_F10), QKeyCombination(Qt::Key_Menu),
        Qt::ALT | Qt::Key_A,         Qt::ALT | Qt::Key_T,          Qt::ALT | Qt::Key_F};
    const auto probe = [&](const QString &where) {
        // Whatever opens modally is recorded and closed, so the probing goes on.
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *modal = QApplication::activeModalWidget()) {
                problems << QStringLiteral("%1: a modal %2 opened")
                                .arg(where, QString::fromLatin1(modal->metaObject()->className()));
                modal->close();
            }
        });
        closer.start();
        for (const auto &key : keys) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : kiosk;
            QTest::keyClick(target, key.key(), key.keyboardModifiers());
            QApplication::processEvents();
            const QStringList others = otherVisibleWindows(kiosk);
            if (!others.isEmpty())
                problems << QStringLiteral("%1, %2: %3")
                                .arg(where, QKeySequence(key).toString(), others.join(QLatin1Char(',')));
            if (!kiosk->isVisible())
                problems << QStringLiteral("%1, %2: the kiosk closed").arg(where, QKeySequence(key).toString());
        }
        // Right click on every visible widget: no context menu.
        for (auto *widget : kiosk->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2), widget->mapToGlobal(QPoint(2, 2)));
            QApplication::sendEvent(widget, &event);
            for (auto *menu : QApplication::topLevelWidgets()) {
                if (qobject_cast<QMenu *>(menu) && menu->isVisible()) {
                    problems << QStringLiteral("%1: a context menu on %2").arg(where, widget->objectName());
                    menu->close();
                }
            }
        }
        for (auto *widget : kiosk->findChildren<QWidget *>()) {
            const QString name = widget->objectName().toLower();
            if (name.contains(QLatin1String("history")) || name.contains(QLatin1String("setting")))
                problems << QStringLiteral("%1: %2 is in the kiosk").arg(where, widget->objectName());
            if (qobject_cast<QFileDialog *>(widget))
                problems << QStringLiteral("%1: a file dialog is in the kiosk").arg(where);
        }
        // Every button of the step, pressed: none may open a dialog (a PDF saved to a folder, ...).
        if (kiosk->screen() == ui::KioskWindow::Screen::Session) {
            for (auto *button : kiosk->flow()->page(kiosk->flow()->currentStep())->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && button->isEnabled()) {
                    button->click();
                    QApplication::processEvents();
                    QTest::qWait(30);
                }
            }
        }
        closer.stop();
        QVERIFY(!kiosk->close());
        QVERIFY(kiosk->isVisible());
    };

    probe(QStringLiteral("attract"));
    QTest::keyClick(kiosk->findChild<QAbstractButton *>(QStringLiteral("attractStartButton")), Qt::Key_Space);
    for (int guard = 0; guard < 14 && kiosk->screen() == ui::KioskWindow::Screen::Session; ++guard) {
        QPointer<ui::KioskFlow> flow = kiosk->flow();
        const KioskStep step = flow->currentStep();
        const QString code = kioskStepCode(step);
        probe(code);
        QVERIFY2(flow && kiosk->screen() == ui::KioskWindow::Screen::Session,
                 qPrintable(code + QStringLiteral(": a key or a button ended the visit\n") +
                            problems.join(QLatin1Char('\n'))));
        // The probe pressed every key and answer of the step: answer it again, as a person would.
        if (step == KioskStep::BirthDate) {
            for (int i = 0; i < 10; ++i)
                tapKiosk(kiosk, QStringLiteral("birthErase"));
            padDate(kiosk, QStringLiteral("10062008"));
        }
        answerStep(kiosk);
        if (step == KioskStep::TakeAway)
            break;
        QVERIFY2(flow->isAnswered(), qPrintable(code));
        flow->nextButton()->click();
    }
    QCOMPARE(kiosk->flow()->currentStep(), KioskStep::TakeAway);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(exit.count(), 0);

    // The one way out: Administration, then the admin PIN. A wrong one does nothing.
    kiosk->wipe();
    const auto answerPin = [this, kiosk](const QString &pin, bool expectAccepted) {
        QTimer::singleShot(0, this, [pin, expectAccepted] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("pinDialog"));
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
            QTest::keyClicks(edit, pin);
            QTest::keyClick(edit, Qt::Key_Return);
            if (!expectAccepted) {
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pinMessage"))->isVisible());
                dialog->reject();
            }
        });
        QTest::mouseClick(kiosk->findChild<QAbstractButton *>(QStringLiteral("attractAdminButton")), Qt::LeftButton);
    };
    answerPin(QStringLiteral("111222"), false);
    QCOMPARE(exit.count(), 0);
    QVERIFY(kiosk->isVisible());
    answerPin(QStringLiteral("482913"), true);
    QCOMPARE(exit.count(), 1);
    QVERIFY(kiosk->close()); // now the window may close
}

void TestModes::kioskIdleWipeLeavesNothing()
{
    SessionModel model(*m_engine, *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    auto *kiosk = built.kiosk;
    qint64 now = 0;
    kiosk->idleTimer()->setTimeSource([&now] { return now; });
    kiosk->idleTimer()->setManualTicks(true);
    kiosk->showKiosk();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    QCOMPARE(kiosk->idleTimer()->timings().idleMs, 60'000); // the defaults, from the settings

    kiosk->startSession();
    QPointer<ui::KioskFlow> firstFlow = kiosk->flow();
    padDate(kiosk, QStringLiteral("15032009"));
    for (int guard = 0; guard < 8 && firstFlow->currentStep() != KioskStep::Answer; ++guard) {
        answerStep(kiosk);
        firstFlow->nextButton()->click();
    }
    QCOMPARE(firstFlow->currentStep(), KioskStep::Answer);
    QCOMPARE(model.result()->status, EligibilityStatus::Eligible);
    QGuiApplication::clipboard()->setText(QStringLiteral("15/03/2009"));
    const QUuid firstId = model.id();

    // 60 s without input: "Tu es toujours là ?" with 20 s; an answer brings the session back.
    now = 60'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Countdown);
    QCOMPARE(kiosk->findChild<QLabel *>(QStringLiteral("countdownNumber"))->text(), QStringLiteral("20"));
    QVERIFY(
        kiosk->findChild<QLabel *>(QStringLiteral("countdownTitle"))->text().contains(QStringLiteral("toujours là")));
    now = 65'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->findChild<QLabel *>(QStringLiteral("countdownNumber"))->text(), QStringLiteral("15"));
    QTest::keyClick(kiosk->findChild<QAbstractButton *>(QStringLiteral("stayButton")), Qt::Key_Space);
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    QCOMPARE(model.id(), firstId);

    // Then silence: countdown, then the wipe.
    now = 65'000 + 60'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Countdown);
    now += 20'000;
    kiosk->idleTimer()->tick();
    QTRY_COMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Nothing left: not in the model, not in any widget, not on the clipboard.
    QVERIFY(model.id() != firstId);
    QVERIFY(model.profile().birth.isEmpty());
    QVERIFY(!model.result().has_value());
    QVERIFY(!model.input().has_value());
    QVERIFY(model.chosenCategories().isEmpty());
    QVERIFY(firstFlow.isNull()); // the pages that held the answers are gone
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QStringList left;
    for (auto *widget : QApplication::allWidgets()) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            text = edit->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text() + button->accessibleName(); // the date fields show what was typed
        for (const auto &trace : {QStringLiteral("2009"), QStringLiteral("mars 2027"), QStringLiteral("mars\u00a02027"),
                                  QStringLiteral("50\u00a0€")}) {
            if (text.contains(trace))
                left << QStringLiteral("%1: \"%2\"").arg(widget->objectName(), text);
        }
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    QCOMPARE(kiosk->idleTimer()->state(), IdlePolicy::State::Stopped);
}

void TestModes::kioskTimerPausesWhileAPageIsBusy()
{
    SessionModel model(*m_engine, *m_clock);
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("kiosk/idleSeconds"), 30);
    settings.setValue(QStringLiteral("kiosk/countdownSeconds"), 10);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    auto *kiosk = built.kiosk;
    QCOMPARE(kiosk->idleTimer()->timings().idleMs, 30'000);
    qint64 now = 0;
    kiosk->idleTimer()->setTimeSource([&now] { return now; });
    kiosk->idleTimer()->setManualTicks(true);
    kiosk->show();
    kiosk->startSession();
    // What a busy page does (the capture page, at the counselor's): the small API of ModeHooks.
    ui::reportBusy(kiosk->flow(), QStringLiteral("capture"), true);
    QVERIFY(kiosk->idleTimer()->isBusy());
    now = 600'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    ui::reportBusy(kiosk->flow(), QStringLiteral("capture"), false);
    now += 29'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    now += 1'000;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Countdown);
    QCOMPARE(kiosk->findChild<QLabel *>(QStringLiteral("countdownNumber"))->text(), QStringLiteral("10"));
}

void TestModes::welcomePrivacyTellsWhatEachModeDoes()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const auto privacyIn = [&](AppMode mode) {
        SessionModel model(*m_engine, *m_clock);
        auto built = app::createModeWindow(mode, model, *m_clock, settings, {}, m_settingsFile);
        return built.wizard->findChild<QLabel *>(QStringLiteral("privacyNotice"))->text();
    };
    // Counselor: kept here (6 months, pictures 30 days or until sent) and sent to the Mission Locale's server.
    const QString counselor = privacyIn(AppMode::Counselor);
    QVERIFY2(counselor.contains(QStringLiteral("6\u00a0mois")), qPrintable(counselor));
    QVERIFY(counselor.contains(QStringLiteral("30\u00a0jours")));
    QVERIFY(counselor.contains(QStringLiteral("serveur de ta Mission Locale")));
    QVERIFY(counselor.contains(QStringLiteral("Démarche Numérique")));
    QVERIFY(counselor.contains(QStringLiteral("conseill")));
    // Kiosk: nothing kept, nothing sent, by default; said on the attract screen, with where to ask.
    const auto kioskPrivacy = [&](ui::KioskWindow *kiosk) {
        return kiosk->findChild<QLabel *>(QStringLiteral("attractPrivacy"))->text();
    };
    SessionModel kioskModel(*m_engine, *m_clock);
    auto kioskBuilt = app::createModeWindow(AppMode::Kiosk, kioskModel, *m_clock, settings, {}, m_settingsFile);
    const QString kiosk = kioskPrivacy(kioskBuilt.kiosk);
    QVERIFY2(kiosk.contains(QStringLiteral("ne garde rien")), qPrintable(kiosk));
    QVERIFY(!kiosk.contains(QStringLiteral("serveur")));
    QVERIFY(!kiosk.contains(QStringLiteral("anonyme")));
    QVERIFY(kiosk.contains(QStringLiteral("Tu peux demander à l’accueil")));
    // Demo: made-up people, nothing kept.
    const QString demo = privacyIn(AppMode::Demo);
    QVERIFY2(demo.contains(QStringLiteral("démonstration")), qPrintable(demo));
    QVERIFY(!demo.contains(QStringLiteral("serveur")));
    // A kiosk whose owner turned the anonymous counts on says so.
    MemoryKeyStore keys;
    QString error;
    auto records = Records::open(recordsIn(QStringLiteral("privacy-data"), keys), &error);
    QVERIFY2(records, qPrintable(error));
    settings.setValue(QStringLiteral("kiosk/statistics"), QStringLiteral("anonymous"));
    SessionModel model(*m_engine, *m_clock);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    QVERIFY(app::applyKioskStatisticsPolicy(*built.kiosk, records->database(), settings));
    const QString counted = kioskPrivacy(built.kiosk);
    // What the counters count, truly: no name, no date of birth.
    QVERIFY2(counted.contains(QStringLiteral("anonyme")), qPrintable(counted));
    QVERIFY(counted.contains(QStringLiteral("ton âge")));
    QVERIFY(counted.contains(QStringLiteral("sans ton nom ni ta date de naissance")));
    settings.remove(QStringLiteral("kiosk/statistics"));
}

void TestModes::kioskKeepsOnlyAnonymousCountersWhenThePolicySaysSo()
{
    MemoryKeyStore keys;
    const Records::Options options = recordsIn(QStringLiteral("kiosk-data"), keys);
    QString error;
    auto records = Records::open(options, &error);
    QVERIFY2(records, qPrintable(error));
    KioskStatistics counters(records->database());
    QSettings settings(m_settingsFile, QSettings::IniFormat);

    const auto oneVisitToTheEnd = [&](ui::KioskWindow *kiosk) {
        kiosk->startSession();
        padDate(kiosk, QStringLiteral("10062008"));
        kiosk->flow()->nextButton()->click();
        answerToTheEnd(kiosk, QStringLiteral("CINEMA"));
        leaveKiosk(kiosk);
    };

    // The default policy: nothing at all is kept, not even a count.
    {
        SessionModel model(*m_engine, *m_clock);
        auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
        QVERIFY(!app::applyKioskStatisticsPolicy(*built.kiosk, records->database(), settings));
        built.kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(built.kiosk));
        oneVisitToTheEnd(built.kiosk);
        QCOMPARE(counters.visits(), 0);
    }

    // "anonymous": each visit adds to counters, however it ends.
    settings.setValue(QStringLiteral("kiosk/statistics"), QStringLiteral("anonymous"));
    SessionModel model(*m_engine, *m_clock);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, m_settingsFile);
    auto *kiosk = built.kiosk;
    QVERIFY(app::applyKioskStatisticsPolicy(*kiosk, records->database(), settings));
    qint64 now = 0;
    kiosk->idleTimer()->setTimeSource([&now] { return now; });
    kiosk->idleTimer()->setManualTicks(true);
    kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    QSignalSpy ended(kiosk, &ui::KioskWindow::visitEnded);

    oneVisitToTheEnd(kiosk); // 18 on the appointment date: eligible, chose cinema
    QCOMPARE(ended.count(), 1);
    oneVisitToTheEnd(kiosk);

    // "J'ai fini" on the nationality step.
    kiosk->startSession();
    padDate(kiosk, QStringLiteral("10062008"));
    kiosk->flow()->nextButton()->click();
    leaveKiosk(kiosk);

    // Walked away on the first step: the idle wipe.
    kiosk->startSession();
    now = 60'000;
    kiosk->idleTimer()->tick();
    now += 20'000;
    kiosk->idleTimer()->tick();
    QTRY_COMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
    QCOMPARE(ended.count(), 4);

    // The attract screen alone is not a visit.
    kiosk->wipe();
    QCOMPARE(ended.count(), 4);

    QCOMPARE(counters.visits(), 4);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    int rows = 0;
    QVERIFY2(counters.writeCsv(csv, &error, &rows), qPrintable(error));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.value(0), QByteArray("day,ending,step,outcome,age,visits,categories"));
    QCOMPARE(rows, 3);
    QVERIFY2(lines.contains("2026-11-26,finished,take_away,eligible,18,2,CINEMA:2"), csv.data().constData());
    QVERIFY2(lines.contains("2026-11-26,idle,birth_date,none,,1,"), csv.data().constData());
    QVERIFY2(lines.contains("2026-11-26,left,nationality,none,,1,"), csv.data().constData());

    // Nothing else: no session, no draft, and no trace of the birth date in the database file.
    QSqlDatabase db = records->database().connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM sessions) + (SELECT COUNT(*) FROM drafts)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    records.reset();
    QDirIterator files(options.dataDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("2008-06-10") && !bytes.contains("10/06/2008"), qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestModes)
#include "TestModes.moc"
