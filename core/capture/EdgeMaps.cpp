// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/EdgeMaps.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>

namespace passerelle::capture_detail {

/**
 * What Canny's hysteresis keeps of @p candidates (its thinned edges over the low threshold): the
 * 8-connected chains holding a pixel whose gradient |gx| + |gy| is over @p high, as Canny with these
 * two thresholds gives them.
 */
void keepStrongChains(const cv::Mat &candidates, const cv::Mat &gx, const cv::Mat &gy, int high, cv::Mat &out,
                      std::vector<cv::Point> &stack)
{
    out.create(candidates.size(), CV_8UC1);
    out.setTo(cv::Scalar(0));
    const int rows = candidates.rows;
    const int cols = candidates.cols;
    for (int y = 0; y < rows; ++y) {
        const uchar *in = candidates.ptr<uchar>(y);
        const short *dx = gx.ptr<short>(y);
        const short *dy = gy.ptr<short>(y);
        uchar *kept = out.ptr<uchar>(y);
        for (int x = 0; x < cols; ++x) {
            if (!in[x] || kept[x] || std::abs(dx[x]) + std::abs(dy[x]) <= high)
                continue;
            kept[x] = 255;
            stack.clear();
            stack.emplace_back(x, y);
            while (!stack.empty()) {
                const cv::Point p = stack.back();
                stack.pop_back();
                for (int v = std::max(0, p.y - 1); v <= std::min(rows - 1, p.y + 1); ++v) {
                    const uchar *cr = candidates.ptr<uchar>(v);
                    uchar *kv = out.ptr<uchar>(v);
                    for (int u = std::max(0, p.x - 1); u <= std::min(cols - 1, p.x + 1); ++u) {
                        if (cr[u] && !kv[u]) {
                            kv[u] = 255;
                            stack.emplace_back(u, v);
                        }
                    }
                }
            }
        }
    }
}

/**
 * cv::Canny(@p gx, @p gy, @p out, @p low, @p high) (L1 gradient) for a sparse edge map: the same
 * thinned, thresholded chains, but the non-maximum test is only made where a chain from a pixel over
 * @p high can reach, not on every pixel over @p low (on a textured background, most of them).
 */
void cannyFromStrong(const cv::Mat &gx, const cv::Mat &gy, int low, int high, cv::Mat &out,
                     std::vector<cv::Point> &stack)
{
    const int rows = gx.rows;
    const int cols = gx.cols;
    const auto magnitude = [&](int y, int x) {
        if (x < 0 || y < 0 || x >= cols || y >= rows)
            return 0;
        return std::abs(int(gx.ptr<short>(y)[x])) + std::abs(int(gy.ptr<short>(y)[x]));
    };
    // Canny's non-maximum suppression, to the tie: along the gradient's sector (0, 45, 90 or 135
    // degrees), over the neighbour before and at least the one after.
    const auto isPeak = [&](int y, int x) {
        const int m = magnitude(y, x);
        if (m <= low)
            return false;
        constexpr int kShift = 15;
        constexpr int kTan22 = int(0.4142135623730950488016887242097 * (1 << kShift) + 0.5);
        const int xs = gx.ptr<short>(y)[x];
        const int ys = gy.ptr<short>(y)[x];
        const int ax = std::abs(xs);
        const int ay = std::abs(ys) << kShift;
        const int tg22x = ax * kTan22;
        if (ay < tg22x)
            return m > magnitude(y, x - 1) && m >= magnitude(y, x + 1);
        const int tg67x = tg22x + (ax << (kShift + 1));
        if (ay > tg67x)
            return m > magnitude(y - 1, x) && m >= magnitude(y + 1, x);
        const int sign = (xs ^ ys) < 0 ? -1 : 1;
        return m > magnitude(y - 1, x - sign) && m > magnitude(y + 1, x + sign);
    };
    // 0: not looked at, 1: not an edge, 255: edge.
    out.create(gx.size(), CV_8UC1);
    out.setTo(cv::Scalar(0));
    for (int y = 0; y < rows; ++y) {
        const short *dx = gx.ptr<short>(y);
        const short *dy = gy.ptr<short>(y);
        uchar *state = out.ptr<uchar>(y);
        for (int x = 0; x < cols; ++x) {
            if (std::abs(int(dx[x])) + std::abs(int(dy[x])) <= high || state[x] == 255)
                continue;
            if (!isPeak(y, x)) {
                state[x] = 1;
                continue;
            }
            state[x] = 255;
            stack.clear();
            stack.emplace_back(x, y);
            while (!stack.empty()) {
                const cv::Point p = stack.back();
                stack.pop_back();
                for (int v = std::max(0, p.y - 1); v <= std::min(rows - 1, p.y + 1); ++v) {
                    uchar *sv = out.ptr<uchar>(v);
                    for (int u = std::max(0, p.x - 1); u <= std::min(cols - 1, p.x + 1); ++u) {
                        if (sv[u] == 0) {
                            sv[u] = isPeak(v, u) ? 255 : 1;
                            if (sv[u] == 255)
                                stack.emplace_back(u, v);
                        }
                    }
                }
            }
        }
    }
    // Only the edges stay.
    cv::threshold(out, out, 254, 255, cv::THRESH_BINARY);
}

} // namespace passerelle::capture_detail
