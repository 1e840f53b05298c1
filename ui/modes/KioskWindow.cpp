// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskWindow.h"

#include "core/session/SessionModel.h"
#include "core/session/WizardFlow.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/CountdownScreen.h"
#include "ui/modes/ModeHooks.h"
#include "ui/modes/PinDialog.h"
#include "ui/widgets/Accessibility.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
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
    , m_done(new QPushButton(m_sessionPage))
    , m_countdown(new CountdownScreen(m_stack))
    , m_idle(new IdleTimer(timings, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowMode(this, AppMode::Kiosk);
    m_language = currentLanguage();
    m_sessionPage->setObjectName(QStringLiteral("kioskSessionPage"));
    m_done->setProperty("role", QStringLiteral("big"));
    auto *sessionLayout = new QVBoxLayout(m_sessionPage);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_done);
    sessionLayout->addLayout(bar);
    m_stack->addWidget(m_attract);
    m_stack->addWidget(m_sessionPage);
    m_stack->addWidget(m_countdown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    buildWizard();

    connect(m_attract, &AttractScreen::startRequested, this, &KioskWindow::startSession);
    connect(m_attract, &AttractScreen::adminRequested, this, &KioskWindow::askAdminPin);
    connect(m_done, &QPushButton::clicked, this, [this] {
        endVisit(m_wizard && m_wizard->nextId() == -1 ? KioskVisit::Ending::Finished : KioskVisit::Ending::Left);
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
        if (m_wizard)
            m_wizard->setFocus();
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
}

void KioskWindow::buildWizard()
{
    m_wizard = new SessionWizard(m_model, m_sessionPage);
    m_wizard->setWindowFlags(Qt::Widget);
    m_wizard->setCompleter(m_completer);
    static_cast<QVBoxLayout *>(m_sessionPage->layout())->insertWidget(0, m_wizard, 1);
    // Explicitly: a child added to a page that is on screen (the wipe happens there) stays hidden
    // otherwise, and the next person would face an empty page.
    m_wizard->show();
    // Finish (saved) or any other end of the wizard: the next person starts from the attract screen.
    connect(
        m_wizard, &QWizard::finished, this,
        [this](int result) {
            endVisit(result == QDialog::Accepted ? KioskVisit::Ending::Finished : KioskVisit::Ending::Left);
        },
        Qt::QueuedConnection);
    setTabOrder(m_wizard, m_done);
}

void KioskWindow::setCompleter(SessionWizard::Completer completer)
{
    m_completer = std::move(completer);
    if (m_wizard)
        m_wizard->setCompleter(m_completer);
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
    if (m_stack->currentWidget() == m_attract)
        return Screen::Attract;
    return m_stack->currentWidget() == m_countdown ? Screen::Countdown : Screen::Session;
}

void KioskWindow::startSession()
{
    m_model.start();
    m_wizard->restart();
    m_visitStarted = true;
    m_stack->setCurrentWidget(m_sessionPage);
    m_wizard->setFocus();
    m_idle->start();
}

void KioskWindow::endVisit(KioskVisit::Ending ending)
{
    if (m_visitStarted && m_wizard) {
        emit visitEnded(KioskVisit::from(m_model, WizardFlow::stepCode(m_wizard->currentStep()), ending,
                                         m_clock.nowUtc().toLocalTime().date()));
    }
    wipe();
}

void KioskWindow::wipe()
{
    m_visitStarted = false;
    m_idle->stop();
    m_model.start();
    // A new wizard rather than a reset one: pages keep what was typed in their widgets (and the
    // capture page its camera) until they are destroyed.
    if (m_wizard) {
        SessionWizard *old = m_wizard;
        old->disconnect(this);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    buildWizard();
    // The next person starts in the kiosk's language, whatever the previous one chose.
    if (currentLanguage() != m_language)
        installTranslations(m_language);
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->clear(QClipboard::Selection);
    m_stack->setCurrentWidget(m_attract);
    m_attract->startButton()->setFocus();
    emit wiped();
}

void KioskWindow::askAdminPin()
{
    const bool wasRunning = m_idle->state() != IdlePolicy::State::Stopped;
    PinDialog dialog(m_adminPin, tr("Administration"), tr("Admin PIN to leave the kiosk:"), this);
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
        // Escape would close the wizard (a QDialog); Alt+F4 and Ctrl+Q would ask to close the app.
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
    m_done->setText(tr("I'm &done / new person"));
    name(m_done, "doneButton", tr("I'm done, new person"), tr("Erases your answers for the next person."));
}

} // namespace passerelle::ui
