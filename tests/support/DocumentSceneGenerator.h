// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureVerdict.h"
#include "core/capture/DocumentKind.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

namespace passerelle::test {

enum class SceneBackground { Wood, Cloth, Paper, Clutter };

/** What to render: a specimen document seen by a pinhole webcam (focal length = frame width). */
struct SceneSpec
{
    quint32 seed = 1;
    DocumentKind kind = DocumentKind::Id1;
    QSize frameSize{1280, 720};
    SceneBackground background = SceneBackground::Wood;
    double coverage = 0.4;      ///< document area over frame area when seen face on
    double rollDegrees = 0;     ///< rotation in the image plane
    double tiltDegrees = 0;     ///< angle between the document and the image plane
    double tiltAxisDegrees = 0; ///< direction of the tilt axis in the document plane
    double blurSigma = 0;       ///< Gaussian blur, in pixels of a 1280-wide frame (scaled with the width)
    double noiseSigma = 2;      ///< sensor noise, grey levels
    double light = 1;           ///< exposure gain (0.3 dark, 1.4 overexposed)
    double glareRatio = 0;      ///< share of the document area burnt white by a reflection
    int cutOffCorners = 0;      ///< 0, 1 or 2 corners pushed out of the frame
};

/** A rendered scene with its ground truth. */
struct Scene
{
    SceneSpec spec;
    QImage image;           ///< RGB32
    QList<QPointF> corners; ///< true document corners, clockwise from the document's top-left
    bool fullyInFrame = true;
    double trueCoverage = 0; ///< of the projected outline (clipped parts included)
    double pixelsPerMm = 0;
    /**
     * How much of the true outline is in the picture: over the four sides, the smallest share of points
     * where the rendered image steps (by at least kOutlineStep levels in a colour channel) between just
     * inside and just outside the document. 0 when the card and what is under it are burnt to the same
     * white: no detector can find corners there, so such cases are reported apart (like the "difficult"
     * objects of detection benchmarks), never dropped.
     */
    double outlineVisible = 0;
    /** The verdict the analyzer should give (the generator keeps every case away from the thresholds). */
    CaptureVerdict expected = CaptureVerdict::Ok;
    QString category; ///< "clean", "blur", "glare", "cut_off", "dark", "bright", "tilt", "small"
};

/** Grey levels (in the strongest colour channel) of a step that counts as an edge in outlineVisible. */
constexpr int kOutlineStep = 10;

Scene renderScene(const SceneSpec &spec, const QString &category = {});

/** The standard evaluation set: @p count deterministic cases covering every verdict and background. */
QList<SceneSpec> standardSceneSpecs(int count, QStringList *categories = nullptr);

QString backgroundCode(SceneBackground background);

/** @p side (a card's front or back) flat on a 1280x720 desk, 60 % of its height, a little turned,
 *  moved @p dx pixels right of the centre: a still frame for auto-capture and side tests. */
QImage cardOnDesk(const QImage &side, double dx = 0);

} // namespace passerelle::test
