// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/PinLock.h"

#include "core/modes/PinHash.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace passerelle {

namespace {
struct PinLockText
{
    Q_DECLARE_TR_FUNCTIONS(PinLock)
};

std::unique_ptr<QSettings> settingsFor(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// The wrong tries are kept apart from the settings: the kiosk guide makes the settings file
// read-only, and a lockout written there would not survive a restart. Beside a given settings
// file (tests, --settings), else in the user's local data folder, which stays writable.
std::unique_ptr<QSettings> attemptsFor(const QString &settingsFile)
{
    const QString file = settingsFile.isEmpty()
                             ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                   .filePath(QStringLiteral("pin-attempts.ini"))
                             : settingsFile + QStringLiteral(".attempts");
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}
} // namespace

PinLock::PinLock(QString settingsKey, const Clock &clock, QString settingsFile, PinAttemptPolicy policy)
    : m_key(std::move(settingsKey))
    , m_settingsFile(std::move(settingsFile))
    , m_attempts(clock, policy)
{
    // Wrong tries survive a restart: switching the kiosk off and on must not reset the wait.
    // (Versions before kept them in the settings file: read there when nothing is kept apart.)
    auto settings = attemptsFor(m_settingsFile);
    if (!settings->contains(m_key + QStringLiteral("Failures")))
        settings = settingsFor(m_settingsFile);
    m_attempts.restore(settings->value(m_key + QStringLiteral("Failures"), 0).toInt(),
                       settings->value(m_key + QStringLiteral("LockedUntil")).toDateTime());
}

void PinLock::saveAttempts() const
{
    auto settings = attemptsFor(m_settingsFile);
    if (m_attempts.failures() == 0) {
        settings->remove(m_key + QStringLiteral("Failures"));
        settings->remove(m_key + QStringLiteral("LockedUntil"));
    } else {
        settings->setValue(m_key + QStringLiteral("Failures"), m_attempts.failures());
        settings->setValue(m_key + QStringLiteral("LockedUntil"), m_attempts.lockedUntilUtc());
    }
    settings->sync();
}

QString PinLock::storedHash() const
{
    return settingsFor(m_settingsFile)->value(m_key).toString();
}

bool PinLock::isSet() const
{
    return !storedHash().isEmpty();
}

PinLock::Result PinLock::tryPin(const QString &pin)
{
    const QString hash = storedHash();
    if (hash.isEmpty())
        return Result::NotSet;
    if (!m_attempts.canTry())
        return Result::TooSoon;
    if (PinHash::verify(hash, pin)) {
        m_attempts.recordSuccess();
        saveAttempts();
        return Result::Accepted;
    }
    m_attempts.recordFailure();
    saveAttempts();
    return Result::Wrong;
}

bool PinLock::setPin(const QString &pin, int minDigits, QString *why)
{
    if (!PinHash::isAcceptable(pin, minDigits, why))
        return false;
    const QString hash = PinHash::hash(pin);
    if (hash.isEmpty()) {
        if (why)
            *why = PinLockText::tr("The PIN could not be protected (not enough memory). Try again.");
        return false;
    }
    auto settings = settingsFor(m_settingsFile);
    settings->setValue(m_key, hash);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        if (why)
            *why = PinLockText::tr("The settings file cannot be written.");
        return false;
    }
    return true;
}

void PinLock::clear()
{
    auto settings = settingsFor(m_settingsFile);
    settings->remove(m_key);
    settings->sync();
}

} // namespace passerelle
