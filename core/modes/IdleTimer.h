// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/IdlePolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace passerelle {

/**
 * Drives an IdlePolicy from a timer and says when to warn and when to wipe. The time source is
 * injectable (tests call tick() with their own clock); the UI feeds activity() and setBusy().
 */
class IdleTimer : public QObject
{
    Q_OBJECT

public:
    using MonotonicMs = std::function<qint64()>;

    explicit IdleTimer(IdleTimings timings, QObject *parent = nullptr);
    /** Replaces the monotonic clock (milliseconds); the real one is a QElapsedTimer. */
    void setTimeSource(MonotonicMs now) { m_now = std::move(now); }
    /** Stops the periodic timer: the test calls tick() itself. */
    void setManualTicks(bool manual);

    void setTimings(IdleTimings timings) { m_policy.setTimings(timings); }
    IdleTimings timings() const { return m_policy.timings(); }
    IdlePolicy::State state() const { return m_policy.state(); }
    int secondsLeft() const { return m_policy.secondsLeft(m_now()); }
    bool isBusy() const { return m_policy.isBusy(); }

public slots:
    void start();
    void stop();
    void activity();
    void setBusy(const QString &reason, bool busy);
    /** Moves the policy on and emits what changed. */
    void tick();

signals:
    /** "Tu es toujours là ?" must be shown, with @p secondsLeft. */
    void warning(int secondsLeft);
    /** The warning was answered (input, or a page became busy). */
    void resumed();
    /** Time is up: wipe the session. Emitted once per start(). */
    void expired();

private:
    void emitChanges(IdlePolicy::State before);
    IdlePolicy m_policy;
    QElapsedTimer m_elapsed;
    MonotonicMs m_now;
    QTimer m_timer;
    int m_lastSecondsLeft = -1;
    bool m_manual = false;
};

} // namespace passerelle
