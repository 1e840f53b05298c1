// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/IdlePolicy.h"

namespace passerelle {

IdlePolicy::IdlePolicy(IdleTimings timings)
    : m_timings(timings)
{}

void IdlePolicy::start(qint64 nowMs)
{
    m_state = State::Active;
    m_lastInputMs = nowMs;
    m_busy.clear();
}

void IdlePolicy::stop()
{
    m_state = State::Stopped;
    m_busy.clear();
}

void IdlePolicy::activity(qint64 nowMs)
{
    if (m_state != State::Active && m_state != State::Warning)
        return;
    m_state = State::Active;
    m_lastInputMs = nowMs;
}

void IdlePolicy::setBusy(const QString &reason, bool busy, qint64 nowMs)
{
    if (m_state == State::Stopped || m_state == State::Expired)
        return;
    const bool wasBusy = isBusy();
    if (busy)
        m_busy.insert(reason);
    else
        m_busy.remove(reason);
    // A document in front of the camera means someone is there: same as input, at both ends.
    if (wasBusy != isBusy() || busy)
        activity(nowMs);
}

IdlePolicy::State IdlePolicy::update(qint64 nowMs)
{
    if (m_state == State::Stopped || m_state == State::Expired)
        return m_state;
    if (isBusy()) {
        m_lastInputMs = nowMs;
        m_state = State::Active;
        return m_state;
    }
    const qint64 quiet = nowMs - m_lastInputMs;
    if (quiet >= qint64(m_timings.idleMs) + m_timings.countdownMs)
        m_state = State::Expired;
    else if (quiet >= m_timings.idleMs)
        m_state = State::Warning;
    return m_state;
}

int IdlePolicy::secondsLeft(qint64 nowMs) const
{
    if (m_state != State::Warning)
        return 0;
    const qint64 left = qint64(m_timings.idleMs) + m_timings.countdownMs - (nowMs - m_lastInputMs);
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

} // namespace passerelle
