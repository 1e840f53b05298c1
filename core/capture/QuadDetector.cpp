// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/QuadDetector.h"

#include "core/capture/EdgeMaps.h"
#include "core/capture/QuadGeometry.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace passerelle::capture_detail {

namespace {

constexpr int kWorkingWidth = 640;
/** The second look, when nothing is found at kWorkingWidth or the document found is blurred (widen). */
constexpr int kCoarseWidth = 320;
/** Score factor of a line quad whose sides do not all step clearly the same way (see clearOutline). */
constexpr double kUnclearOutline = 0.85;
/** A side stepping by less than this share of the quad's strongest side hardly steps at all (measured: wood
 *  grain taken for a side 3-8 %; a real side washed out by a reflection 12 %). */
constexpr double kFaintSide = 0.1;
/** Score lost by a line quad per pixel its sides lie, on average, off the steps across them (outlineFit). */
constexpr double kOffStep = 0.03;
/** A whole document (its sides stop at its corners) is taken over a larger quad running out of the frame
 *  when it scores at least this share of it: a keyboard or a desk edge around a card, not a card's inner
 *  band inside it (a card pushed half out: its photo block scores about a third of the band). */
constexpr double kWholeShare = 0.45;
/** Two quads overlapping this much (intersection over union) are the same outline. */
constexpr double kSameOutline = 0.8;
/** At most this many straight edges, longest first, make quads. */
constexpr int kMaxLines = 48;

} // namespace

std::optional<DetectedQuad> QuadDetector::detect(const cv::Mat &gray, const cv::Mat &bgra, double expectedAspect)
{
    auto found = detectAt(gray, expectedAspect, kWorkingWidth, gray, bgra);
    if (!found && gray.cols > kCoarseWidth) {
        // Nothing at all: a blurred outline (a hand moving, the focus hunting) spreads its step over more
        // pixels than the edge thresholds allow at 640 wide; at half that width it is twice as steep.
        found = coarseLook(gray, !bgra.empty(), expectedAspect);
    }
    return found;
}

std::optional<DetectedQuad> QuadDetector::coarseLook(const cv::Mat &gray, bool colour, double expectedAspect)
{
    // The half-size copies are made from the working-width ones, not from the full frame again.
    std::swap(m_scaled, m_scaledFine);
    std::swap(m_colour, m_colourFine);
    auto found = detectAt(gray, expectedAspect, kCoarseWidth, m_scaledFine, colour ? m_colourFine : cv::Mat());
    if (found)
        found->coarse = true;
    return found;
}

std::optional<DetectedQuad> QuadDetector::widen(const cv::Mat &gray, bool colour, double expectedAspect,
                                                const DetectedQuad &fine)
{
    if (fine.cutOff || fine.coarse || gray.cols <= kCoarseWidth)
        return std::nullopt;
    const auto coarse = coarseLook(gray, colour, expectedAspect);
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
        const double scale = double(m_scaled.cols) / gray.cols;
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
    const double longest = longestSide(q);
    double sum = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q[size_t(i)];
        const cv::Point2f b = q[size_t((i + 1) % 4)];
        const double length = std::max(1.0, distance(a, b));
        // Without the rounded corners.
        const double trim = roundedShare(longest, length);
        const cv::Point2f d = (b - a) * float(1.0 / length);
        const cv::Point2f n(-d.y, d.x);
        const int samples = std::max(6, int(length / 2));
        double side = 0;
        for (int k = 0; k < samples; ++k) {
            const double t = trim + (1 - 2 * trim) * (k + 0.5) / samples;
            const cv::Point2f p = a + (b - a) * float(t);
            double strongest = 0;
            int where = 0;
            for (int o = -3; o <= 3; ++o) {
                const cv::Point q = sidePixel(p, n, o);
                const double across = std::abs(m_gradX.at<short>(q) * n.x + m_gradY.at<short>(q) * n.y);
                if (across > strongest) {
                    strongest = across;
                    where = o;
                }
            }
            side += std::abs(where);
        }
        sum += side / samples;
    }
    return sum / 4;
}

std::optional<DetectedQuad> QuadDetector::detectAt(const cv::Mat &gray, double expectedAspect, int workingWidth,
                                                   const cv::Mat &source, const cv::Mat &colourSource)
{
    const double scale = gray.cols > workingWidth ? double(workingWidth) / gray.cols : 1.0;
    const cv::Size working(cvRound(gray.cols * scale), cvRound(gray.rows * scale));
    if (source.size() == working)
        source.copyTo(m_scaled);
    else
        cv::resize(source, m_scaled, working, 0, 0, cv::INTER_AREA);
    const double otsu = buildEdgeMaps(colourSource);
    const cv::Size size = m_small.size();
    Candidates found;
    findCandidates(otsu, size, expectedAspect, found);
    return decide(found, gray, scale, size);
}

double QuadDetector::buildEdgeMaps(const cv::Mat &colourSource)
{
    // Thin dark lines (the rulings of a sheet under the card, pen strokes) go: a 3x3 closing keeps every
    // step edge where it is, but a ruling met by a card side would otherwise cut the side into pieces and
    // lend its own long straight edges to wrong quads.
    cv::morphologyEx(m_scaled, m_small, cv::MORPH_CLOSE, cv::Mat());
    cv::GaussianBlur(m_small, m_blurred, cv::Size(5, 5), 0);

    // Edge map: thresholds follow the picture's own contrast so dim or blurred frames still give edges.
    // It both proposes outlines (its contours) and checks every proposal (edge support along each side).
    const double otsu = cv::threshold(m_blurred, m_binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const double high = std::clamp(otsu * 0.3, 10.0, 60.0);
    // One pair of derivatives serves both edge maps and the oriented support checks.
    cv::Sobel(m_blurred, m_gradX, CV_16S, 1, 0, 3, 1, 0, cv::BORDER_REPLICATE);
    cv::Sobel(m_blurred, m_gradY, CV_16S, 0, 1, 3, 1, 0, cv::BORDER_REPLICATE);
    // Weak edges, for straight lines only: a pale card on white paper differs from it by a dozen grey
    // levels, under the contour thresholds; a long straight run of such edges is still a side.
    const double weakHigh = std::max(8.0, high * 0.4);
    // Every thinned edge over the threshold, without hysteresis: the lines are built from long runs of
    // them anyway, and following faint chains through textured backgrounds was most of Canny's cost.
    cv::Canny(m_gradX, m_gradY, m_weak, weakHigh, weakHigh);
    if (weakHigh == high * 0.4) {
        // Canny's thinned edges over the contour edges' low threshold are these very ones: its hysteresis
        // alone gives the contour edges, without a second Canny pass (the same map, checked on all cases).
        keepStrongChains(m_weak, m_gradX, m_gradY, cvFloor(high), m_edges, m_stack);
    } else {
        cv::Canny(m_gradX, m_gradY, m_edges, high * 0.4, high);
    }
    if (!colourSource.empty()) {
        // Colour edges: a tinted card on white paper can have the paper's grey level but not its colour.
        // Bilinear: the same 2x2 average as INTER_AREA from 1280 wide, and 9 times cheaper than
        // INTER_AREA's generic path from 1920 wide (4 ms there); the chroma is smoothed just below.
        cv::resize(colourSource, m_colour, m_small.size(), 0, 0, cv::INTER_LINEAR);
        m_chroma.create(m_small.size(), CV_8UC1);
        for (int y = 0; y < m_colour.rows; ++y) {
            const uchar *in = m_colour.ptr<uchar>(y);
            uchar *out = m_chroma.ptr<uchar>(y);
            int x = 0;
            // 16 pixels at a time; 8-bit additions saturate, so d + d + d is min(255, 3 d).
            for (; x + 16 <= m_colour.cols; x += 16, in += 64) {
                cv::v_uint8x16 b, g, r, a;
                cv::v_load_deinterleave(in, b, g, r, a);
                const cv::v_uint8x16 d = cv::v_max(cv::v_max(b, g), r) - cv::v_min(cv::v_min(b, g), r);
                cv::v_store(out + x, d + d + d);
            }
            for (; x < m_colour.cols; ++x, in += 4) {
                const int hi = std::max(std::max(in[0], in[1]), in[2]);
                const int lo = std::min(std::min(in[0], in[1]), in[2]);
                out[x] = uchar(std::min(255, 3 * (hi - lo)));
            }
        }
        cv::GaussianBlur(m_chroma, m_chroma, cv::Size(5, 5), 0);
        // A beige card on cream paper can have the paper's very grey level: its sides are colour edges.
        cv::Sobel(m_chroma, m_chromaX, CV_16S, 1, 0, 3, 1, 0, cv::BORDER_REPLICATE);
        cv::Sobel(m_chroma, m_chromaY, CV_16S, 0, 1, 3, 1, 0, cv::BORDER_REPLICATE);
        cannyFromStrong(m_chromaX, m_chromaY, 15, 40, m_work, m_stack);
        cv::bitwise_or(m_edges, m_work, m_edges);
    }
    cv::dilate(m_edges, m_support, cv::Mat(), cv::Point(-1, -1), 2);
    cv::bitwise_or(m_weak, m_edges, m_weak);
    m_hasChroma = !colourSource.empty();
    m_weakGradient = weakHigh * 0.5;
    return otsu;
}

void QuadDetector::findCandidates(double otsu, const cv::Size &size, double expectedAspect, Candidates &found)
{
    cv::dilate(m_edges, m_work, cv::Mat(), cv::Point(-1, -1), 1);
    // What the background cannot reach: flooding from the frame border over non-edge pixels leaves the
    // inside of every closed outline, even when lines on the desk touch the document (they are thin,
    // and the opening below removes them).
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5));
    cv::copyMakeBorder(m_work, m_padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(m_padded, cv::Point(0, 0), cv::Scalar(128));
    cv::compare(m_padded(cv::Rect(1, 1, size.width, size.height)), cv::Scalar(128), m_binary, cv::CMP_NE);
    cv::morphologyEx(m_binary, m_work, cv::MORPH_OPEN, kernel);
    cv::findContours(m_work, m_contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    consider(m_contours, size, expectedAspect, found);
    // Regions of similar brightness: a blurred or low-contrast outline still bounds a uniform region.
    // The opening removes thin lines (paper rulings, pens) that would join the document to its surroundings.
    // Otsu's split only: the quartile levels once tried here found nothing the straight lines below miss.
    for (const int polarity : {cv::THRESH_BINARY, cv::THRESH_BINARY_INV}) {
        cv::threshold(m_blurred, m_binary, otsu, 255, polarity);
        cv::morphologyEx(m_binary, m_work, cv::MORPH_OPEN, kernel);
        cv::findContours(m_work, m_contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
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
    if (partOfCut && found.wholeScore >= kWholeShare * found.bestQuadScore && clearOutline(found.wholeQuad) &&
        overlap(found.wholeQuad, found.bestQuad) < kSameOutline) {
        found.bestQuad = found.wholeQuad;
        found.bestQuadScore = found.wholeScore;
        found.bestQuadArea = found.wholeArea;
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
                         const cv::Size &size)
{
    if (score > found.bestQuadScore) {
        found.bestQuadScore = score;
        found.bestQuadArea = area;
        found.bestQuad = q;
    }
    if (score > found.wholeScore && !runsOutOfFrame(q, size)) {
        found.wholeScore = score;
        found.wholeArea = area;
        found.wholeQuad = q;
    }
}

double QuadDetector::sideStep(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n) const
{
    const double length = distance(a, b);
    const int samples = std::max(6, int(length / 2));
    double sum = 0;
    for (int i = 0; i < samples; ++i) {
        const cv::Point2f p = a + (b - a) * float((i + 0.5) / samples);
        // The strongest step across the side near it (the side may be a pixel or two off the edge).
        double strongest = 0;
        for (int o = -2; o <= 2; ++o) {
            const cv::Point q = sidePixel(p, n, o);
            const double across = m_gradX.at<short>(q) * n.x + m_gradY.at<short>(q) * n.y;
            if (std::abs(across) > std::abs(strongest))
                strongest = across;
        }
        sum += strongest;
    }
    return sum / samples;
}

bool QuadDetector::clearOutline(const std::array<cv::Point2f, 4> &q) const
{
    std::array<double, 4> steps{};
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q[size_t(i)];
        const cv::Point2f b = q[size_t((i + 1) % 4)];
        steps[size_t(i)] = sideStep(a, b, outward(q, a, b));
    }
    double strongest = 0;
    for (const double step : steps)
        strongest = std::max(strongest, std::abs(step));
    for (const double step : steps) {
        if (step * steps[0] <= 0 || std::abs(step) < kFaintSide * strongest)
            return false;
    }
    return true;
}

double QuadDetector::polarSupport(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n, double step) const
{
    const double polarity = step >= 0 ? 1.0 : -1.0;
    // The same edge carries on with about the same contrast; the soft bands of a wood grain or a cloth
    // that happen to line up with the side are much fainter than the document's own edge.
    const double minimum = 0.3 * std::abs(step);
    const double length = distance(a, b);
    const int samples = std::max(4, int(length / 2));
    int on = 0;
    for (int i = 0; i < samples; ++i) {
        const cv::Point2f p = a + (b - a) * float((i + 0.5) / samples);
        int hit = 0;
        for (int o = -2; o <= 2 && !hit; ++o) {
            const cv::Point q = sidePixel(p, n, o);
            const double gx = m_gradX.at<short>(q);
            const double gy = m_gradY.at<short>(q);
            const double along = (gx * n.x + gy * n.y) * polarity;
            // along >= 0.85 |g|, without a square root.
            hit = std::abs(gx) + std::abs(gy) >= 2 * m_weakGradient && along >= minimum && along > 0 &&
                          along * along >= 0.7225 * (gx * gx + gy * gy)
                      ? 1
                      : 0;
        }
        on += hit;
    }
    return double(on) / samples;
}

bool QuadDetector::runsOutOfFrame(const std::array<cv::Point2f, 4> &q, const cv::Size &size) const
{
    // A corner is where the straight sides meet, outside the rounded corner of the card itself: on the
    // frame border, or a pixel or two past it, the card can still be whole in the picture (as the real
    // frames' cards touching the border are). Further out, part of it is not. Near the border, a quad
    // closed there by some other line than the document's side is not trusted: only a clear outline (the
    // same step, outwards, on all four sides) is taken for the whole document.
    const float outside = float(kCornerOutside * std::min(size.width, size.height));
    const float close = float(0.012 * std::min(size.width, size.height));
    bool nearCorner = false;
    for (const cv::Point2f &p : q) {
        if (p.x < -outside || p.y < -outside || p.x > size.width - 1 + outside || p.y > size.height - 1 + outside)
            return true;
        nearCorner =
            nearCorner || p.x < close || p.y < close || p.x > size.width - 1 - close || p.y > size.height - 1 - close;
    }
    if (nearCorner && !clearOutline(q))
        return true;
    const float inset = 2;
    const double longest = longestSide(q);
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q[size_t(i)];
        const cv::Point2f b = q[size_t((i + 1) % 4)];
        const double length = distance(a, b);
        const cv::Point2f d = (b - a) * float(1.0 / std::max(1e-6, length));
        const cv::Point2f n(-d.y, d.x);
        for (const auto &[corner, out] : {std::pair{a, -d}, std::pair{b, d}}) {
            // The card's edge may change polarity along a side (a dark body, a pale MRZ band): the
            // polarity that matters is the one of the side next to this corner.
            const double step = sideStep(corner - out * float(0.25 * length), corner, n);
            // How far the side's line runs from this corner before leaving the frame.
            double reach = 1e9;
            if (out.x > 1e-6)
                reach = std::min(reach, double(size.width - 1 - inset - corner.x) / out.x);
            if (out.x < -1e-6)
                reach = std::min(reach, double(inset - corner.x) / out.x);
            if (out.y > 1e-6)
                reach = std::min(reach, double(size.height - 1 - inset - corner.y) / out.y);
            if (out.y < -1e-6)
                reach = std::min(reach, double(inset - corner.y) / out.y);
            // Too far: a document that long would not be this one (its aspect ratio was checked).
            if (reach > 0.7 * length || reach < 3)
                continue;
            // A card's side stops straight 3.18 mm before its corner (rounded corners, ISO/IEC 7810): up
            // to 4 % of its long side. So the last stretch before the border is not asked to be an edge,
            // unless that would leave nothing to look at (a corner that close to the border is judged on
            // the whole stretch: past a real corner there is background, not an edge).
            const double rounded = reach - kCornerRounding * longest;
            const double straight = rounded >= 3 ? rounded : reach;
            const cv::Point2f from = corner + out * 2.0f;
            const cv::Point2f to = corner + out * float(straight);
            // And the edge must carry on from the corner itself, as a card's side does past the inner line
            // that closed the quad: another object's edge lined up with the side further on (clutter
            // beyond a card lying whole in the frame) leaves a gap of background first.
            const cv::Point2f near = corner + out * float(2.0 + (straight - 2.0) / 3.0);
            if (polarSupport(from, to, n, step) >= 0.6 && polarSupport(from, near, n, step) >= 0.6)
                return true;
        }
    }
    return false;
}

double QuadDetector::sideSupport(const cv::Mat &map, const cv::Point2f &a, const cv::Point2f &b, double *ends) const
{
    // Samples against the frame border are not evidence either way (the border is not an edge).
    const double length = distance(a, b);
    const int samples = std::max(10, int(length / 3));
    int on = 0;
    int counted = 0;
    int endOn[2] = {0, 0};
    int endCounted[2] = {0, 0};
    for (int i = 0; i < samples; ++i) {
        const double t = (i + 0.5) / samples;
        const int x = std::clamp(int(std::lround(a.x + (b.x - a.x) * t)), 0, map.cols - 1);
        const int y = std::clamp(int(std::lround(a.y + (b.y - a.y) * t)), 0, map.rows - 1);
        if (nearBorder(cv::Point(x, y), map.size(), 4))
            continue;
        const int hit = map.at<uchar>(y, x) ? 1 : 0;
        ++counted;
        on += hit;
        if (t < 0.2 || t > 0.8) {
            endCounted[t > 0.5] += 1;
            endOn[t > 0.5] += hit;
        }
    }
    if (ends) {
        *ends = 1.0;
        for (int e = 0; e < 2; ++e) {
            if (endCounted[e] > 0)
                *ends = std::min(*ends, double(endOn[e]) / endCounted[e]);
        }
    }
    return counted * 10 < samples * 3 ? -1.0 : double(on) / counted;
}

double QuadDetector::orientedSupport(const cv::Point2f &a, const cv::Point2f &b, double *ends, double trim) const
{
    int counted = 0;
    const double length = distance(a, b);
    const int samples = std::max(10, int(length / 2));
    const cv::Point2f d = (b - a) * float(1.0 / std::max(1e-6, length));
    const cv::Point2f n(-d.y, d.x);
    int on = 0;
    int endOn[2] = {0, 0};
    int endCounted[2] = {0, 0};
    for (int i = 0; i < samples; ++i) {
        const double t = (i + 0.5) / samples;
        const cv::Point2f p = a + (b - a) * float(t);
        int hit = 0;
        for (int o = -1; o <= 1 && !hit; ++o) {
            const cv::Point q = sidePixel(p, n, o);
            // An edge across the side (a ruling, a pen) is not this side: the gradient must face its normal.
            const auto facing = [&](const cv::Mat &gxMap, const cv::Mat &gyMap, double minimum) {
                const double gx = gxMap.at<short>(q);
                const double gy = gyMap.at<short>(q);
                const double across = gx * n.x + gy * n.y; // |across| >= 0.85 |g|, without a square root
                return std::abs(gx) + std::abs(gy) >= minimum && across * across >= 0.7225 * (gx * gx + gy * gy);
            };
            hit = facing(m_gradX, m_gradY, m_weakGradient) || (m_hasChroma && facing(m_chromaX, m_chromaY, 24)) ? 1 : 0;
        }
        // The share leaves out the rounded corners (trim at each end); the ends test does not.
        if (t >= trim && t <= 1 - trim) {
            on += hit;
            ++counted;
        }
        if (t < 0.2 || t > 0.8) {
            endCounted[t > 0.5] += 1;
            endOn[t > 0.5] += hit;
        }
    }
    *ends = 1.0;
    for (int e = 0; e < 2; ++e) {
        if (endCounted[e] > 0)
            *ends = std::min(*ends, double(endOn[e]) / endCounted[e]);
    }
    return double(on) / std::max(1, counted);
}

void QuadDetector::considerLines(const cv::Size &size, double expectedAspect, Candidates &found)
{
    const double frameArea = double(size.area());
    findEdgeLines(m_weak, kMaxLines, m_segments, m_lines);
    quadsFromLines(m_lines, size, 0.03 * frameArea, expectedAspect * 0.65, expectedAspect * 1.45, m_lineQuads);
    // Largest first (by the best score a quad could reach), so the support check stops early.
    m_ranked.clear();
    for (size_t n = 0; n < m_lineQuads.size(); ++n) {
        const auto &q = m_lineQuads[n];
        double twice = 0;
        for (int i = 0; i < 4; ++i)
            twice += double(q[i].x) * q[(i + 1) % 4].y - double(q[(i + 1) % 4].x) * q[i].y;
        const double area = std::abs(twice) / 2;
        if (area > 0.9 * frameArea)
            continue;
        const double s1 = distance(q[0], q[1]) + distance(q[2], q[3]);
        const double s2 = distance(q[1], q[2]) + distance(q[3], q[0]);
        const double ratio = std::max(s1, s2) / std::max(1e-6, std::min(s1, s2)) / expectedAspect;
        m_ranked.emplace_back(area * (1.0 - 0.3 * std::abs(std::log(ratio))), n);
    }
    std::sort(m_ranked.begin(), m_ranked.end(), [](const auto &u, const auto &v) { return u.first > v.first; });
    for (const auto &[best, n] : m_ranked) {
        if (best <= found.bar())
            break;
        const auto &q = m_lineQuads[n];
        // Every side must be an edge over most of its length and at both ends: a side running past the
        // document's corner to a line beyond it (a ruling of the paper underneath) has a bare end.
        double support = 1;
        const double longest = longestSide(q);
        for (int i = 0; i < 4 && support >= 0.75; ++i) {
            double ends = 0;
            // A card's straight side stops short of its rounded corners: that stretch is not counted.
            const double trim = roundedShare(longest, distance(q[i], q[(i + 1) % 4]));
            const double side = orientedSupport(q[i], q[(i + 1) % 4], &ends, trim);
            support = std::min(support, ends < 0.5 ? 0.0 : side);
        }
        if (support < 0.75)
            continue;
        double score = best * (0.5 + 0.5 * support);
        // The two terms below only lower the score: not worth measuring for a quad that cannot win.
        if (score <= found.bar())
            continue;
        // A document is brighter (or darker) than what is around it on every side, as a rule. A side that
        // steps the other way is often the far edge of the document's own shadow, and one that hardly
        // steps at all next to the others is often a wood grain or a ruling lined up past the document:
        // the quad inside them, when one is supported, is the document.
        if (!clearOutline(q))
            score *= kUnclearOutline;
        // Of two parallel lines a few pixels apart (a card's edge and its shadow's), the side lies on the
        // one with the step: a side off its step by a pixel on average costs 3 % of the score.
        if (score > found.bar())
            score *= std::max(0.0, 1.0 - kOffStep * outlineFit(q, 1.0));
        if (score > found.bar())
            offer(found, q, score, std::abs(cv::contourArea(std::vector<cv::Point2f>(q.begin(), q.end()))), size);
    }
}

void QuadDetector::consider(const std::vector<std::vector<cv::Point>> &contours, const cv::Size &size,
                            double expectedAspect, Candidates &found)
{
    const double frameArea = double(size.area());
    for (const auto &contour : contours) {
        const double area = cv::contourArea(contour);
        if (area < 0.03 * frameArea || area > 0.9 * frameArea)
            continue;
        cv::convexHull(contour, m_hull);
        const double hullArea = cv::contourArea(m_hull);
        if (hullArea <= 0 || area / hullArea < 0.8)
            continue;
        cv::approxPolyDP(m_hull, m_approx, 0.02 * cv::arcLength(m_hull, true), true);
        const bool touches =
            std::any_of(m_approx.begin(), m_approx.end(), [&](const cv::Point &p) { return nearBorder(p, size, 2); });
        if (touches) {
            // A document running out of the frame: a convex region whose sides inside the frame are edges.
            if (m_approx.size() < 4 || m_approx.size() > 8 || area < 0.06 * frameArea || hullArea > 0.7 * frameArea ||
                area / hullArea < 0.88)
                continue;
            double support = 1;
            int inner = 0;
            const double perimeter = cv::arcLength(m_approx, true);
            for (size_t i = 0; i < m_approx.size(); ++i) {
                const cv::Point &a = m_approx[i];
                const cv::Point &b = m_approx[(i + 1) % m_approx.size()];
                // A short bevel across a rounded corner is not a side to judge.
                if (distance(a, b) < 0.05 * perimeter)
                    continue;
                // Measured on the side refitted through the outline, without its ends: the outline
                // simplified across a rounded corner cuts inside it.
                cv::Point2f from = cv::Point2f(a) + cv::Point2f(b - a) * 0.12f;
                cv::Point2f to = cv::Point2f(b) - cv::Point2f(b - a) * 0.12f;
                cv::Vec4f line;
                if (refitSide(contour, cv::Point2f(a), cv::Point2f(b), line)) {
                    from = onLine(line, from);
                    to = onLine(line, to);
                }
                const double side = sideSupport(m_support, from, to);
                if (side < 0)
                    continue;
                support = std::min(support, side);
                ++inner;
            }
            if (inner >= 2 && support >= 0.6 && hullArea > found.bestCutArea) {
                found.bestCutArea = hullArea;
                m_cutHull.assign(m_hull.begin(), m_hull.end());
            }
            continue;
        }
        if (m_approx.size() != 4 || !cv::isContourConvex(m_approx))
            continue;
        // Foreshortening shrinks one side by up to cos(45 degrees); beyond that the document is unusable anyway.
        const double ratio = apparentAspect(m_approx) / expectedAspect;
        if (ratio < 0.65 || ratio > 1.45)
            continue;
        // Judged on the sides refitted through the outline (a vertex of the simplified outline lies inside a
        // rounded corner, and blur rounds it more), without the rounded ends.
        const std::array<cv::Point2f, 4> corners = cornersFromSides(contour, m_approx);
        const double longest = longestSide(corners);
        double support = 1;
        for (int i = 0; i < 4; ++i) {
            const cv::Point2f &a = corners[size_t(i)];
            const cv::Point2f &b = corners[size_t((i + 1) % 4)];
            const float trim = float(roundedShare(longest, distance(a, b)));
            support = std::min(support, std::abs(sideSupport(m_support, a + (b - a) * trim, b - (b - a) * trim)));
        }
        if (support < 0.7)
            continue;
        const double score = hullArea * (1.0 - 0.3 * std::abs(std::log(ratio))) * (0.5 + 0.5 * support);
        if (score > found.bar())
            offer(found, corners, score, hullArea, size);
    }
}

bool QuadDetector::apartFromCut(const std::array<cv::Point2f, 4> &q, const cv::Size &size) const
{
    // A band or block of a document running out of the frame shares a side or two with it (the MRZ band and
    // the header band span the document's width); a document lying on a larger object (a keyboard, a sheet
    // of paper, a desk's lit streak) has none of its sides on that object's outline.
    const double tolerance = std::max(4.0, 0.01 * std::min(size.width, size.height));
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q[size_t(i)];
        const cv::Point2f b = q[size_t((i + 1) % 4)];
        int on = 0;
        constexpr int kSamples = 7;
        for (int k = 0; k < kSamples; ++k) {
            const cv::Point2f p = a + (b - a) * float(0.2 + 0.6 * k / (kSamples - 1));
            if (std::abs(cv::pointPolygonTest(m_cutHull, p, true)) <= tolerance)
                ++on;
        }
        if (2 * on > kSamples)
            return false;
    }
    return true;
}

cv::Point QuadDetector::sidePixel(const cv::Point2f &p, const cv::Point2f &n, int o) const
{
    return {std::clamp(int(std::lround(p.x + n.x * o)), 0, m_gradX.cols - 1),
            std::clamp(int(std::lround(p.y + n.y * o)), 0, m_gradX.rows - 1)};
}

} // namespace passerelle::capture_detail
