// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/QuadDetector.h"

#include "core/capture/EdgeMaps.h"
#include "core/capture/QuadGeometry.h"
#include "core/capture/QuadRefine.h"
#include "core/capture/SideSampler.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace passerelle::capture_detail {

namespace {

constexpr int kWorkingWidth = 640;
/** The second look, when nothing is found at kWorkingWidth, or an outline not of the document's shape, or the
 *  document found is blurred (widen). */
constexpr int kCoarseWidth = 320;
/** A whole document (its sides stop at its corners) is taken over a larger quad running out of the frame
 *  when it scores at least this share of it: a keyboard or a desk edge around a card, not a card's inner
 *  band inside it (a card pushed half out: its photo block scores about a third of the band). */
constexpr double kWholeShare = 0.45;
/** Two quads overlapping this much (intersection over union) are the same outline. */
constexpr double kSameOutline = 0.8;

} // namespace

std::optional<DetectedQuad> QuadDetector::detect(const cv::Mat &gray, const cv::Mat &bgra, double expectedAspect)
{
    m_coarseRan = false;
    auto found = detectAt(gray, expectedAspect, kWorkingWidth, gray, bgra);
    if (gray.cols <= kCoarseWidth || (found && (found->cutOff || (found->shaped && !found->hidden))))
        return found;
    // Nothing at all: a blurred outline (a hand moving, the focus hunting) spreads its step over more
    // pixels than the edge thresholds allow at 640 wide; at half that width it is twice as steep.
    // Or an outline that is not the document's shape: at 640 wide, clutter's fine edges (pens, pins,
    // cables) can break the document's sides, which the half-width look smooths over. There, an outline
    // of the document's shape (with a clear outline) that scores better (area, shape and support, in frame
    // pixels) is the document. Not one of another shape: on cze f01, a quad reaching past the card onto a
    // pen outscores a block of sticky notes and would be 13 % off.
    // Or an outline with a side half hidden: a thumb over it, or blur (a blurred card on ruled paper leaves
    // two sides under 75 % edges at 640 wide, and a quad closed on an inner line of print then has only one
    // side half seen: 2.4 % and 10.9 % off on generated cases 50 and 114). The half-width look sees a blurred
    // outline whole, with every side supported; a thumb stays there, and the hidden quad is kept.
    const auto coarse = coarseLook(gray, !bgra.empty(), expectedAspect);
    if (!found || (coarse && !coarse->cutOff && coarse->shaped && !coarse->hidden && coarse->score > found->score))
        return coarse;
    return found;
}

std::optional<DetectedQuad> QuadDetector::coarseLook(const cv::Mat &gray, bool colour, double expectedAspect)
{
    // The half-size copies are made from the working-width ones, not from the full frame again.
    std::swap(m_maps.scaled, m_scaledFine);
    std::swap(m_maps.colour, m_colourFine);
    auto found = detectAt(gray, expectedAspect, kCoarseWidth, m_scaledFine, colour ? m_colourFine : cv::Mat());
    if (found)
        found->coarse = true;
    m_coarseRan = true;
    m_coarse = found;
    return found;
}

std::optional<DetectedQuad> QuadDetector::widen(const cv::Mat &gray, bool colour, double expectedAspect,
                                                const DetectedQuad &fine)
{
    if (fine.cutOff || fine.coarse || gray.cols <= kCoarseWidth)
        return std::nullopt;
    const auto coarse = m_coarseRan ? m_coarse : coarseLook(gray, colour, expectedAspect);
    if (!coarse || coarse->cutOff)
        return std::nullopt;
    // The first quad was an inner band: a side of it well inside the new one (by a tenth of its size),
    // which holds all of it (give or take 1 % of its size, or 3 % where both have a side there): the
    // same document seen whole, not a neighbouring object.
    const double size = std::sqrt(coarse->area);
    const std::vector<cv::Point2f> outer(coarse->corners.begin(), coarse->corners.end());
    double deepest = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f middle = (fine.corners[size_t(i)] + fine.corners[size_t((i + 1) % 4)]) * 0.5f;
        deepest = std::max(deepest, cv::pointPolygonTest(outer, middle, true));
    }
    if (deepest >= 0.1 * size && holds(coarse->corners, fine.corners, 0.01 * size, 0.03 * size))
        return coarse;
    // About the same outline, a side or two apart (at 640 wide, blur lends its weak slopes to a line that
    // crosses the real side): the one whose sides lie on the steps the half-width look sees, where blurred
    // edges are steeper; by a quarter of a pixel or more on average.
    if (overlap(coarse->corners, fine.corners) >= 0.8) {
        const double scale = double(m_maps.scaled.cols) / gray.cols;
        if (outlineFit(coarse->corners, scale) < outlineFit(fine.corners, scale) - 0.25)
            return coarse;
    }
    return std::nullopt;
}

double QuadDetector::outlineFit(const std::array<cv::Point2f, 4> &corners, double scale) const
{
    std::array<cv::Point2f, 4> q;
    for (int i = 0; i < 4; ++i)
        q[size_t(i)] = corners[size_t(i)] * float(scale);
    return sides().outlineFit(q);
}

std::optional<DetectedQuad> QuadDetector::detectAt(const cv::Mat &gray, double expectedAspect, int workingWidth,
                                                   const cv::Mat &source, const cv::Mat &colourSource)
{
    const double scale = gray.cols > workingWidth ? double(workingWidth) / gray.cols : 1.0;
    const cv::Size working(cvRound(gray.cols * scale), cvRound(gray.rows * scale));
    if (source.size() == working)
        source.copyTo(m_maps.scaled);
    else
        cv::resize(source, m_maps.scaled, working, 0, 0, cv::INTER_AREA);
    m_expectedAspect = expectedAspect;
    const double otsu = m_maps.build(colourSource);
    const cv::Size size = m_maps.small.size();
    Candidates found;
    findCandidates(otsu, size, expectedAspect, found);
    return decide(found, gray, scale, size);
}

void QuadDetector::findCandidates(double otsu, const cv::Size &size, double expectedAspect, Candidates &found)
{
    cv::dilate(m_maps.edges, m_maps.work, cv::Mat(), cv::Point(-1, -1), 1);
    // What the background cannot reach: flooding from the frame border over non-edge pixels leaves the
    // inside of every closed outline, even when lines on the desk touch the document (they are thin,
    // and the opening below removes them).
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5));
    cv::copyMakeBorder(m_maps.work, m_padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(m_padded, cv::Point(0, 0), cv::Scalar(128));
    cv::compare(m_padded(cv::Rect(1, 1, size.width, size.height)), cv::Scalar(128), m_maps.binary, cv::CMP_NE);
    cv::morphologyEx(m_maps.binary, m_maps.work, cv::MORPH_OPEN, kernel);
    cv::findContours(m_maps.work, m_contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    consider(m_contours, size, expectedAspect, found);
    // Regions of similar brightness: a blurred or low-contrast outline still bounds a uniform region.
    // The opening removes thin lines (paper rulings, pens) that would join the document to its surroundings.
    // Otsu's split only: the quartile levels once tried here found nothing the straight lines below miss.
    for (const int polarity : {cv::THRESH_BINARY, cv::THRESH_BINARY_INV}) {
        cv::threshold(m_maps.blurred, m_maps.binary, otsu, 255, polarity);
        cv::morphologyEx(m_maps.binary, m_maps.work, cv::MORPH_OPEN, kernel);
        cv::findContours(m_maps.work, m_contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        consider(m_contours, size, expectedAspect, found);
    }

    considerLines(size, expectedAspect, found);
}

std::optional<DetectedQuad> QuadDetector::decide(Candidates &found, const cv::Mat &gray, double scale,
                                                 const cv::Size &size)
{
    bool partOfCut = found.bestQuadScore > 0 && runsOutOfFrame(found.bestQuad, size);
    // A whole document inside a larger quad running out of the frame (not the same outline seen a few
    // pixels off, which runs out just as well).
    if (partOfCut && found.wholeScore >= kWholeShare * found.bestQuadScore &&
        sides().clearOutline(found.wholeQuad, kFaintSide) && overlap(found.wholeQuad, found.bestQuad) < kSameOutline) {
        found.bestQuad = found.wholeQuad;
        found.bestQuadScore = found.wholeScore;
        found.bestQuadArea = found.wholeArea;
        found.bestHidden = found.wholeHidden;
        partOfCut = false;
    }
    std::optional<DetectedQuad> best;
    if (found.bestQuadScore > 0) {
        DetectedQuad quad;
        for (int i = 0; i < 4; ++i)
            quad.corners[i] = found.bestQuad[i] * float(1.0 / scale);
        // The working copy is 640 px wide: fit each side to the full-resolution steps for the last pixels.
        quad.corners = refineCorners(gray, quad.corners, std::max(3.0, 2.0 / scale));
        quad.area = found.bestQuadArea / (scale * scale);
        quad.shaped = shapedLikeDocument(found.bestQuad, size);
        quad.hidden = found.bestHidden;
        quad.score = found.bestQuadScore / (scale * scale);
        best = quad;
    }
    // Safety first (an "ok" for a cut-off document is the one mistake not allowed). A quad closed by an
    // inner line of a card pushed half out of the frame (its header band, its MRZ band) has sides that
    // do not stop at its corners: the card's outline runs on past them, up to the frame border. A real
    // corner has background beyond it. A corner practically on the border is not trusted either.
    if (partOfCut) {
        DetectedQuad cut;
        cut.cutOff = true;
        cut.area = std::max(found.bestCutArea, found.bestQuadArea) / (scale * scale);
        return cut;
    }
    // A larger region running out of the frame is the document, and the quad a part of it, only when a side
    // of the quad lies on the region's outline (a band of a cut-off document spans its width). Before, any
    // region 1.15 times the quad's area won: the sheet of paper, the keyboard or the lit wood under a card.
    if (found.bestCutArea > 0 &&
        (!best || (found.bestCutArea > found.bestQuadArea * 1.15 && !apartFromCut(found.bestQuad, size)))) {
        DetectedQuad cut;
        cut.cutOff = true;
        cut.area = found.bestCutArea / (scale * scale);
        return cut;
    }
    return best;
}

void QuadDetector::offer(Candidates &found, const std::array<cv::Point2f, 4> &q, double score, double area,
                         const cv::Size &size, bool hidden)
{
    if (score > found.bestQuadScore) {
        found.bestQuadScore = score;
        found.bestQuadArea = area;
        found.bestQuad = q;
        found.bestHidden = hidden;
    }
    if (score > found.wholeScore && !runsOutOfFrame(q, size)) {
        found.wholeScore = score;
        found.wholeArea = area;
        found.wholeQuad = q;
        found.wholeHidden = hidden;
    }
}

} // namespace passerelle::capture_detail
