// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/PinLock.h"

#include <QAction>

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QPushButton;
class QSettings;
class QWidget;

namespace passerelle::ui {

class MessageLine;

/**
 * The counselor's tools on the main window: a "Tools" menu with Settings (Ctrl+,) and Lock
 * (Ctrl+L). Locked, the window shows only a PIN field (rate-limited) until the counselor's PIN.
 */
class CounselorTools : public QObject
{
    Q_OBJECT

public:
    CounselorTools(QMainWindow *window, QSettings &settings, const Clock &clock, const QString &settingsFile = {});

    bool isLocked() const { return m_locked; }
    /** The "Tools" menu, for the composition root to add its own actions (history...). */
    QMenu *menu() const { return m_menu; }
    /** Adds a section (built for each opening, parented to the dialog) to the settings dialog. */
    void setSettingsSection(std::function<QWidget *(QWidget *dialog)> section)
    {
        m_settingsSection = std::move(section);
    }

public slots:
    void openSettings();
    /** Locks the window if a lock PIN is set; returns nothing, says why in the status bar if not. */
    void lock();
    /** Checks the PIN typed on the lock screen. */
    void tryUnlock();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();
    QMainWindow *m_window;
    QSettings &m_settings;
    PinLock m_pin;
    QMenu *m_menu;
    QAction *m_settingsAction;
    QAction *m_lockAction;
    QWidget *m_lockScreen;
    QLabel *m_lockTitle;
    QLineEdit *m_lockPin;
    MessageLine *m_lockMessage;
    QPushButton *m_unlock;
    QList<QPointer<QAction>> m_disabled;
    bool m_locked = false;
    std::function<QWidget *(QWidget *dialog)> m_settingsSection;
};

} // namespace passerelle::ui
