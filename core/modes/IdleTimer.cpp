// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/IdleTimer.h"

namespace passerelle {

IdleTimer::IdleTimer(IdleTimings timings, QObject *parent)
    : QObject(parent)
    , m_policy(timings)
{
    m_elapsed.start();
    m_now = [this] { return m_elapsed.elapsed(); };
    // A quarter of a second: the countdown's seconds tick over on time without busy polling.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleTimer::tick);
}

void IdleTimer::setManualTicks(bool manual)
{
    m_manual = manual;
    if (manual)
        m_timer.stop();
    else if (m_policy.state() != IdlePolicy::State::Stopped)
        m_timer.start();
}

void IdleTimer::start()
{
    m_policy.start(m_now());
    m_lastSecondsLeft = -1;
    if (!m_manual)
        m_timer.start();
}

void IdleTimer::stop()
{
    m_policy.stop();
    m_timer.stop();
}

void IdleTimer::activity()
{
    const auto before = m_policy.state();
    m_policy.activity(m_now());
    emitChanges(before);
}

void IdleTimer::setBusy(const QString &reason, bool busy)
{
    const auto before = m_policy.state();
    m_policy.setBusy(reason, busy, m_now());
    emitChanges(before);
}

void IdleTimer::tick()
{
    const auto before = m_policy.state();
    m_policy.update(m_now());
    emitChanges(before);
}

void IdleTimer::emitChanges(IdlePolicy::State before)
{
    using State = IdlePolicy::State;
    const State now = m_policy.state();
    if (now == State::Warning) {
        const int left = m_policy.secondsLeft(m_now());
        if (before != State::Warning || left != m_lastSecondsLeft) {
            m_lastSecondsLeft = left;
            emit warning(left);
        }
    } else if (before == State::Warning && now == State::Active) {
        m_lastSecondsLeft = -1;
        emit resumed();
    }
    if (now == State::Expired && before != State::Expired) {
        m_timer.stop();
        emit expired();
    }
}

} // namespace passerelle
