// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureAnalysis.h"

#include <QImage>

#include <memory>

namespace passerelle {

namespace capture_detail {
struct DetectedQuad;
}

/** The limits the verdict is checked against; defaults are tuned on the generated test scenes and the real
 *  frames of ../shared/data/realdocs-dev (TestCaptureAccuracy, TestRealFrames, docs/capture-quality.md). */
struct CaptureThresholds
{
    double maxPerspectiveDegrees = 25;
    /** Laplacian over gradient energy on the strongest edges, at minimumPixelsPerMm (CaptureAnalyzer). */
    double minSharpness = 32;
    double minBrightness = 100; ///< mean grey level of the inner document; under it, too dark
    double maxBrightness = 240; ///< over it, washed out even where nothing is burnt
    /** Area under a reflection lying on print (DocumentQuality), in square millimetres: a few characters of
     *  a field (a line of 2.5 mm capitals, 15 mm long). */
    double maxGlareMm2 = 40;
    /** Above this saturated share, overexposure (most of the document burnt), not a reflection (a burnt
     *  spot and its halo: up to about half of a card under a desk lamp). */
    double maxClippedRatio = 0.58;
    double borderMargin = 0.06; ///< share of each side ignored for exposure and glare
    /** Share of the inner document under a finger or a hand coming from outside (DocumentQuality). */
    double maxCoveredRatio = 0.02;
};

/**
 * Analyses one frame for one document kind: outline, coverage, cut-off, perspective, sharpness,
 * exposure, glare and resolution, then the verdict. Not thread-safe: one analyzer per thread (it
 * keeps its working buffers so a stream of frames does not allocate).
 */
class CaptureAnalyzer
{
public:
    explicit CaptureAnalyzer(CaptureThresholds thresholds = {});
    ~CaptureAnalyzer();
    CaptureAnalyzer(const CaptureAnalyzer &) = delete;
    CaptureAnalyzer &operator=(const CaptureAnalyzer &) = delete;

    CaptureAnalysis analyze(const QImage &frame, DocumentKind kind);
    const CaptureThresholds &thresholds() const { return m_thresholds; }

private:
    /** Everything measured on the document inside @p quad, and the verdict (result.kind is set). */
    void measure(const capture_detail::DetectedQuad &quad, CaptureAnalysis &result);
    struct Buffers;
    CaptureThresholds m_thresholds;
    std::unique_ptr<Buffers> m_buffers;
};

} // namespace passerelle
