// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/StillCapture.h"

#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureOutput.h"
#include "core/capture/SideCheck.h"

namespace passerelle {

CaptureResult analyzeStill(const QImage &image, DocumentKind kind, const QImage &keptSide)
{
    CaptureAnalyzer analyzer;
    CaptureResult result;
    result.analysis = analyzer.analyze(image, kind);
    result.document =
        result.analysis.documentFound ? captureoutput::rectify(image, result.analysis.corners, kind) : image;
    result.sameSideAsKept = result.analysis.documentFound && !keptSide.isNull() &&
                            sideSimilarity(keptSide, result.document) > kSameSideSimilarity;
    return result;
}

} // namespace passerelle
