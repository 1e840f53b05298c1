// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureAnalysis.h"

#include <QJsonArray>

#include <cmath>

namespace passerelle {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject CaptureAnalysis::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("document_found"), documentFound);
    json.insert(QStringLiteral("kind"), documentKindCode(kind));
    json.insert(QStringLiteral("frame"), QJsonArray{frameSize.width(), frameSize.height()});
    if (corners.size() == 4) {
        QJsonArray points;
        for (const QPointF &p : corners)
            points.append(QJsonArray{rounded(p.x(), 1), rounded(p.y(), 1)});
        json.insert(QStringLiteral("corners"), points);
    } else {
        json.insert(QStringLiteral("corners"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("cut_off"), cutOff);
    json.insert(QStringLiteral("coverage"), rounded(coverage, 4));
    json.insert(QStringLiteral("perspective_degrees"), rounded(perspectiveDegrees, 1));
    json.insert(QStringLiteral("blur"), rounded(sharpness, 4));
    json.insert(QStringLiteral("brightness"), rounded(brightness, 1));
    json.insert(QStringLiteral("clipped_ratio"), rounded(clippedRatio, 4));
    json.insert(QStringLiteral("glare_ratio"), rounded(glareRatio, 4));
    json.insert(QStringLiteral("glare_mm2"), rounded(glareMm2, 1));
    json.insert(QStringLiteral("covered_ratio"), rounded(coveredRatio, 4));
    json.insert(QStringLiteral("pixels_per_mm"), rounded(pixelsPerMm, 2));
    json.insert(QStringLiteral("verdict"), verdictCode(verdict));
    json.insert(QStringLiteral("message"), message());
    return json;
}

} // namespace passerelle
