// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/SessionExtras.h"
#include "core/session/SessionRecord.h"

#include <QRandomGenerator>

namespace passerelle {

class EligibilityEngine;

/**
 * Realistic made-up completed sessions for demos, trainings and load tests: varied ages,
 * nationalities, territories, outcomes and categories. No real person: names are drawn from a
 * short list of common first names and birth dates at random.
 */
class DemoSessions
{
public:
    DemoSessions(const EligibilityEngine &engine, quint32 seed)
        : m_engine(engine)
        , m_random(seed)
    {}

    /** One session completed at @p completedUtc on the device @p deviceId. */
    SessionRecord record(const QDateTime &completedUtc, const QString &deviceId);
    /** A first name (most of the time) and capture outcomes to go with it (no images). */
    SessionExtras extras();

private:
    const EligibilityEngine &m_engine;
    QRandomGenerator m_random;
};

} // namespace passerelle
