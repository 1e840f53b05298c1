// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureVerdict.h"

#include <QtGlobal>

#include <optional>

namespace passerelle {

/**
 * Corrects the camera's exposure from the analysis when the picture stays burnt or dark. A frame burnt
 * white can hide a pale card's outline on white paper altogether (no detector finds it: see
 * docs/capture-quality.md), and the young person should not have to move the lamp. While the verdict
 * stays "too bright" (or "too dark") for kPersistMs, the compensation moves one step down (or up),
 * then waits kSettleMs for the camera to apply it before judging again; it holds as soon as the
 * verdict is anything else. For sources that offer it (FrameSource::supportsExposureCompensation).
 */
class ExposureControl
{
public:
    static constexpr double kStepEv = 2.0 / 3.0;
    static constexpr double kMinEv = -2.0;
    static constexpr double kMaxEv = 2.0;
    /** How long a verdict must last before a step: a hand's reflection passing is not a reason. */
    static constexpr qint64 kPersistMs = 300;
    /** After a step, the time a webcam takes to apply it and deliver a few frames. */
    static constexpr qint64 kSettleMs = 600;

    /** One analysed frame (timestamps grow); returns the new compensation when it changes. */
    std::optional<double> feed(CaptureVerdict verdict, qint64 timestampMs);
    /** The compensation in EV (0: the camera's own choice). */
    double ev() const { return m_ev; }
    /** Back to 0 EV (another camera, or the source restarted). */
    void reset();

private:
    double m_ev = 0;
    int m_direction = 0;      ///< -1 too bright, +1 too dark, 0 neither
    qint64 m_since = -1;      ///< when the current direction started
    qint64 m_lastChange = -1; ///< when the last step was made
};

} // namespace passerelle
