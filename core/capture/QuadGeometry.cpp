// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/QuadGeometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace passerelle::capture_detail {

namespace {

/** The farthest a corner of a document seen may lie over the nearest one's depth (rectifiedAspect). */
constexpr double kMaxDepthRatio = 1.5;
/** The least |f squared| over the frame's long side squared that a quad's own perspective may give. */
constexpr double kLeastFocal2 = 0.2;
/** aspectFit's floor: another shape, or no rectangle at all. */
constexpr double kLeastFit = 0.05;

} // namespace

double distance(const cv::Point2f &a, const cv::Point2f &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

/** The direction from @p from to @p to, of length 1. */
cv::Point2f unit(const cv::Point2f &from, const cv::Point2f &to)
{
    return (to - from) * float(1.0 / std::max(1e-6, distance(from, to)));
}

double longestSide(const std::array<cv::Point2f, 4> &q)
{
    double longest = 0;
    for (int i = 0; i < 4; ++i)
        longest = std::max(longest, distance(q[size_t(i)], q[size_t((i + 1) % 4)]));
    return longest;
}

/** The share of a side @p length long that each of its rounded corners takes, on a document whose longest
 *  side is @p longest (at most a tenth): its straight part lies between. */
double roundedShare(double longest, double length)
{
    return std::min(0.1, kCornerRounding * longest / std::max(1.0, length));
}

/** The normal of side @p a - @p b of @p q pointing out of it, of length 1. */
cv::Point2f outward(const std::array<cv::Point2f, 4> &q, const cv::Point2f &a, const cv::Point2f &b)
{
    const cv::Point2f centre = (q[0] + q[1] + q[2] + q[3]) * 0.25f;
    const cv::Point2f d = unit(a, b);
    const cv::Point2f n(-d.y, d.x);
    return (centre - a).dot(n) > 0 ? -n : n;
}

/** Long side over short side of a quad, averaging opposite sides. */
double apparentAspect(const std::vector<cv::Point> &q)
{
    const double a = distance(q[0], q[1]) + distance(q[2], q[3]);
    const double b = distance(q[1], q[2]) + distance(q[3], q[0]);
    return std::max(a, b) / std::max(1e-6, std::min(a, b));
}

bool nearBorder(const cv::Point &p, const cv::Size &size, int margin)
{
    return p.x <= margin || p.y <= margin || p.x >= size.width - 1 - margin || p.y >= size.height - 1 - margin;
}

/**
 * Side @p a - @p b of a simplification of @p contour, refitted through the outline's own points along its
 * middle (into @p line: direction, then a point). approxPolyDP puts a vertex on the outline, which for a
 * rounded corner (every card's) lies inside the corner the sides make, so the side between two vertices
 * is tilted off the real one. False, @p line unset, when too few points are there.
 */
bool refitSide(const std::vector<cv::Point> &contour, const cv::Point2f &a, const cv::Point2f &b, cv::Vec4f &line)
{
    static thread_local std::vector<cv::Point2f> along;
    const double length = distance(a, b);
    if (length < 8)
        return false;
    const cv::Point2f d = (b - a) * float(1.0 / length);
    along.clear();
    for (const cv::Point &c : contour) {
        const cv::Point2f p(c);
        const double t = (p - a).dot(d) / length;
        const double off = std::abs((p - a).cross(d));
        if (t > 0.15 && t < 0.85 && off < 4)
            along.push_back(p);
    }
    if (along.size() < 5)
        return false;
    cv::fitLine(along, line, cv::DIST_L2, 0, 0.01, 0.01);
    return true;
}

/** @p p moved onto @p line (direction, then a point). */
cv::Point2f onLine(const cv::Vec4f &line, const cv::Point2f &p)
{
    const cv::Point2f d(line[0], line[1]);
    const cv::Point2f through(line[2], line[3]);
    return through + d * (p - through).dot(d);
}

/** The corners of a 4-vertex simplification of @p contour, where its sides' lines (refitSide) meet. */
std::array<cv::Point2f, 4> cornersFromSides(const std::vector<cv::Point> &contour, const std::vector<cv::Point> &quad)
{
    std::array<cv::Point2f, 4> corners;
    std::array<cv::Vec4f, 4> lines;
    std::array<bool, 4> fitted{};
    for (int i = 0; i < 4; ++i) {
        corners[size_t(i)] = cv::Point2f(quad[size_t(i)]);
        fitted[size_t(i)] =
            refitSide(contour, cv::Point2f(quad[size_t(i)]), cv::Point2f(quad[size_t((i + 1) % 4)]), lines[size_t(i)]);
    }
    for (int i = 0; i < 4; ++i) {
        const cv::Vec4f &u = lines[size_t((i + 3) % 4)];
        const cv::Vec4f &v = lines[size_t(i)];
        if (!fitted[size_t((i + 3) % 4)] || !fitted[size_t(i)])
            continue;
        // u: p + s du, v: q + t dv; solve for the crossing.
        const double det = double(u[0]) * v[1] - double(u[1]) * v[0];
        if (std::abs(det) < 1e-6)
            continue;
        const double qx = v[2] - u[2], qy = v[3] - u[3];
        const double s = (qx * v[1] - qy * v[0]) / det;
        const cv::Point2f crossing(float(u[2] + s * u[0]), float(u[3] + s * u[1]));
        // Only a small move: a rounded corner's, not a wrong line's.
        if (distance(crossing, corners[size_t(i)]) <
            0.08 * std::max(distance(cv::Point2f(quad[0]), cv::Point2f(quad[2])), 1.0))
            corners[size_t(i)] = crossing;
    }
    return corners;
}

/**
 * Whether quad @p outer holds quad @p inner, give or take @p slack; or a little more (up to @p reach) on
 * a side of @p outer along which @p inner has a side too (within 3 degrees): the same side seen a few
 * pixels off (blur spreads a side into its shadow), not a side of another object.
 */
bool holds(const std::array<cv::Point2f, 4> &outer, const std::array<cv::Point2f, 4> &inner, double slack, double reach)
{
    constexpr double kSin3 = 0.0523;
    for (int k = 0; k < 4; ++k) {
        const cv::Point2f a = outer[size_t(k)];
        const cv::Point2f b = outer[size_t((k + 1) % 4)];
        const cv::Point2f d = unit(a, b);
        const cv::Point2f out = outward(outer, a, b);
        for (int i = 0; i < 4; ++i) {
            const cv::Point2f &p = inner[size_t(i)];
            const double inside = -(p - a).dot(out);
            if (inside >= -slack)
                continue;
            if (inside < -reach)
                return false;
            const cv::Point2f u1 = unit(p, inner[size_t((i + 1) % 4)]);
            const cv::Point2f u2 = unit(p, inner[size_t((i + 3) % 4)]);
            if (std::abs(u1.x * d.y - u1.y * d.x) >= kSin3 && std::abs(u2.x * d.y - u2.y * d.x) >= kSin3)
                return false;
        }
    }
    return true;
}

/** Intersection over union of two convex quads. */
double overlap(const std::array<cv::Point2f, 4> &a, const std::array<cv::Point2f, 4> &b)
{
    const std::vector<cv::Point2f> u(a.begin(), a.end());
    const std::vector<cv::Point2f> v(b.begin(), b.end());
    std::vector<cv::Point2f> common;
    const double both = std::max(0.0, double(cv::intersectConvexConvex(u, v, common)));
    const double either = std::abs(cv::contourArea(u)) + std::abs(cv::contourArea(v)) - both;
    return either > 0 ? both / either : 0.0;
}

std::array<cv::Point2f, 4> orderCorners(const std::array<cv::Point2f, 4> &corners, bool portrait)
{
    cv::Point2f centre(0, 0);
    for (const auto &p : corners)
        centre += p * 0.25f;
    std::array<cv::Point2f, 4> sorted = corners;
    // With y pointing down, increasing atan2 goes clockwise on screen.
    std::sort(sorted.begin(), sorted.end(), [&](const cv::Point2f &a, const cv::Point2f &b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    const double even = distance(sorted[0], sorted[1]) + distance(sorted[2], sorted[3]);
    const double odd = distance(sorted[1], sorted[2]) + distance(sorted[3], sorted[0]);
    const bool evenIsLong = even >= odd;
    // Starts at 0 or 2 when edge 0-1 has the wanted length, else at 1 or 3; of the two, the top-left one.
    const int first = (evenIsLong != portrait) ? 0 : 1;
    const int second = first + 2;
    const int start = (sorted[first].x + sorted[first].y <= sorted[second].x + sorted[second].y) ? first : second;
    std::array<cv::Point2f, 4> ordered;
    for (int i = 0; i < 4; ++i)
        ordered[i] = sorted[(start + i) % 4];
    return ordered;
}

double signedArea(const std::array<cv::Point2f, 4> &q)
{
    double twice = 0;
    for (int i = 0; i < 4; ++i)
        twice += double(q[i].x) * q[(i + 1) % 4].y - double(q[(i + 1) % 4].x) * q[i].y;
    return twice / 2;
}

bool convex(const std::array<cv::Point2f, 4> &q)
{
    int sign = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f e1 = q[(i + 1) % 4] - q[i];
        const cv::Point2f e2 = q[(i + 2) % 4] - q[(i + 1) % 4];
        const double z = double(e1.x) * e2.y - double(e1.y) * e2.x;
        const int s = z > 0 ? 1 : z < 0 ? -1 : 0;
        if (s == 0 || (sign != 0 && s != sign))
            return false;
        sign = s;
    }
    return true;
}

double rectifiedAspect(const std::array<cv::Point2f, 4> &q, const cv::Size &frame)
{
    const double cx = frame.width / 2.0;
    const double cy = frame.height / 2.0;
    const double longSide = std::max(frame.width, frame.height);
    const auto at = [&](const cv::Point2f &p) { return cv::Vec3d(p.x - cx, p.y - cy, 1.0); };
    // m1 top-left, m2 top-right, m3 bottom-left, m4 bottom-right of the rectangle's picture.
    const cv::Vec3d m1 = at(q[0]), m2 = at(q[1]), m4 = at(q[2]), m3 = at(q[3]);
    const double d2 = m2.cross(m4).dot(m3);
    const double d3 = m3.cross(m4).dot(m2);
    if (std::abs(d2) < 1e-9 || std::abs(d3) < 1e-9)
        return 1.0;
    // k2, k3: how much farther than the first corner its two neighbours lie. On the real frames' documents
    // (turned up to about 35 degrees) 0.86 to 1.14; a corner half as far again is a view no one takes.
    const double k2 = m1.cross(m4).dot(m3) / d2;
    const double k3 = m1.cross(m4).dot(m2) / d3;
    if (std::min(k2, k3) < 1 / kMaxDepthRatio || std::max(k2, k3) > kMaxDepthRatio)
        return 0;
    const cv::Vec3d n2 = m2 * k2 - m1;
    const cv::Vec3d n3 = m3 * k3 - m1;
    double f2 = 0.85 * 0.85 * longSide * longSide;
    if (std::abs(n2[2] * n3[2]) > 1e-12) {
        const double estimate = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2]);
        // A strong perspective that no focal length explains (the square of the one it gives, either side of
        // zero, under a fifth of the frame's long side squared; true outlines: 0.3 and over) is no rectangle.
        if (std::abs(estimate) < kLeastFocal2 * longSide * longSide)
            return 0;
        if (estimate >= 0.25 * longSide * longSide && estimate <= 6.25 * longSide * longSide)
            f2 = estimate;
    }
    const double w2 = (n2[0] * n2[0] + n2[1] * n2[1]) / f2 + n2[2] * n2[2];
    const double h2 = (n3[0] * n3[0] + n3[1] * n3[1]) / f2 + n3[2] * n3[2];
    if (w2 <= 0 || h2 <= 0)
        return 1.0;
    const double ratio = std::sqrt(w2 / h2);
    return std::max(ratio, 1.0 / ratio);
}

double aspectFit(double aspect, double expected)
{
    if (aspect <= 0)
        return kLeastFit;
    const double off = std::abs(std::log(aspect / expected));
    return std::max(kLeastFit, 1.0 - 0.3 * off - 1.5 * std::max(0.0, off - 0.06));
}

} // namespace passerelle::capture_detail
