// SPDX-License-Identifier: GPL-3.0-or-later
// QuadDetector's candidates: closed outlines and quads of straight edges, judged along their sides, and
// whether a quad is a whole document or the in-frame part of one running out of the frame.
#include "core/capture/QuadDetector.h"

#include "core/capture/QuadGeometry.h"
#include "core/capture/SideSampler.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace passerelle::capture_detail {

namespace {

/** Score factor of a line quad whose sides do not all step clearly the same way (see clearOutline). */
constexpr double kUnclearOutline = 0.85;
/** Score lost by a line quad per pixel its sides lie, on average, off the steps across them (outlineFit). */
constexpr double kOffStep = 0.03;
/** A side running on past a corner of a quad shaped like the document by less than this share of its
 *  length is not taken for a document running out of the frame (see runsOutOfFrame). */
constexpr double kShortRun = 0.1;
/** A quad's rectified aspect within this factor of the document's is the document's shape. */
constexpr double kSameShape = 0.04;
/** The least support of a side half hidden (by a thumb) of a line quad whose other sides are edges. */
constexpr double kHiddenSide = 0.4;
/** A grey level this high is burnt white (as CaptureAnalyzer judges a frame). */
constexpr int kBurnt = 250;
/** Steps (of 2 % of each side's found reach) tried for the fourth side of an open quad. */
constexpr int kOpenSteps = 10;
/** At most this many straight edges, longest first, make quads. */
constexpr int kMaxLines = 48;

} // namespace

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
    if (nearCorner && !sides().clearOutline(q, kFaintSide))
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
            const double step = sides().step(corner - out * float(0.25 * length), corner, n);
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
            // Nor can a quad of the document's very shape (after perspective, with a clear outline) run on
            // for a tenth of its side: the document would be that much longer than its own shape. What lines
            // up with its side there is clutter (a flag, a sticky note at the card's corner), or the side's
            // own last pixels before the border.
            if (reach < kShortRun * length && shapedLikeDocument(q, size))
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
            if (sides().polarSupport(from, to, n, step) >= 0.6 && sides().polarSupport(from, near, n, step) >= 0.6)
                return true;
        }
    }
    return false;
}

void QuadDetector::considerLines(const cv::Size &size, double expectedAspect, Candidates &found)
{
    const double frameArea = double(size.area());
    findEdgeLines(m_maps.weak, kMaxLines, m_segments, m_lines);
    quadsFromLines(m_lines, size, 0.03 * frameArea, expectedAspect * 0.65, expectedAspect * 1.45, m_lineQuads,
                   &m_openQuads);
    // Largest first (by the best score a quad could reach), so the support check stops early.
    m_ranked.clear();
    for (size_t n = 0; n < m_lineQuads.size(); ++n) {
        const auto &q = m_lineQuads[n];
        const double area = std::abs(signedArea(q));
        if (area > 0.9 * frameArea)
            continue;
        m_ranked.emplace_back(area * aspectFit(rectifiedAspect(q, size), expectedAspect), n);
    }
    std::sort(m_ranked.begin(), m_ranked.end(), [](const auto &u, const auto &v) { return u.first > v.first; });
    for (const auto &[best, n] : m_ranked) {
        if (best <= found.bar())
            break;
        const auto &q = m_lineQuads[n];
        // Every side must be an edge over most of its length and at both ends: a side running past the
        // document's corner to a line beyond it (a ruling of the paper underneath) has a bare end.
        // One side may be half hidden (a thumb over it, so one of its ends may be bare) when the other three
        // are edges and the quad has the document's own shape once its perspective is undone (not asked for a
        // clear outline: a card whose header band is darker than the desk and its body paler has none, with a
        // thumb or without). Nor may its neighbours run on past the hidden side's corners, nor the quad run out of
        // the frame (runsOnPast, runsOutOfFrame): a card pushed out of the frame, closed by its photo block's edge,
        // gave "ok" (generated case 532). Such a quad is marked hidden: it does not settle the search
        // (QuadDetector::detect), since a blurred outline also leaves sides half seen at 640 wide, where the
        // half-width look sees it whole.
        double support = 1;
        int hidden = 0;
        int hiddenSide = 0;
        const double longest = longestSide(q);
        for (int i = 0; i < 4 && support >= kHiddenSide && hidden <= 1; ++i) {
            double ends = 0;
            // A card's straight side stops short of its rounded corners: that stretch is not counted.
            const double trim = roundedShare(longest, distance(q[i], q[(i + 1) % 4]));
            const double side = sides().orientedSupport(q[i], q[(i + 1) % 4], &ends, trim);
            const double judged = ends < 0.5 ? std::min(side, kHiddenSide) : side;
            if (judged < 0.75) {
                ++hidden;
                hiddenSide = i;
            }
            support = std::min(support, judged);
        }
        if (support < kHiddenSide || hidden > 1 ||
            (hidden == 1 && (!ofDocumentShape(q, size) || runsOnPast(q, hiddenSide, size) || runsOutOfFrame(q, size))))
            continue;
        double score = best * (0.5 + 0.5 * support);
        // The two terms below only lower the score: not worth measuring for a quad that cannot win.
        if (score <= found.bar())
            continue;
        // A document is brighter (or darker) than what is around it on every side, as a rule. A side that
        // steps the other way is often the far edge of the document's own shadow, and one that hardly
        // steps at all next to the others is often a wood grain or a ruling lined up past the document:
        // the quad inside them, when one is supported, is the document.
        if (!sides().clearOutline(q, kFaintSide))
            score *= kUnclearOutline;
        // Of two parallel lines a few pixels apart (a card's edge and its shadow's), the side lies on the
        // one with the step: a side off its step by a pixel on average costs 3 % of the score.
        if (score > found.bar())
            score *= std::max(0.0, 1.0 - kOffStep * sides().outlineFit(q));
        if (score > found.bar())
            offer(found, q, score, std::abs(cv::contourArea(std::vector<cv::Point2f>(q.begin(), q.end()))), size,
                  hidden == 1);
    }
    // Nothing found, not even a region running out of the frame (a document cut off there has three straight
    // sides as well): the three sides found may still be the document's.
    if (found.bestQuadScore <= 0 && found.bestCutArea <= 0)
        completeOpenQuads(size, found);
}

void QuadDetector::completeOpenQuads(const cv::Size &size, Candidates &found)
{
    // No guess on a frame mostly burnt white: its lines are a sheet's rulings around a card whose outline the light
    // erased (generated cases 661 and 949: 46-56 % off); with nothing found, the analyzer says "too bright".
    if (2 * cv::countNonZero(m_maps.scaled >= kBurnt) > int(m_maps.scaled.total()))
        return;
    const double frameArea = double(size.area());
    const double minReach = 0.1 * std::min(size.width, size.height);
    for (const OpenQuad &open : m_openQuads) {
        const EdgeLine &k = m_lines[size_t(open.k)];
        cv::Point2f p;
        cv::Point2f q;
        if (!intersect(m_lines[size_t(open.i)], k, p) || !intersect(m_lines[size_t(open.j)], k, q))
            continue;
        // Each of the two opposite sides runs from its corner on k as far as its line's pieces were found:
        // the fourth side lies there or a little further (a rounded corner, clutter over the side's end).
        const auto reach = [&](const EdgeLine &l, const cv::Point2f &from, cv::Point2f &d) {
            d = cv::Point2f(float(l.b), float(-l.a));
            const float u = (l.from - from).dot(d);
            const float v = (l.to - from).dot(d);
            if (std::abs(u) > std::abs(v))
                return u < 0 ? (d = -d, -u) : u;
            return v < 0 ? (d = -d, -v) : v;
        };
        cv::Point2f di;
        cv::Point2f dj;
        const float ri = reach(m_lines[size_t(open.i)], p, di);
        const float rj = reach(m_lines[size_t(open.j)], q, dj);
        if (ri < minReach || rj < minReach)
            continue;
        // The fourth side where it steps most, among the positions giving the document's shape.
        std::array<cv::Point2f, 4> best{};
        double bestSide = -1;
        int bestGuessed = 1;
        for (int a = 0; a <= kOpenSteps; ++a) {
            for (int b = 0; b <= kOpenSteps; ++b) {
                std::array<cv::Point2f, 4> c{p, p + di * (ri * float(0.98 + 0.02 * a)),
                                             q + dj * (rj * float(0.98 + 0.02 * b)), q};
                // The fourth side is c[1]-c[2], or c[2]-c[3] once turned clockwise.
                const int guessed = signedArea(c) < 0 ? 2 : 1;
                if (guessed == 2)
                    std::swap(c[1], c[3]);
                if (!ofDocumentShape(c, size))
                    continue;
                double ends = 0;
                const double side = sides().orientedSupport(p + di * (ri * float(0.98 + 0.02 * a)),
                                                            q + dj * (rj * float(0.98 + 0.02 * b)), &ends);
                if (side > bestSide) {
                    bestSide = side;
                    best = c;
                    bestGuessed = guessed;
                }
            }
        }
        // Its edge in pieces too short to make a line (coloured clutter along it) must still be an edge over most
        // of its length, as the three sides found must be (and at both ends): a guessed side on a weaker edge
        // closed quads over clutter (aut f01: cables and pencils). The outline must be clear: without that, clutter
        // closed quads above a passport page running out of the frame (srb f05) and beside a burnt card (case 21).
        if (bestSide < 0.75)
            continue;
        const double longest = longestSide(best);
        double support = 1;
        for (int s = 0; s < 4 && support >= 0.75; ++s) {
            const cv::Point2f &a = best[size_t(s)];
            const cv::Point2f &b = best[size_t((s + 1) % 4)];
            double ends = 0;
            const double side = sides().orientedSupport(a, b, &ends, roundedShare(longest, distance(a, b)));
            support = std::min(support, ends < 0.5 ? 0.0 : side);
        }
        const double area = std::abs(signedArea(best));
        if (support < 0.75 || area < 0.03 * frameArea || area > 0.9 * frameArea ||
            runsOnPast(best, bestGuessed, size) || runsOutOfFrame(best, size) ||
            !sides().clearOutline(best, kFaintSide))
            continue;
        double score = area * aspectFit(rectifiedAspect(best, size), m_expectedAspect) * (0.5 + 0.5 * support);
        score *= std::max(0.0, 1.0 - kOffStep * sides().outlineFit(best));
        // A guess, even on edges: kept as a quad with a hidden side, which does not settle the search.
        if (score > found.bar())
            offer(found, best, score, area, size, true);
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
                const double side = SideSampler::support(m_maps.support, from, to);
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
            support = std::min(support,
                               std::abs(SideSampler::support(m_maps.support, a + (b - a) * trim, b - (b - a) * trim)));
        }
        if (support < 0.7)
            continue;
        const double score =
            hullArea * aspectFit(rectifiedAspect(corners, size), expectedAspect) * (0.5 + 0.5 * support);
        if (score > found.bar())
            offer(found, corners, score, hullArea, size);
    }
}

bool QuadDetector::runsOnPast(const std::array<cv::Point2f, 4> &q, int s, const cv::Size &size) const
{
    // A side half seen, or guessed, with a corner at the frame border may be the border cutting a document.
    const int close = int(std::ceil(0.012 * std::min(size.width, size.height)));
    if (nearBorder(cv::Point(q[size_t(s)]), size, close) || nearBorder(cv::Point(q[size_t((s + 1) % 4)]), size, close))
        return true;
    const double longest = longestSide(q);
    for (const auto &[corner, before] :
         {std::pair{q[size_t(s)], q[size_t((s + 3) % 4)]}, std::pair{q[size_t((s + 1) % 4)], q[size_t((s + 2) % 4)]}}) {
        const Side next(before, corner);
        // Past the rounded corner, a tenth of the side further: the same step, the same way, is the document's
        // side carrying on (the quad was closed on an inner line of it), not background.
        const double step = sides().step(corner - next.d * float(0.25 * next.length), corner, next.n);
        const cv::Point2f from = corner + next.d * float(kCornerRounding * longest + 2);
        if (sides().polarSupport(from, from + next.d * float(0.1 * next.length), next.n, step) >= 0.6)
            return true;
    }
    return false;
}

bool QuadDetector::ofDocumentShape(const std::array<cv::Point2f, 4> &q, const cv::Size &size) const
{
    return std::abs(std::log(rectifiedAspect(q, size) / m_expectedAspect)) <= kSameShape;
}

bool QuadDetector::shapedLikeDocument(const std::array<cv::Point2f, 4> &q, const cv::Size &size) const
{
    return ofDocumentShape(q, size) && sides().clearOutline(q, kFaintSide);
}

bool QuadDetector::apartFromCut(const std::array<cv::Point2f, 4> &q, const cv::Size &size) const
{
    // A band or block of a document running out of the frame shares a side or two with it (the MRZ band and
    // the header band span the document's width); a document lying on a larger object (a keyboard, a sheet
    // of paper, a desk's lit streak) has none of its sides on that object's outline.
    // And a quad lying beside the region, not in it (the card on a desk whose lit part runs along one of its
    // sides), is no part of it.
    if (cv::pointPolygonTest(m_cutHull, (q[0] + q[1] + q[2] + q[3]) * 0.25f, false) < 0)
        return true;
    const double tolerance = std::max(4.0, 0.01 * std::min(size.width, size.height));
    int shared = 0;
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
            ++shared;
    }
    // A quad of the document's own shape sharing a single side with the region is the document lying along
    // it (a card whose lower edge merges with the desk below); a band or block of a document running out of
    // the frame has another shape, or shares two sides or more with it.
    return shared == 0 || (shared == 1 && shapedLikeDocument(q, size));
}

} // namespace passerelle::capture_detail
