// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/ExposureControl.h"

#include <algorithm>

namespace passerelle {

std::optional<double> ExposureControl::feed(CaptureVerdict verdict, qint64 timestampMs)
{
    const int direction = verdict == CaptureVerdict::TooBright ? -1 : verdict == CaptureVerdict::TooDark ? 1 : 0;
    if (direction != m_direction) {
        m_direction = direction;
        m_since = timestampMs;
    }
    if (direction == 0)
        return std::nullopt;
    // The frames just after a step may still be the old exposure's.
    if (m_lastChange >= 0 && timestampMs - m_lastChange < kSettleMs)
        return std::nullopt;
    if (timestampMs - std::max(m_since, m_lastChange) < kPersistMs)
        return std::nullopt;
    const double next = std::clamp(m_ev + direction * kStepEv, kMinEv, kMaxEv);
    if (next == m_ev)
        return std::nullopt;
    m_ev = next;
    m_lastChange = timestampMs;
    return m_ev;
}

void ExposureControl::reset()
{
    m_ev = 0;
    m_direction = 0;
    m_since = -1;
    m_lastChange = -1;
}

} // namespace passerelle
