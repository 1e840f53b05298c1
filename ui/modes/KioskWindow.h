// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/IdleTimer.h"
#include "core/modes/PinLock.h"
#include "core/offers/OfferCatalogue.h"
#include "core/storage/KioskStatistics.h"
#include "ui/modes/KioskFlow.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace passerelle {
class Clock;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {

class AttractScreen;
class CountdownScreen;
class LeaveScreen;

/**
 * The lobby kiosk: full screen, no decorations, no menus, no history, no settings, no files.
 * An attract screen between people (the language, then "Start"); a visit of its own for a young
 * person alone (KioskFlow); "I'm done" asks once, then erases; after the idle time a countdown,
 * then the visit is wiped. Only the admin PIN, typed on the same number pad, lets one out.
 */
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    /** @p settingsFile: where the admin PIN hash is read (empty: the app's settings). */
    KioskWindow(SessionModel &model, const Clock &clock, IdleTimings timings, const QString &settingsFile = {},
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    /** The visit on screen; a new one after every wipe. */
    KioskFlow *flow() const { return m_flow; }
    AttractScreen *attract() const { return m_attract; }
    IdleTimer *idleTimer() const { return m_idle; }
    /** What the last step offers (the Mission Locale's contact, a printer): from the next visit on. */
    void setTakeAway(KioskTakeAway takeAway);
    /** The owner turned the anonymous counts on: the privacy line says what is counted. */
    void setAnonymousCounts(bool counted);
    /** Shows the window full screen and frameless (tests may show it normally). */
    void showKiosk();

    enum class Screen { Attract, Session, Countdown, Leave };
    Screen screen() const;

public slots:
    void startSession();
    /** Switches the kiosk to @p language for this visit (the next person gets the kiosk's own again). */
    void chooseLanguage(const QString &language);
    /** "I'm done": asks once whether to erase everything. */
    void askToLeave();
    /** The leave was confirmed, a finished visit, or the idle timer: forget the person. */
    void wipe();
    /** Asks the admin PIN; on the right one, exitRequested() is emitted. */
    void askAdminPin();

signals:
    /** The admin PIN was given: the app may quit. */
    void exitRequested();
    /** Emitted after each wipe, once nothing of the person is left. */
    void wiped();
    /**
     * A person's visit ends ("I'm done" or the idle wipe), just before the wipe: only what the
     * anonymous statistics may keep, for the kiosk's statistics policy to count or ignore.
     */
    void visitEnded(const passerelle::KioskVisit &visit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildFlow();
    /** Takes the visit's widgets off screen and out of the window, to be deleted. */
    void dropFlow();
    /** Tells how the visit ended (visitEnded), then wipes. */
    void endVisit(KioskVisit::Ending ending);
    void retranslate();
    SessionModel &m_model;
    const Clock &m_clock;
    PinLock m_adminPin;
    OfferCatalogue m_catalogue;
    KioskTakeAway m_takeAway;
    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    QWidget *m_sessionPage;
    QPointer<KioskFlow> m_flow;
    QList<QPointer<KioskFlow>> m_dropped; ///< waiting for deleteLater()
    CountdownScreen *m_countdown;
    LeaveScreen *m_leave;
    IdleTimer *m_idle;
    QString m_language;
    bool m_exitAllowed = false;
    bool m_visitStarted = false;
};

} // namespace passerelle::ui
