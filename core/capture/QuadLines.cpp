// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/QuadLines.h"

#include "core/capture/QuadGeometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace passerelle::capture_detail {

namespace {

constexpr int kMaxSegments = 600;
/** A side must run along where its line's pieces were found for at least this share of it. A card's side
 *  crossed by clutter or by a paler stretch (a white flag at its corner, the scissors lying along it) is
 *  found in pieces that cover less than half of it; the sides are then checked on the edges themselves. */
constexpr double kCovered = 0.4;
constexpr size_t kMaxQuads = 60000;
/** At most this many open quads (QuadDetector completes them only when nothing else was found). */
constexpr size_t kMaxOpen = 400;
/** sin(40 degrees): opposite sides of a document seen in perspective converge by less. */
constexpr double kOppositeSin = 0.643;

/** |sin| of the angle between two lines (0 parallel, 1 perpendicular). */
double crossSin(const EdgeLine &u, const EdgeLine &v)
{
    return std::abs(u.a * v.b - u.b * v.a);
}

/** Where two lines cross. */
struct Crossing
{
    cv::Point2f at;
    float along = 0;     ///< position of the crossing along the first line, from its first piece's start
    float sin = 0;       ///< |sin| of the angle between the lines
    bool corner = false; ///< in the frame and at a wide enough angle (sin >= 0.5) to be a corner
};

} // namespace

bool intersect(const EdgeLine &u, const EdgeLine &v, cv::Point2f &p)
{
    const double det = u.a * v.b - u.b * v.a;
    if (std::abs(det) < 1e-6)
        return false;
    p = cv::Point2f(float((u.c * v.b - u.b * v.c) / det), float((u.a * v.c - u.c * v.a) / det));
    return true;
}

void findEdgeLines(const cv::Mat &edges, int maxLines, std::vector<cv::Vec4i> &segments, std::vector<EdgeLine> &lines)
{
    lines.clear();
    const int shortSide = std::min(edges.cols, edges.rows);
    // Straight pieces of the edge curves: each curve's outline simplified to a polygon (1.5 px), whose
    // long enough sides are pieces. Much cheaper than a Hough transform (which votes every edge pixel in
    // 180 directions) and as good once collinear pieces are merged below; a side broken by crossing lines
    // still gives its pieces.
    const int minPiece = std::max(8, shortSide / 45);
    static thread_local std::vector<std::vector<cv::Point>> curves;
    static thread_local std::vector<cv::Point> polygon;
    segments.clear();
    // CHAIN_APPROX_SIMPLE keeps the same polygons with far fewer points (and much less memory churn).
    cv::findContours(edges, curves, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    for (const auto &curve : curves) {
        const cv::Rect box = cv::boundingRect(curve);
        if (std::hypot(double(box.width), double(box.height)) < minPiece)
            continue;
        cv::approxPolyDP(curve, polygon, 1.5, true);
        for (size_t k = 0; k < polygon.size(); ++k) {
            const cv::Point a = polygon[k];
            const cv::Point b = polygon[(k + 1) % polygon.size()];
            if (std::hypot(double(b.x - a.x), double(b.y - a.y)) >= minPiece)
                segments.emplace_back(a.x, a.y, b.x, b.y);
        }
    }
    const auto length = [](const cv::Vec4i &s) { return std::hypot(double(s[2] - s[0]), double(s[3] - s[1])); };
    const auto squared = [](const cv::Vec4i &s) {
        return (s[2] - s[0]) * (s[2] - s[0]) + (s[3] - s[1]) * (s[3] - s[1]);
    };
    std::sort(segments.begin(), segments.end(),
              [&](const cv::Vec4i &s, const cv::Vec4i &t) { return squared(s) > squared(t); });
    if (segments.size() > size_t(kMaxSegments))
        segments.resize(kMaxSegments);
    // Moments of the pieces merged into each line (weight, centroid sums, second moments), to refit it.
    struct Moments
    {
        double w = 0, x = 0, y = 0, xx = 0, xy = 0, yy = 0;
        void add(const cv::Point2f &p, const cv::Point2f &q, double len)
        {
            const double mx = (p.x + q.x) / 2.0, my = (p.y + q.y) / 2.0;
            const double dx = (q.x - p.x) / len, dy = (q.y - p.y) / len, spread = len * len / 12.0;
            w += len;
            x += len * mx;
            y += len * my;
            xx += len * (mx * mx + spread * dx * dx);
            xy += len * (mx * my + spread * dx * dy);
            yy += len * (my * my + spread * dy * dy);
        }
    };
    static thread_local std::vector<Moments> moments;
    moments.clear();
    for (const cv::Vec4i &s : segments) {
        const cv::Point2f p{float(s[0]), float(s[1])};
        const cv::Point2f q{float(s[2]), float(s[3])};
        const double len = length(s);
        bool merged = false;
        for (size_t n = 0; n < lines.size(); ++n) {
            EdgeLine &l = lines[n];
            // Collinear pieces (both ends within 2.5 px of the line, same direction) belong to one edge.
            const double dp = std::abs(l.a * p.x + l.b * p.y - l.c);
            const double dq = std::abs(l.a * q.x + l.b * q.y - l.c);
            const double along = std::abs((q.x - p.x) * l.b - (q.y - p.y) * l.a) / len;
            if (dp > 2.5 || dq > 2.5 || along < 0.995)
                continue;
            l.length += len;
            Moments &m = moments[n];
            m.add(p, q, len);
            // Refit the line through every piece (total least squares), keeping the normal's orientation.
            const double cx = m.x / m.w, cy = m.y / m.w;
            const double sxx = m.xx / m.w - cx * cx, sxy = m.xy / m.w - cx * cy, syy = m.yy / m.w - cy * cy;
            const double theta = 0.5 * std::atan2(2 * sxy, sxx - syy);
            double a = -std::sin(theta), b = std::cos(theta);
            if (a * l.a + b * l.b < 0) {
                a = -a;
                b = -b;
            }
            l.a = a;
            l.b = b;
            l.c = a * cx + b * cy;
            // Extend the edge's extent to cover the new piece, on the refitted line.
            const cv::Point2f dir(float(l.b), float(-l.a));
            const cv::Point2f normal(float(l.a), float(l.b));
            for (cv::Point2f *e : {&l.from, &l.to})
                *e -= normal * float(l.a * e->x + l.b * e->y - l.c);
            for (const cv::Point2f &e : {p, q}) {
                const float t = (e - l.from).dot(dir);
                const float span = (l.to - l.from).dot(dir);
                if (t < 0)
                    l.from += dir * t;
                else if (t > span)
                    l.to += dir * (t - span);
            }
            merged = true;
            break;
        }
        if (merged || lines.size() >= size_t(maxLines) * 3)
            continue;
        EdgeLine l;
        l.from = p;
        l.to = q;
        l.a = -(q.y - p.y) / len;
        l.b = (q.x - p.x) / len;
        l.c = l.a * p.x + l.b * p.y;
        l.length = len;
        lines.push_back(l);
        moments.emplace_back().add(p, q, len);
    }
    std::sort(lines.begin(), lines.end(), [](const EdgeLine &u, const EdgeLine &v) { return u.length > v.length; });
    if (lines.size() > size_t(maxLines))
        lines.resize(size_t(maxLines));
}

void quadsFromLines(const std::vector<EdgeLine> &lines, const cv::Size &size, double minArea, double minAspect,
                    double maxAspect, std::vector<std::array<cv::Point2f, 4>> &quads, std::vector<OpenQuad> *open)
{
    quads.clear();
    if (open)
        open->clear();
    const double minGap = 0.08 * std::min(size.width, size.height);
    // Opposite sides: within 40 degrees of each other, far enough apart. A card tilted 35 to 45 degrees
    // (to be told "hold it flat") has sides converging by more than 30.
    std::vector<std::pair<int, int>> pairs;
    for (size_t i = 0; i < lines.size(); ++i) {
        for (size_t j = i + 1; j < lines.size(); ++j) {
            if (crossSin(lines[i], lines[j]) > kOppositeSin)
                continue;
            const cv::Point2f mid = (lines[j].from + lines[j].to) * 0.5f;
            if (std::abs(lines[i].a * mid.x + lines[i].b * mid.y - lines[i].c) < minGap)
                continue;
            // Opposite sides face each other: seen across, their found extents overlap (by 40 % of the
            // shorter one), which a ruling on one side of the frame and a text line on the other do not.
            // Seen along the direction halfway between the two: along one of them, two sides converging
            // in perspective on a turned card seem shifted by their distance times the angle.
            cv::Point2f dirI(float(lines[i].b), float(-lines[i].a));
            cv::Point2f dirJ(float(lines[j].b), float(-lines[j].a));
            if (dirI.dot(dirJ) < 0)
                dirJ = -dirJ;
            const cv::Point2f dir = (dirI + dirJ) * float(1.0 / std::max(1e-6, cv::norm(dirI + dirJ)));
            float s0 = lines[i].from.dot(dir);
            float s1 = lines[i].to.dot(dir);
            float t0 = lines[j].from.dot(dir);
            float t1 = lines[j].to.dot(dir);
            if (s0 > s1)
                std::swap(s0, s1);
            if (t0 > t1)
                std::swap(t0, t1);
            if (std::min(s1, t1) - std::max(s0, t0) < 0.4f * std::min(s1 - s0, t1 - t0))
                continue;
            pairs.emplace_back(int(i), int(j));
        }
    }
    const float margin = 2;
    const auto inside = [&](const cv::Point2f &p) {
        return p.x >= -margin && p.y >= -margin && p.x <= size.width - 1 + margin && p.y <= size.height - 1 + margin;
    };
    // Every pair of lines meets once: their crossing, whether it can be a corner (in the frame, at a
    // wide enough angle) and where it lies along each line, computed once instead of per quad.
    const size_t count = lines.size();
    static thread_local std::vector<Crossing> crossings;
    crossings.assign(count * count, Crossing{});
    for (size_t a = 0; a < count; ++a) {
        for (size_t b = a + 1; b < count; ++b) {
            Crossing &x = crossings[a * count + b];
            x.sin = float(crossSin(lines[a], lines[b]));
            if (x.sin < 0.5f || !intersect(lines[a], lines[b], x.at) || !inside(x.at))
                continue;
            x.corner = true;
            Crossing &y = crossings[b * count + a];
            y = x;
            x.along = (x.at - lines[a].from).dot(cv::Point2f(float(lines[a].b), float(-lines[a].a)));
            y.along = (y.at - lines[b].from).dot(cv::Point2f(float(lines[b].b), float(-lines[b].a)));
        }
    }
    const auto cross = [&](int a, int b) -> const Crossing & { return crossings[size_t(a) * count + size_t(b)]; };
    // Share of line @p a between its crossings with @p b and @p c covered by the pieces found on it.
    const auto covered = [&](int a, int b, int c) {
        double s0 = cross(a, b).along;
        double s1 = cross(a, c).along;
        if (s0 > s1)
            std::swap(s0, s1);
        const EdgeLine &l = lines[size_t(a)];
        const double span = (l.to - l.from).dot(cv::Point2f(float(l.b), float(-l.a)));
        return (std::min(s1, span) - std::max(s0, 0.0)) / std::max(1e-6, s1 - s0);
    };
    // Which pair two lines make, if any, so the other two sides of a quad are looked up, not searched.
    static thread_local std::vector<int> pairOf;
    static thread_local std::vector<int> across;
    pairOf.assign(count * count, -1);
    for (size_t m = 0; m < pairs.size(); ++m) {
        pairOf[size_t(pairs[m].first) * count + size_t(pairs[m].second)] = int(m);
        pairOf[size_t(pairs[m].second) * count + size_t(pairs[m].first)] = int(m);
    }
    for (size_t m = 0; m < pairs.size(); ++m) {
        const int i = pairs[m].first;
        const int j = pairs[m].second;
        // The lines that can close this pair: they cross both at a corner and were found between the two
        // (a side must largely run along where its line's pieces were found: kCovered).
        across.clear();
        for (int k = 0; k < int(count); ++k) {
            if (k != i && k != j && cross(i, k).corner && cross(j, k).corner && covered(k, i, j) >= kCovered)
                across.push_back(k);
        }
        if (open) {
            for (const int k : across) {
                if (open->size() < kMaxOpen)
                    open->push_back({i, j, k});
            }
        }
        for (size_t u = 0; u < across.size(); ++u) {
            for (size_t v = u + 1; v < across.size(); ++v) {
                const int k = across[u];
                const int l = across[v];
                // Each pair of pairs once (and k, l in the pair's own order, as ik.sin below expects).
                if (pairOf[size_t(k) * count + size_t(l)] <= int(m))
                    continue;
                const Crossing &ik = cross(i, k);
                const Crossing &kj = cross(k, j);
                const Crossing &jl = cross(j, l);
                const Crossing &li = cross(l, i);
                if (ik.sin < 0.7f || covered(i, l, k) < kCovered || covered(j, k, l) < kCovered)
                    continue;
                std::array<cv::Point2f, 4> q{ik.at, kj.at, jl.at, li.at};
                if (!convex(q))
                    continue;
                double area = signedArea(q);
                if (area < 0) {
                    std::swap(q[1], q[3]);
                    area = -area;
                }
                if (area < minArea)
                    continue;
                const double s1 = cv::norm(q[0] - q[1]) + cv::norm(q[2] - q[3]);
                const double s2 = cv::norm(q[1] - q[2]) + cv::norm(q[3] - q[0]);
                const double aspect = std::max(s1, s2) / std::max(1e-6, std::min(s1, s2));
                if (aspect < minAspect || aspect > maxAspect)
                    continue;
                quads.push_back(q);
                if (quads.size() >= kMaxQuads)
                    return;
            }
        }
    }
}

} // namespace passerelle::capture_detail
