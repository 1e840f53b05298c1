// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/SideSampler.h"

#include "core/capture/QuadGeometry.h"

#include <algorithm>
#include <cmath>

namespace passerelle::capture_detail {

Side::Side(const cv::Point2f &from, const cv::Point2f &to)
    : a(from)
    , b(to)
    , length(distance(from, to))
    , d((to - from) * float(1.0 / std::max(1e-6, length)))
    , n(-d.y, d.x)
{}

cv::Point SideSampler::pixel(const cv::Point2f &p, const cv::Point2f &n, int o) const
{
    return {std::clamp(int(std::lround(p.x + n.x * o)), 0, m.gradX.cols - 1),
            std::clamp(int(std::lround(p.y + n.y * o)), 0, m.gradX.rows - 1)};
}

double SideSampler::strongestAcross(const cv::Point2f &p, const cv::Point2f &n, int reach, int *where) const
{
    double strongest = 0;
    for (int o = -reach; o <= reach; ++o) {
        const cv::Point q = pixel(p, n, o);
        const double across = m.gradX.at<short>(q) * n.x + m.gradY.at<short>(q) * n.y;
        if (std::abs(across) > std::abs(strongest)) {
            strongest = across;
            if (where)
                *where = o;
        }
    }
    return strongest;
}

double SideSampler::support(const cv::Mat &map, const cv::Point2f &a, const cv::Point2f &b, double *ends)
{
    // Samples against the frame border are not evidence either way (the border is not an edge).
    const Side side(a, b);
    const int samples = std::max(10, int(side.length / 3));
    int on = 0;
    int counted = 0;
    int endOn[2] = {0, 0};
    int endCounted[2] = {0, 0};
    side.walk(samples, 0, [&](double t, const cv::Point2f &) {
        const int x = std::clamp(int(std::lround(a.x + (b.x - a.x) * t)), 0, map.cols - 1);
        const int y = std::clamp(int(std::lround(a.y + (b.y - a.y) * t)), 0, map.rows - 1);
        if (nearBorder(cv::Point(x, y), map.size(), 4))
            return;
        const int hit = map.at<uchar>(y, x) ? 1 : 0;
        ++counted;
        on += hit;
        if (t < 0.2 || t > 0.8) {
            endCounted[t > 0.5] += 1;
            endOn[t > 0.5] += hit;
        }
    });
    if (ends) {
        *ends = 1.0;
        for (int e = 0; e < 2; ++e) {
            if (endCounted[e] > 0)
                *ends = std::min(*ends, double(endOn[e]) / endCounted[e]);
        }
    }
    return counted * 10 < samples * 3 ? -1.0 : double(on) / counted;
}

double SideSampler::orientedSupport(const cv::Point2f &a, const cv::Point2f &b, double *ends, double trim) const
{
    const Side side(a, b);
    const cv::Point2f n = side.n;
    int counted = 0;
    int on = 0;
    int endOn[2] = {0, 0};
    int endCounted[2] = {0, 0};
    side.walk(std::max(10, int(side.length / 2)), 0, [&](double t, const cv::Point2f &p) {
        int hit = 0;
        for (int o = -1; o <= 1 && !hit; ++o) {
            const cv::Point q = pixel(p, n, o);
            // An edge across the side (a ruling, a pen) is not this side: the gradient must face its normal.
            const auto facing = [&](const cv::Mat &gxMap, const cv::Mat &gyMap, double minimum) {
                const double gx = gxMap.at<short>(q);
                const double gy = gyMap.at<short>(q);
                const double across = gx * n.x + gy * n.y; // |across| >= 0.85 |g|, without a square root
                return std::abs(gx) + std::abs(gy) >= minimum && across * across >= 0.7225 * (gx * gx + gy * gy);
            };
            hit = facing(m.gradX, m.gradY, m.weakGradient) || (m.hasChroma && facing(m.chromaX, m.chromaY, 24)) ? 1 : 0;
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
    });
    *ends = 1.0;
    for (int e = 0; e < 2; ++e) {
        if (endCounted[e] > 0)
            *ends = std::min(*ends, double(endOn[e]) / endCounted[e]);
    }
    return double(on) / std::max(1, counted);
}

double SideSampler::step(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n) const
{
    const Side side(a, b);
    const int samples = std::max(6, int(side.length / 2));
    double sum = 0;
    // The strongest step across the side near it (the side may be a pixel or two off the edge).
    side.walk(samples, 0, [&](double, const cv::Point2f &p) { sum += strongestAcross(p, n, 2); });
    return sum / samples;
}

double SideSampler::polarSupport(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n, double step) const
{
    const double polarity = step >= 0 ? 1.0 : -1.0;
    // The same edge carries on with about the same contrast; the soft bands of a wood grain or a cloth
    // that happen to line up with the side are much fainter than the document's own edge.
    const double minimum = 0.3 * std::abs(step);
    const Side side(a, b);
    const int samples = std::max(4, int(side.length / 2));
    int on = 0;
    side.walk(samples, 0, [&](double, const cv::Point2f &p) {
        int hit = 0;
        for (int o = -2; o <= 2 && !hit; ++o) {
            const cv::Point q = pixel(p, n, o);
            const double gx = m.gradX.at<short>(q);
            const double gy = m.gradY.at<short>(q);
            const double along = (gx * n.x + gy * n.y) * polarity;
            // along >= 0.85 |g|, without a square root.
            hit = std::abs(gx) + std::abs(gy) >= 2 * m.weakGradient && along >= minimum && along > 0 &&
                          along * along >= 0.7225 * (gx * gx + gy * gy)
                      ? 1
                      : 0;
        }
        on += hit;
    });
    return double(on) / samples;
}

double SideSampler::outlineFit(const std::array<cv::Point2f, 4> &q) const
{
    const double longest = longestSide(q);
    double sum = 0;
    for (int i = 0; i < 4; ++i) {
        const Side side(q[size_t(i)], q[size_t((i + 1) % 4)]);
        const int samples = std::max(6, int(std::max(1.0, side.length) / 2));
        double offsets = 0;
        // Without the rounded corners.
        side.walk(samples, roundedShare(longest, std::max(1.0, side.length)), [&](double, const cv::Point2f &p) {
            int where = 0;
            strongestAcross(p, side.n, 3, &where);
            offsets += std::abs(where);
        });
        sum += offsets / samples;
    }
    return sum / 4;
}

bool SideSampler::clearOutline(const std::array<cv::Point2f, 4> &q, double faint) const
{
    std::array<double, 4> steps{};
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q[size_t(i)];
        const cv::Point2f b = q[size_t((i + 1) % 4)];
        steps[size_t(i)] = step(a, b, outward(q, a, b));
    }
    double strongest = 0;
    for (const double s : steps)
        strongest = std::max(strongest, std::abs(s));
    for (const double s : steps) {
        if (s * steps[0] <= 0 || std::abs(s) < faint * strongest)
            return false;
    }
    return true;
}

} // namespace passerelle::capture_detail
