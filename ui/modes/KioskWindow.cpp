// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskWindow.h"

#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/CountdownScreen.h"
#include "ui/modes/KioskStyle.h"
#include "ui/modes/LeaveScreen.h"
#include "ui/modes/ModeHooks.h"
#include "ui/modes/PinDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace passerelle::ui {

KioskWindow::KioskWindow(SessionModel &model, const Clock &clock, IdleTimings timings, const QString &settingsFile,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
    , m_adminPin(PinLock::adminKey(), clock, settingsFile)
    , m_stack(new QStackedWidget(this))
    , m_attract(new AttractScreen(m_stack))
    , m_sessionPage(new QWidget(m_stack))
    , m_countdown(new CountdownScreen(m_stack))
    , m_leave(new LeaveScreen(m_stack))
    , m_idle(new IdleTimer(timings, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowMode(this, AppMode::Kiosk);
    setStyleSheet(kioskStyleSheet(kioskBasePixels(QApplication::font())));
    QString catalogueError;
    m_catalogue = OfferCatalogue::builtIn(&catalogueError);
    if (m_catalogue.isEmpty())
        qWarning("offer catalogue: %s", qPrintable(catalogueError));
    m_language = currentLanguage();
    m_sessionPage->setObjectName(QStringLiteral("kioskSessionPage"));
    auto *sessionLayout = new QVBoxLayout(m_sessionPage);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_attract);
    m_stack->addWidget(m_sessionPage);
    m_stack->addWidget(m_countdown);
    m_stack->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    buildFlow();

    connect(m_attract, &AttractScreen::startRequested, this, &KioskWindow::startSession);
    connect(m_attract, &AttractScreen::adminRequested, this, &KioskWindow::askAdminPin);
    connect(m_attract, &AttractScreen::languageRequested, this, &KioskWindow::chooseLanguage);
    connect(m_leave, &LeaveScreen::cancelled, this, [this] {
        m_stack->setCurrentWidget(m_sessionPage);
        if (m_flow)
            m_flow->doneButton()->setFocus();
    });
    connect(m_leave, &LeaveScreen::confirmed, this, [this] {
        endVisit(m_flow && m_flow->currentStep() == KioskStep::TakeAway ? KioskVisit::Ending::Finished
                                                                        : KioskVisit::Ending::Left);
    });
    connect(m_countdown, &CountdownScreen::stayRequested, m_idle, &IdleTimer::activity);
    connect(m_idle, &IdleTimer::warning, this, [this](int secondsLeft) {
        m_countdown->setSecondsLeft(secondsLeft);
        if (m_stack->currentWidget() != m_countdown) {
            m_stack->setCurrentWidget(m_countdown);
            m_countdown->stayButton()->setFocus();
        }
    });
    connect(m_idle, &IdleTimer::resumed, this, [this] {
        m_stack->setCurrentWidget(m_sessionPage);
        if (m_flow)
            m_flow->focusStep();
    });
    // The wipe is queued: the timer's signal must not delete widgets under the event being handled.
    connect(
        m_idle, &IdleTimer::expired, this, [this] { endVisit(KioskVisit::Ending::Idle); }, Qt::QueuedConnection);
    // Every key, click or touch anywhere in the app is a sign of life.
    qApp->installEventFilter(this);
    retranslate();
    m_stack->setCurrentWidget(m_attract);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    // A dropped flow waits for the event loop to be deleted; it must not outlive the model it reads.
    for (const auto &old : std::as_const(m_dropped))
        delete old.data();
}

void KioskWindow::buildFlow()
{
    m_flow = new KioskFlow(m_model, m_catalogue, m_takeAway, m_sessionPage);
    m_sessionPage->layout()->addWidget(m_flow);
    // Explicitly: a child added to a page that is on screen (the wipe happens there) stays hidden
    // otherwise, and the next person would face an empty page.
    m_flow->show();
    connect(m_flow, &KioskFlow::leaveRequested, this, &KioskWindow::askToLeave);
}

void KioskWindow::dropFlow()
{
    if (!m_flow)
        return;
    KioskFlow *old = m_flow;
    old->disconnect(this);
    old->hide();
    old->setParent(nullptr);
    old->deleteLater();
    m_dropped.removeAll(nullptr);
    m_dropped << old;
}

void KioskWindow::setTakeAway(KioskTakeAway takeAway)
{
    m_takeAway = std::move(takeAway);
    if (!m_visitStarted) {
        dropFlow();
        buildFlow();
    }
}

void KioskWindow::setAnonymousCounts(bool counted)
{
    m_attract->setAnonymousCounts(counted);
}

void KioskWindow::showKiosk()
{
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // Outside cage there may be no window manager to act on the full-screen state (an X session
    // with none): the window covers its screen by itself too.
    if (const QScreen *display = QWidget::screen())
        setGeometry(display->geometry());
    showFullScreen();
}

KioskWindow::Screen KioskWindow::screen() const
{
    const QWidget *current = m_stack->currentWidget();
    if (current == m_attract)
        return Screen::Attract;
    if (current == m_leave)
        return Screen::Leave;
    return current == m_countdown ? Screen::Countdown : Screen::Session;
}

void KioskWindow::startSession()
{
    m_model.start();
    m_model.setLanguage(currentLanguage());
    m_visitStarted = true;
    m_stack->setCurrentWidget(m_sessionPage);
    m_flow->focusStep();
    m_idle->start();
}

void KioskWindow::chooseLanguage(const QString &language)
{
    // Every widget gets a LanguageChange event and translates itself, on the spot.
    if (language != currentLanguage() && installTranslations(language))
        m_model.setLanguage(language);
    m_attract->showLanguage(currentLanguage());
}

void KioskWindow::askToLeave()
{
    m_stack->setCurrentWidget(m_leave);
    m_leave->cancelButton()->setFocus();
}

void KioskWindow::endVisit(KioskVisit::Ending ending)
{
    if (m_visitStarted && m_flow) {
        emit visitEnded(
            KioskVisit::from(m_model, m_flow->currentStep(), ending, m_clock.nowUtc().toLocalTime().date()));
    }
    wipe();
}

void KioskWindow::wipe()
{
    m_visitStarted = false;
    m_idle->stop();
    m_model.start();
    // A new flow rather than a reset one: nothing typed survives in a widget.
    dropFlow();
    // The next person starts in the kiosk's language, whatever the previous one chose.
    if (currentLanguage() != m_language)
        installTranslations(m_language);
    m_model.setLanguage(m_language);
    buildFlow();
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->clear(QClipboard::Selection);
    m_stack->setCurrentWidget(m_attract);
    m_attract->showLanguage(m_language);
    m_attract->startButton()->setFocus();
    emit wiped();
}

void KioskWindow::askAdminPin()
{
    const bool wasRunning = m_idle->state() != IdlePolicy::State::Stopped;
    PinDialog dialog(m_adminPin, tr("Administration"), tr("Admin PIN to leave the kiosk:"), this);
    // The kiosk's text size and touch keys in the dialog too.
    dialog.setStyleSheet(styleSheet());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (wasRunning)
        m_idle->activity();
    if (accepted) {
        m_exitAllowed = true;
        emit exitRequested();
    }
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        m_idle->activity();
        // Alt+F4 and Ctrl+Q would ask to close the app; Escape closes dialogs.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_F4 && key->modifiers() & Qt::AltModifier) ||
            key->matches(QKeySequence::Quit) || key->matches(QKeySequence::Close))
            return true;
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_idle->activity();
        break;
    case QEvent::ContextMenu:
        // No context menus: "Paste", "Select all" and friends have no place in a public kiosk.
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool KioskWindow::event(QEvent *event)
{
    if (event->type() == BusyEvent::eventType()) {
        const auto *busy = static_cast<BusyEvent *>(event);
        m_idle->setBusy(busy->reason(), busy->busy());
        return true;
    }
    return QWidget::event(event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_exitAllowed)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Passerelle: the pass Culture"));
}

} // namespace passerelle::ui
