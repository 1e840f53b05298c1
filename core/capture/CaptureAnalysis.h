// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureVerdict.h"
#include "core/capture/DocumentKind.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSize>

namespace passerelle {

/** What the analyzer saw in one frame. Measures are only meaningful when documentFound. */
struct CaptureAnalysis
{
    DocumentKind kind = DocumentKind::Id1;
    QSize frameSize;
    bool documentFound = false;
    /** The outline in frame pixels, clockwise, starting at the top-left end of a long side; empty when not found. */
    QList<QPointF> corners;
    bool cutOff = false;           ///< part of the document is outside the frame
    double coverage = 0;           ///< outline area over frame area, 0..1
    double perspectiveDegrees = 0; ///< estimated angle between the document and the camera's image plane
    double sharpness = 0;          ///< steepness of the document's strongest edges for their height (CaptureAnalyzer)
    double brightness = 0;         ///< mean grey level inside the document, 0..255
    double clippedRatio = 0;       ///< share of the document's inner area at or above the saturation level
    double glareRatio = 0;         ///< share of the inner document under a reflection lying on print
    double glareMm2 = 0;           ///< the same area, in square millimetres of the document
    double coveredRatio = 0;       ///< share of the inner document under a finger or a hand from outside
    double pixelsPerMm = 0;
    CaptureVerdict verdict = CaptureVerdict::NotFound;

    bool isOk() const { return verdict == CaptureVerdict::Ok; }
    /** The guidance sentence for the verdict, translated. */
    QString message() const { return verdictMessage(verdict, kind); }
    /** The CLI's JSON object (document_found, kind, corners, blur, brightness, glare_ratio, ...). */
    QJsonObject toJson() const;
};

} // namespace passerelle
