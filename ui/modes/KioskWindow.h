// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/IdleTimer.h"
#include "core/modes/PinLock.h"
#include "core/storage/KioskStatistics.h"
#include "ui/wizard/SessionWizard.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QStackedWidget;

namespace passerelle {
class Clock;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {

class AttractScreen;
class CountdownScreen;

/**
 * The lobby kiosk: full screen, no decorations, no menus, no history, no settings, no files.
 * An attract screen between people; the wizard with a "J'ai fini / nouvelle personne" button;
 * after the idle time a countdown, then the session is wiped. Only the admin PIN lets one out.
 */
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    /** @p settingsFile: where the admin PIN hash is read (empty: the app's settings). */
    KioskWindow(SessionModel &model, const Clock &clock, IdleTimings timings, const QString &settingsFile = {},
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    SessionWizard *wizard() const { return m_wizard; }
    IdleTimer *idleTimer() const { return m_idle; }
    void setCompleter(SessionWizard::Completer completer);
    /** Shows the window full screen and frameless (tests may show it normally). */
    void showKiosk();

    enum class Screen { Attract, Session, Countdown };
    Screen screen() const;

public slots:
    void startSession();
    /** "J'ai fini / nouvelle personne", a finished wizard, or the idle timer: forget the person. */
    void wipe();
    /** Asks the admin PIN; on the right one, exitRequested() is emitted. */
    void askAdminPin();

signals:
    /** The admin PIN was given: the app may quit. */
    void exitRequested();
    /** Emitted after each wipe, once nothing of the person is left. */
    void wiped();
    /**
     * A person's visit ends (finished, "J'ai fini" or the idle wipe), just before the wipe: only what
     * the anonymous statistics may keep, for the kiosk's statistics policy to count or ignore.
     */
    void visitEnded(const passerelle::KioskVisit &visit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildWizard();
    /** Tells how the visit ended (visitEnded), then wipes. */
    void endVisit(KioskVisit::Ending ending);
    void retranslate();
    SessionModel &m_model;
    const Clock &m_clock;
    PinLock m_adminPin;
    SessionWizard::Completer m_completer;
    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    QWidget *m_sessionPage;
    QPointer<SessionWizard> m_wizard;
    QPushButton *m_done;
    CountdownScreen *m_countdown;
    IdleTimer *m_idle;
    QString m_language;
    bool m_exitAllowed = false;
    bool m_visitStarted = false;
};

} // namespace passerelle::ui
