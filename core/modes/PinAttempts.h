// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace passerelle {

class Clock;

/** How many wrong PINs are let through before waiting, and how long the waits get. */
struct PinAttemptPolicy
{
    int freeAttempts = 3;         ///< wrong PINs before the first wait
    int firstLockoutSeconds = 30; ///< doubled at each further wrong PIN
    int maxLockoutSeconds = 900;
};

/**
 * Rate limit of PIN attempts: after freeAttempts wrong PINs, each further wrong PIN makes the next
 * try wait 30 s, 60 s, 120 s... up to 15 min. A right PIN clears it. Time comes from a Clock.
 */
class PinAttempts
{
public:
    explicit PinAttempts(const Clock &clock, PinAttemptPolicy policy = {});

    bool canTry() const { return secondsUntilNextTry() == 0; }
    int secondsUntilNextTry() const;
    int failures() const { return m_failures; }
    void recordFailure();
    void recordSuccess();
    /** The lockout in force (invalid when none), to keep it across restarts. */
    QDateTime lockedUntilUtc() const { return m_lockedUntilUtc; }
    /** Puts back a state saved earlier (a restart must not reset the count). */
    void restore(int failures, const QDateTime &lockedUntilUtc);

private:
    const Clock &m_clock;
    PinAttemptPolicy m_policy;
    int m_failures = 0;
    QDateTime m_lockedUntilUtc;
};

} // namespace passerelle
