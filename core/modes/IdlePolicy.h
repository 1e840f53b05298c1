// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace passerelle {

/** How long a kiosk waits for input before asking "still there?", then before wiping. */
struct IdleTimings
{
    int idleMs = 60'000;
    int countdownMs = 20'000;
};

/**
 * The kiosk's idle state machine, on a monotonic time in milliseconds given by the caller (so it
 * is tested without waiting). Stopped -> start() -> Active -> (no input for idleMs) -> Warning ->
 * (no input for countdownMs) -> Expired. Input in Active or Warning goes back to Active. While
 * any page says it is busy (the capture page sees a document), time does not count.
 */
class IdlePolicy
{
public:
    enum class State { Stopped, Active, Warning, Expired };

    explicit IdlePolicy(IdleTimings timings = {});

    IdleTimings timings() const { return m_timings; }
    void setTimings(IdleTimings timings) { m_timings = timings; }

    void start(qint64 nowMs);
    void stop();
    /** Input from the person (a key, a touch, a click). Ignored when Stopped or Expired. */
    void activity(qint64 nowMs);
    /** @p reason busy or not; the idle time restarts from the moment the last reason ends. */
    void setBusy(const QString &reason, bool busy, qint64 nowMs);
    bool isBusy() const { return !m_busy.isEmpty(); }

    /** Moves the state on to @p nowMs and returns it. */
    State update(qint64 nowMs);
    State state() const { return m_state; }
    /** Whole seconds left in the countdown (rounded up); 0 outside Warning. */
    int secondsLeft(qint64 nowMs) const;

private:
    IdleTimings m_timings;
    State m_state = State::Stopped;
    qint64 m_lastInputMs = 0;
    QSet<QString> m_busy;
};

} // namespace passerelle
