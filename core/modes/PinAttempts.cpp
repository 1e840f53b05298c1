// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/PinAttempts.h"

#include "core/util/Clock.h"

#include <algorithm>

namespace passerelle {

PinAttempts::PinAttempts(const Clock &clock, PinAttemptPolicy policy)
    : m_clock(clock)
    , m_policy(policy)
{}

int PinAttempts::secondsUntilNextTry() const
{
    if (!m_lockedUntilUtc.isValid())
        return 0;
    const qint64 ms = m_clock.nowUtc().msecsTo(m_lockedUntilUtc);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void PinAttempts::recordFailure()
{
    ++m_failures;
    const int over = m_failures - m_policy.freeAttempts;
    if (over < 0)
        return;
    qint64 seconds = m_policy.firstLockoutSeconds;
    for (int i = 0; i < over && seconds < m_policy.maxLockoutSeconds; ++i)
        seconds *= 2;
    seconds = std::min<qint64>(seconds, m_policy.maxLockoutSeconds);
    m_lockedUntilUtc = m_clock.nowUtc().addSecs(seconds);
}

void PinAttempts::restore(int failures, const QDateTime &lockedUntilUtc)
{
    m_failures = std::max(0, failures);
    m_lockedUntilUtc = lockedUntilUtc;
}

void PinAttempts::recordSuccess()
{
    m_failures = 0;
    m_lockedUntilUtc = {};
}

} // namespace passerelle
