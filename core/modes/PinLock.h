// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/PinAttempts.h"

#include <QString>

namespace passerelle {

class Clock;

/**
 * One PIN (the admin's, or a counselor's lock PIN): its Argon2id hash under a settings key, and
 * the rate limit of attempts. Settings are the app's QSettings unless a file is given (tests).
 */
class PinLock
{
public:
    enum class Result { Accepted, Wrong, TooSoon, NotSet };

    PinLock(QString settingsKey, const Clock &clock, QString settingsFile = {}, PinAttemptPolicy policy = {});

    bool isSet() const;
    /** Checks @p pin unless attempts are rate-limited (then TooSoon, without checking). */
    Result tryPin(const QString &pin);
    int secondsUntilNextTry() const { return m_attempts.secondsUntilNextTry(); }
    const PinAttempts &attempts() const { return m_attempts; }

    /** Stores the hash of @p pin; false with a plain reason if the PIN is not acceptable. */
    bool setPin(const QString &pin, int minDigits, QString *why);
    void clear();

    static QString adminKey() { return QStringLiteral("admin/pinHash"); }
    static QString counselorKey() { return QStringLiteral("counselor/pinHash"); }

private:
    QString storedHash() const;
    void saveAttempts() const;
    QString m_key;
    QString m_settingsFile;
    PinAttempts m_attempts;
};

} // namespace passerelle
