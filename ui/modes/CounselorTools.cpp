// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/CounselorTools.h"

#include "ui/modes/ModeHooks.h"
#include "ui/modes/SettingsDialog.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace passerelle::ui {

CounselorTools::CounselorTools(QMainWindow *window, QSettings &settings, const Clock &clock,
                               const QString &settingsFile)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_pin(PinLock::counselorKey(), clock, settingsFile)
    , m_menu(window->menuBar()->addMenu(QString()))
    , m_settingsAction(new QAction(window))
    , m_lockAction(new QAction(window))
    , m_lockScreen(new QWidget(window))
    , m_lockTitle(new QLabel(m_lockScreen))
    , m_lockPin(new QLineEdit(m_lockScreen))
    , m_lockMessage(new MessageLine(m_lockScreen, "lockMessage"))
    , m_unlock(new QPushButton(m_lockScreen))
{
    setWindowMode(window, AppMode::Counselor);
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_menu->addAction(m_settingsAction);
    m_menu->addAction(m_lockAction);
    connect(m_settingsAction, &QAction::triggered, this, &CounselorTools::openSettings);
    connect(m_lockAction, &QAction::triggered, this, &CounselorTools::lock);

    // The lock screen covers the whole window; what is under it is disabled, so Tab cannot reach it.
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_lockScreen->setProperty("role", QStringLiteral("panel"));
    m_lockScreen->setAttribute(Qt::WA_StyledBackground);
    m_lockTitle->setObjectName(QStringLiteral("lockTitle"));
    m_lockTitle->setProperty("role", QStringLiteral("panelTitle"));
    m_lockTitle->setAlignment(Qt::AlignCenter);
    m_lockTitle->setWordWrap(true);
    m_lockTitle->setBuddy(m_lockPin);
    m_lockPin->setEchoMode(QLineEdit::Password);
    m_lockPin->setMaxLength(12);
    m_lockMessage->setProperty("role", QStringLiteral("panelText"));
    m_lockMessage->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(m_lockScreen);
    layout->addStretch();
    layout->addWidget(m_lockTitle);
    layout->addWidget(m_lockPin, 0, Qt::AlignHCenter);
    layout->addWidget(m_lockMessage, 0, Qt::AlignHCenter); // its kind's bar beside the words
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_lockScreen->hide();
    connect(m_unlock, &QPushButton::clicked, this, &CounselorTools::tryUnlock);
    connect(m_lockPin, &QLineEdit::returnPressed, this, &CounselorTools::tryUnlock);
    window->installEventFilter(this);
    retranslate();
}

void CounselorTools::openSettings()
{
    if (m_locked)
        return;
    SettingsDialog dialog(m_settings, m_window);
    if (m_settingsSection)
        dialog.addSection(m_settingsSection(&dialog));
    dialog.exec();
}

void CounselorTools::lock()
{
    if (m_locked)
        return;
    if (!m_pin.isSet()) {
        m_window->statusBar()->showMessage(tr("Set a lock PIN in Tools > Settings first."), 10000);
        return;
    }
    m_locked = true;
    m_window->centralWidget()->setEnabled(false);
    m_window->menuBar()->setEnabled(false);
    for (auto *action : m_window->findChildren<QAction *>()) {
        if (action->isEnabled()) {
            action->setEnabled(false);
            m_disabled << action;
        }
    }
    m_lockScreen->setGeometry(m_window->rect());
    m_lockScreen->show();
    m_lockScreen->raise();
    m_lockMessage->hideMessage();
    m_lockPin->clear();
    m_lockPin->setFocus();
}

void CounselorTools::tryUnlock()
{
    switch (m_pin.tryPin(m_lockPin->text())) {
    case PinLock::Result::Accepted:
    case PinLock::Result::NotSet: // the PIN was removed elsewhere: nothing to check against
        m_locked = false;
        m_lockScreen->hide();
        m_window->centralWidget()->setEnabled(true);
        m_window->menuBar()->setEnabled(true);
        for (const auto &action : std::as_const(m_disabled)) {
            if (action)
                action->setEnabled(true);
        }
        m_disabled.clear();
        m_window->centralWidget()->setFocus();
        break;
    case PinLock::Result::Wrong:
        m_lockMessage->showMessage(m_pin.secondsUntilNextTry() > 0
                                       ? tr("Wrong PIN. Wait %n seconds.", nullptr, m_pin.secondsUntilNextTry())
                                       : tr("Wrong PIN."),
                                   MessageLine::Kind::Error);
        break;
    case PinLock::Result::TooSoon:
        m_lockMessage->showMessage(tr("Too many wrong PINs. Wait %n seconds.", nullptr, m_pin.secondsUntilNextTry()),
                                   MessageLine::Kind::Error);
        break;
    }
    m_lockPin->clear();
}

bool CounselorTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize && m_locked)
            m_lockScreen->setGeometry(m_window->rect());
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void CounselorTools::retranslate()
{
    m_menu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings..."));
    m_lockAction->setText(tr("&Lock while away"));
    m_lockTitle->setText(tr("Passerelle is locked. Counselor's PIN:"));
    name(m_lockPin, "unlockPinEdit", tr("Counselor's PIN"));
    m_unlock->setText(tr("&Unlock"));
    name(m_unlock, "unlockButton", tr("Unlock"));
}

} // namespace passerelle::ui
