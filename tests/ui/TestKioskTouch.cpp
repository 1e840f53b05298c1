// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: a whole kiosk visit by touch alone (no key event at all), the way a young person alone
// in a lobby uses it: the language on the attract screen, the birth date on the number pad, the
// answers on big buttons, the answer, what they like, the offers, the take-away (a summary printed
// without any dialog), "I'm done" that asks once, and the admin PIN on the same number pad. On every
// screen, every control a finger can reach is measured: at least 48 px high, at least 8 px from the
// next one, its text at least 18 px, and named for screen readers.
#include "app/ModeWindows.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/PinLock.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/Theme.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/KioskFlow.h"
#include "ui/modes/KioskWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointingDevice>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace passerelle;

namespace {

/** Counts every key event the application sees: the visit must need none. */
class KeyCounter : public QObject
{
public:
    int keys = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease ||
            event->type() == QEvent::ShortcutOverride)
            ++keys;
        return QObject::eventFilter(watched, event);
    }
};

/** The controls a finger can reach on screen now, in @p root. */
QList<QWidget *> targets(QWidget *root)
{
    QList<QWidget *> found;
    for (auto *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root->window()) || !widget->isEnabled())
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget))
            found << widget;
    }
    return found;
}

/** The gap between two rectangles, across or down (negative when they overlap). */
int gap(const QRect &a, const QRect &b)
{
    const int across = std::max(b.left() - a.right() - 1, a.left() - b.right() - 1);
    const int down = std::max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1);
    return std::max(across, down);
}

} // namespace

class TestKioskTouch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aWholeVisitByTouchAlone_data();
    void aWholeVisitByTouchAlone();

private:
    /** A finger's tap at the centre of @p target, in its window. */
    void tap(QWidget *target);
    /** Measures every target of @p root on @p screen; adds what is wrong to m_problems. */
    void measure(QWidget *root, const QString &screen);

    std::unique_ptr<QTemporaryDir> m_dir;
    QPointingDevice *m_finger = nullptr;
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    std::unique_ptr<FixedClock> m_clock;
    QStringList m_problems;
    int m_measured = 0;
};

void TestKioskTouch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_finger = QTest::createTouchDevice();
    m_book = RuleBook::builtIn();
    m_engine = std::make_unique<EligibilityEngine>(m_book);
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
}

void TestKioskTouch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_problems.clear();
    m_measured = 0;
}

void TestKioskTouch::tap(QWidget *target)
{
    QVERIFY(target);
    QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(target->objectName()));
    QWidget *window = target->window();
    // A finger reaches only what is on screen: scroll a long page first, by tapping its scroll bar.
    QScrollArea *area = nullptr;
    for (auto *w = target->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    for (int guard = 0; area && guard < 20 && !target->visibleRegion().contains(target->rect().center()); ++guard) {
        QScrollBar *bar = area->verticalScrollBar();
        const bool below = target->mapTo(area->viewport(), QPoint(0, 0)).y() > 0;
        const QPoint end(bar->width() / 2, below ? bar->height() - bar->width() - 4 : bar->width() + 4);
        const QPoint barPoint = bar->mapTo(window, end);
        QTest::touchEvent(window->windowHandle(), m_finger).press(0, barPoint, window->windowHandle());
        QTest::touchEvent(window->windowHandle(), m_finger).release(0, barPoint, window->windowHandle());
        QApplication::processEvents();
    }
    QVERIFY2(target->visibleRegion().contains(target->rect().center()),
             qPrintable(target->objectName() + QStringLiteral(" is out of sight")));
    const QPoint point = target->mapTo(window, target->rect().center());
    QTest::touchEvent(window->windowHandle(), m_finger).press(0, point, window->windowHandle());
    QTest::touchEvent(window->windowHandle(), m_finger).release(0, point, window->windowHandle());
    QApplication::processEvents();
}

void TestKioskTouch::measure(QWidget *root, const QString &screen)
{
    QApplication::processEvents();
    const QList<QWidget *> found = targets(root);
    if (found.isEmpty())
        m_problems << screen + QStringLiteral(": nothing to touch");
    QList<std::pair<QWidget *, QRect>> rects;
    for (auto *widget : found) {
        ++m_measured;
        // What a finger can reach of it: the part on screen (a long page scrolls under the bar).
        const QRect shown = widget->visibleRegion().boundingRect();
        const QRect rect(widget->mapTo(root->window(), shown.topLeft()), shown.size());
        const QString name = QStringLiteral("%1: %2").arg(screen, widget->objectName());
        if (widget->height() < 48)
            m_problems << QStringLiteral("%1 is %2 px high").arg(name).arg(widget->height());
        if (QFontInfo(widget->font()).pixelSize() < 18)
            m_problems << QStringLiteral("%1 has text of %2 px").arg(name).arg(QFontInfo(widget->font()).pixelSize());
        if (widget->accessibleName().trimmed().isEmpty() || widget->objectName().isEmpty())
            m_problems << QStringLiteral("%1 (%2) has no name").arg(name, widget->metaObject()->className());
        if (rect.isEmpty())
            continue;
        for (const auto &[other, otherRect] : std::as_const(rects)) {
            if (const int between = gap(rect, otherRect); between < 8)
                m_problems << QStringLiteral("%1 and %2 are %3 px apart").arg(name, other->objectName()).arg(between);
        }
        rects.append({widget, rect});
    }
    for (auto *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root->window()) && !label->text().isEmpty() && QFontInfo(label->font()).pixelSize() < 18)
            m_problems << QStringLiteral("%1: label %2 has text of %3 px")
                              .arg(screen, label->objectName())
                              .arg(QFontInfo(label->font()).pixelSize());
    }
}

void TestKioskTouch::aWholeVisitByTouchAlone_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("200 %") << 2.0;
}

void TestKioskTouch::aWholeVisitByTouchAlone()
{
    QFETCH(double, scale);
    QVERIFY(installTranslations(QStringLiteral("fr")));
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, scale});
    PinLock admin(PinLock::adminKey(), *m_clock, m_dir->filePath(QStringLiteral("settings.ini")));
    QString why;
    QVERIFY(admin.setPin(QStringLiteral("482913"), 6, &why));
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("site/name"), QStringLiteral("Mission Locale de Lens-Liévin"));
    settings.setValue(QStringLiteral("site/contact"), QStringLiteral("03 21 00 00 00"));
    SessionModel model(*m_engine, *m_clock);
    auto built = app::createModeWindow(AppMode::Kiosk, model, *m_clock, settings, {}, settings.fileName());
    auto *kiosk = built.kiosk;
    QVERIFY(kiosk && !built.wizard);
    // The one missing piece of hardware, the printer: a PDF file stands in for it.
    const QString printout = m_dir->filePath(QStringLiteral("printout.pdf"));
    ui::KioskTakeAway takeAway = app::kioskTakeAway(settings);
    takeAway.printer = [printout] {
        auto printer = std::make_unique<QPrinter>();
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printout);
        return printer;
    };
    kiosk->setTakeAway(takeAway);
    qint64 now = 0;
    kiosk->idleTimer()->setTimeSource([&now] { return now; });
    kiosk->idleTimer()->setManualTicks(true);
    kiosk->resize(1024, 768);
    kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    KeyCounter keys;
    qApp->installEventFilter(&keys);
    const auto find = [kiosk](const QString &name) { return kiosk->findChild<QAbstractButton *>(name); };

    // The language first, by its own name, before reading any French: it changes on the spot.
    measure(kiosk, QStringLiteral("attract"));
    tap(find(QStringLiteral("language_en")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(kiosk->findChild<QLabel *>(QStringLiteral("attractTitle"))->text(),
             QStringLiteral("The pass Culture: is it for you?"));
    tap(find(QStringLiteral("language_fr")));
    QCOMPARE(currentLanguage(), QStringLiteral("fr"));
    QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("attractTitle"))->text().contains(QStringLiteral("pour toi")));
    tap(find(QStringLiteral("attractStartButton")));
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    QCOMPARE(kiosk->idleTimer()->state(), IdlePolicy::State::Active);

    auto *flow = kiosk->flow();
    auto *count = kiosk->findChild<QLabel *>(QStringLiteral("kioskStepCount"));
    QCOMPARE(flow->currentStep(), KioskStep::BirthDate);
    QVERIFY2(count->text().startsWith(QStringLiteral("Étape 1 sur")), qPrintable(count->text()));
    QVERIFY(!flow->nextButton()->isEnabled()); // nothing typed yet
    measure(kiosk, QStringLiteral("birth_date"));
    // 10 June 2008, on the pad: 18 on the visit's date. A wrong digit, erased, on the way.
    for (const QChar digit : QStringLiteral("10069"))
        tap(find(QStringLiteral("birthDigit") + digit));
    tap(find(QStringLiteral("birthErase")));
    for (const QChar digit : QStringLiteral("2008"))
        tap(find(QStringLiteral("birthDigit") + digit));
    QCOMPARE(model.profile().birth.day, QStringLiteral("10"));
    QCOMPARE(model.profile().birth.month, QStringLiteral("06"));
    QCOMPARE(model.profile().birth.year, QStringLiteral("2008"));
    QVERIFY(flow->nextButton()->isEnabled());
    tap(flow->nextButton());

    // Back works, and keeps what was typed.
    QCOMPARE(flow->currentStep(), KioskStep::Nationality);
    tap(flow->backButton());
    QCOMPARE(flow->currentStep(), KioskStep::BirthDate);
    QCOMPARE(model.profile().birth.year, QStringLiteral("2008"));
    tap(flow->nextButton());

    // One question per step, nothing chosen for the young person; Next waits for an answer.
    const QList<std::pair<KioskStep, QString>> answers{{KioskStep::Nationality, QStringLiteral("nationalityFrench")},
                                                       {KioskStep::Territory, QStringLiteral("territory_metro")},
                                                       {KioskStep::Document, QStringLiteral("document_fr_passport")},
                                                       {KioskStep::Smartphone, QStringLiteral("smartphoneYes")}};
    for (const auto &[step, answer] : answers) {
        const QString code = kioskStepCode(step);
        QCOMPARE(flow->currentStep(), step);
        QVERIFY2(!flow->nextButton()->isEnabled(), qPrintable(code));
        measure(kiosk, code);
        tap(find(answer));
        QVERIFY(find(answer)->isChecked());
        tap(flow->nextButton());
    }
    // 18: no school question (ÉduConnect is for 15 to 17); the answer comes.
    QCOMPARE(flow->currentStep(), KioskStep::Answer);
    QCOMPARE(model.result()->status, EligibilityStatus::Eligible);
    QCOMPARE(model.profile().document, IdentityDocument::FrenchPassport);
    measure(kiosk, QStringLiteral("answer"));
    QStringList words;
    for (auto *label : flow->findChildren<QLabel *>()) {
        if (label->isVisibleTo(kiosk))
            words << label->text();
    }
    const QString answerText = words.join(QLatin1Char('\n'));
    QVERIFY2(answerText.contains(QStringLiteral("150\u00a0€")), qPrintable(answerText));
    tap(flow->nextButton());

    QCOMPARE(flow->currentStep(), KioskStep::Interests);
    QVERIFY(!flow->nextButton()->isEnabled());
    measure(kiosk, QStringLiteral("interests"));
    tap(find(QStringLiteral("tile_CINEMA")));
    QCOMPARE(model.chosenCategories(), QStringList{QStringLiteral("CINEMA")});
    tap(flow->nextButton());
    QCOMPARE(flow->currentStep(), KioskStep::Offers);
    measure(kiosk, QStringLiteral("offers"));
    tap(flow->nextButton());

    // The take-away: what to bring to a counselor and how to book one; a printout, no dialog.
    QCOMPARE(flow->currentStep(), KioskStep::TakeAway);
    QVERIFY(!flow->nextButton()->isVisible());
    measure(kiosk, QStringLiteral("take_away"));
    words.clear();
    for (auto *label : flow->findChildren<QLabel *>()) {
        if (label->isVisibleTo(kiosk))
            words << label->text();
    }
    const QString takeAwayText = words.join(QLatin1Char('\n'));
    QVERIFY2(takeAwayText.contains(QStringLiteral("03 21 00 00 00")), qPrintable(takeAwayText));
    QVERIFY(takeAwayText.contains(QStringLiteral("Passeport")) || takeAwayText.contains(QStringLiteral("passeport")));
    QVERIFY(takeAwayText.contains(QStringLiteral("accueil")));
    tap(find(QStringLiteral("kioskPrintButton")));
    QVERIFY(QApplication::topLevelWidgets().size() >= 1);
    QVERIFY(!QApplication::activeModalWidget()); // no print dialog
    QFile pdf(printout);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(printout));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("kioskPrintStatus"))->isVisible());

    // "I'm done" asks once; "no" goes back to where one was, "yes" erases everything.
    tap(flow->doneButton());
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Leave);
    QVERIFY(kiosk->findChild<QLabel *>(QStringLiteral("leaveTitle"))->text().contains(QStringLiteral("Tout effacer")));
    measure(kiosk->findChild<QWidget *>(QStringLiteral("leaveScreen")), QStringLiteral("leave"));
    tap(find(QStringLiteral("leaveCancelButton")));
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    QCOMPARE(kiosk->flow()->currentStep(), KioskStep::TakeAway);
    QSignalSpy ended(kiosk, &ui::KioskWindow::visitEnded);
    tap(kiosk->flow()->doneButton());
    tap(find(QStringLiteral("leaveConfirmButton")));
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Attract);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().value<KioskVisit>().ending, KioskVisit::Ending::Finished);
    QVERIFY(model.profile().birth.isEmpty());
    QVERIFY(!model.result().has_value());

    // The idle countdown is still there, and touched away.
    kiosk->startSession();
    now = kiosk->idleTimer()->timings().idleMs;
    kiosk->idleTimer()->tick();
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Countdown);
    measure(kiosk->findChild<QWidget *>(QStringLiteral("countdownScreen")), QStringLiteral("countdown"));
    tap(find(QStringLiteral("stayButton")));
    QCOMPARE(kiosk->screen(), ui::KioskWindow::Screen::Session);
    kiosk->wipe();

    // The only way out: the admin PIN, on the same number pad. A wrong one first.
    QSignalSpy exit(kiosk, &ui::KioskWindow::exitRequested);
    const auto pinByTouch = [&](const QString &pin, bool expectAccepted) {
        // The dialog opens when the synthesised click lands: wait for it, then answer it.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [this, &poll, pin, expectAccepted] {
            auto *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            poll.stop();
            QCOMPARE(dialog->objectName(), QStringLiteral("pinDialog"));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            measure(dialog, QStringLiteral("admin PIN"));
            for (const QChar digit : pin)
                tap(dialog->findChild<QAbstractButton *>(QStringLiteral("pinDigit") + digit));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text().size(), pin.size());
            tap(dialog->findChild<QAbstractButton *>(QStringLiteral("pinOkButton")));
            if (!expectAccepted) {
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pinMessage"))->isVisible());
                tap(dialog->findChild<QAbstractButton *>(QStringLiteral("pinCancelButton")));
            }
        });
        poll.start();
        tap(find(QStringLiteral("attractAdminButton")));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        poll.stop();
    };
    pinByTouch(QStringLiteral("111222"), false);
    QCOMPARE(exit.count(), 0);
    QVERIFY(!kiosk->close());
    pinByTouch(QStringLiteral("482913"), true);
    QCOMPARE(exit.count(), 1);

    qApp->removeEventFilter(&keys);
    QCOMPARE(keys.keys, 0);
    QVERIFY(m_measured > 60);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    QVERIFY(kiosk->close()); // now the window may close
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0});
}

QTEST_MAIN(TestKioskTouch)
#include "TestKioskTouch.moc"
