// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/QuadRefine.h"

#include "core/capture/QuadLines.h"
#include "core/capture/SideSampler.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace passerelle::capture_detail {

namespace {

/** The grey level of @p gray at (@p x, @p y), interpolated between its four pixels. */
float sample(const cv::Mat &gray, float x, float y)
{
    x = std::clamp(x, 0.f, float(gray.cols - 1.001));
    y = std::clamp(y, 0.f, float(gray.rows - 1.001));
    const int x0 = int(x);
    const int y0 = int(y);
    const float fx = x - x0;
    const float fy = y - y0;
    const uchar *r0 = gray.ptr<uchar>(y0) + x0;
    const uchar *r1 = gray.ptr<uchar>(y0 + 1) + x0;
    return (r0[0] * (1 - fx) + r0[1] * fx) * (1 - fy) + (r1[0] * (1 - fx) + r1[1] * fx) * fy;
}

} // namespace

std::array<cv::Point2f, 4> refineCorners(const cv::Mat &gray, const std::array<cv::Point2f, 4> &corners, double reach)
{
    std::array<EdgeLine, 4> sides;
    // Steps measured across 2 pixels (a sharp edge), and across 6 for a side too soft for that (a blurred
    // frame spreads a pale card's step over a dozen pixels, under 4 grey levels per 2 pixels).
    constexpr std::array<int, 2> kSpans{1, 3};
    std::array<std::vector<cv::Point2f>, 2> points;
    std::array<std::vector<float>, 2> steps;
    const int r = std::max(2, int(std::lround(reach)));
    const int margin = kSpans.back();
    std::vector<float> profile(size_t(2 * (r + margin) + 1));
    // profile index of offset o across the side
    const auto at = [&](int o) -> float & { return profile[size_t(o + r + margin)]; };
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = corners[size_t(s)];
        const cv::Point2f b = corners[size_t((s + 1) % 4)];
        const Side line(a, b);
        const double len = line.length;
        const cv::Point2f d = line.d;
        const cv::Point2f normal = line.n;
        EdgeLine &side = sides[size_t(s)];
        side.a = normal.x;
        side.b = normal.y;
        side.c = side.a * a.x + side.b * a.y;
        for (size_t w = 0; w < kSpans.size(); ++w) {
            points[w].clear();
            steps[w].clear();
        }
        const int samples = std::clamp(int(len / 6), 12, 80);
        // The ends are left out: corners are rounded and the neighbouring side's edge is there.
        line.walk(samples, 0.12, [&](double, const cv::Point2f &base) {
            for (int o = -r - margin; o <= r + margin; ++o) {
                const cv::Point2f p = base + normal * float(o);
                // A little averaging along the side keeps sensor noise from making steps.
                at(o) = sample(gray, p.x - d.x * 1.5f, p.y - d.y * 1.5f) + sample(gray, p.x, p.y) +
                        sample(gray, p.x + d.x * 1.5f, p.y + d.y * 1.5f);
            }
            for (size_t w = 0; w < kSpans.size(); ++w) {
                const int span = kSpans[w];
                const auto stepAt = [&](int o) { return at(o + span) - at(o - span); };
                float best = 0;
                int where = 0;
                for (int o = -r; o <= r; ++o) {
                    const float step = stepAt(o);
                    if (std::abs(step) > std::abs(best)) {
                        best = step;
                        where = o;
                    }
                }
                // At least 4 grey levels across the span (three samples summed).
                if (std::abs(best) < 24)
                    continue;
                // Sub-pixel: the peak of a parabola through the step and its neighbours.
                float offset = float(where);
                if (where > -r && where < r) {
                    const float left = std::abs(stepAt(where - 1));
                    const float right = std::abs(stepAt(where + 1));
                    const float centre = std::abs(best);
                    const float denom = left - 2 * centre + right;
                    if (denom < 0)
                        offset += std::clamp(0.5f * (left - right) / denom, -0.5f, 0.5f);
                }
                points[w].push_back(base + normal * offset);
                steps[w].push_back(best);
            }
        });
        // The sharp measure when it sees the side, else the wide one.
        const size_t enough = size_t(samples) * 2 / 5;
        const size_t w = points[0].size() >= enough ? 0 : 1;
        if (points[w].size() < enough)
            continue;
        // Keep the steps of the majority's polarity (document brighter or darker than its surroundings).
        const size_t positive = size_t(std::count_if(steps[w].begin(), steps[w].end(), [](float v) { return v > 0; }));
        const bool wantPositive = positive * 2 >= steps[w].size();
        std::vector<cv::Point2f> kept;
        for (size_t k = 0; k < points[w].size(); ++k) {
            if ((steps[w][k] > 0) == wantPositive)
                kept.push_back(points[w][k]);
        }
        if (kept.size() < enough)
            continue;
        cv::Vec4f fitted;
        cv::fitLine(kept, fitted, cv::DIST_HUBER, 0, 0.01, 0.01);
        const cv::Point2f dir(fitted[0], fitted[1]);
        const cv::Point2f through(fitted[2], fitted[3]);
        if (std::abs(dir.dot(d)) < 0.995)
            continue;
        side.a = -dir.y;
        side.b = dir.x;
        side.c = side.a * through.x + side.b * through.y;
    }
    std::array<cv::Point2f, 4> refined = corners;
    for (int s = 0; s < 4; ++s) {
        cv::Point2f p;
        if (intersect(sides[size_t((s + 3) % 4)], sides[size_t(s)], p) &&
            cv::norm(p - corners[size_t(s)]) <= 2.5 * reach)
            refined[size_t(s)] = p;
    }
    return refined;
}

} // namespace passerelle::capture_detail
