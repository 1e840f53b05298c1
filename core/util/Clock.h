// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace passerelle {

/** The source of "now" for everything that depends on the date: injectable so tests fix it. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current instant, in UTC. */
    virtual QDateTime nowUtc() const = 0;
    /** The current local date (the appointment date when the counselor does not change it). */
    virtual QDate today() const = 0;
};

/** The real clock of the machine. */
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    QDate today() const override;
};

/** A clock that only moves when told to: for tests and demos. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc))
    {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.toLocalTime().date(); }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }

private:
    QDateTime m_now;
};

} // namespace passerelle
