// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/EdgeMaps.h"

#include <opencv2/core/hal/intrin.hpp>
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

double EdgeMapSet::build(const cv::Mat &colourSource)
{
    // Thin dark lines (the rulings of a sheet under the card, pen strokes) go: a 3x3 closing keeps every
    // step edge where it is, but a ruling met by a card side would otherwise cut the side into pieces and
    // lend its own long straight edges to wrong quads.
    cv::morphologyEx(scaled, small, cv::MORPH_CLOSE, cv::Mat());
    cv::GaussianBlur(small, blurred, cv::Size(5, 5), 0);

    // Edge map: thresholds follow the picture's own contrast so dim or blurred frames still give edges.
    // It both proposes outlines (its contours) and checks every proposal (edge support along each side).
    const double otsu = cv::threshold(blurred, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const double high = std::clamp(otsu * 0.3, 10.0, 60.0);
    // One pair of derivatives serves both edge maps and the oriented support checks.
    cv::Sobel(blurred, gradX, CV_16S, 1, 0, 3, 1, 0, cv::BORDER_REPLICATE);
    cv::Sobel(blurred, gradY, CV_16S, 0, 1, 3, 1, 0, cv::BORDER_REPLICATE);
    // Weak edges, for straight lines only: a pale card on white paper differs from it by a dozen grey
    // levels, under the contour thresholds; a long straight run of such edges is still a side.
    const double weakHigh = std::max(8.0, high * 0.4);
    // Every thinned edge over the threshold, without hysteresis: the lines are built from long runs of
    // them anyway, and following faint chains through textured backgrounds was most of Canny's cost.
    cv::Canny(gradX, gradY, weak, weakHigh, weakHigh);
    if (weakHigh == high * 0.4) {
        // Canny's thinned edges over the contour edges' low threshold are these very ones: its hysteresis
        // alone gives the contour edges, without a second Canny pass (the same map, checked on all cases).
        keepStrongChains(weak, gradX, gradY, cvFloor(high), edges, stack);
    } else {
        cv::Canny(gradX, gradY, edges, high * 0.4, high);
    }
    if (!colourSource.empty()) {
        // Colour edges: a tinted card on white paper can have the paper's grey level but not its colour.
        // Bilinear: the same 2x2 average as INTER_AREA from 1280 wide, and 9 times cheaper than
        // INTER_AREA's generic path from 1920 wide (4 ms there); the chroma is smoothed just below.
        cv::resize(colourSource, colour, small.size(), 0, 0, cv::INTER_LINEAR);
        chroma.create(small.size(), CV_8UC1);
        for (int y = 0; y < colour.rows; ++y) {
            const uchar *in = colour.ptr<uchar>(y);
            uchar *out = chroma.ptr<uchar>(y);
            int x = 0;
            // 16 pixels at a time; 8-bit additions saturate, so d + d + d is min(255, 3 d).
            for (; x + 16 <= colour.cols; x += 16, in += 64) {
                cv::v_uint8x16 b, g, r, a;
                cv::v_load_deinterleave(in, b, g, r, a);
                const cv::v_uint8x16 d = cv::v_max(cv::v_max(b, g), r) - cv::v_min(cv::v_min(b, g), r);
                cv::v_store(out + x, d + d + d);
            }
            for (; x < colour.cols; ++x, in += 4) {
                const int hi = std::max(std::max(in[0], in[1]), in[2]);
                const int lo = std::min(std::min(in[0], in[1]), in[2]);
                out[x] = uchar(std::min(255, 3 * (hi - lo)));
            }
        }
        cv::GaussianBlur(chroma, chroma, cv::Size(5, 5), 0);
        // A beige card on cream paper can have the paper's very grey level: its sides are colour edges.
        cv::Sobel(chroma, chromaX, CV_16S, 1, 0, 3, 1, 0, cv::BORDER_REPLICATE);
        cv::Sobel(chroma, chromaY, CV_16S, 0, 1, 3, 1, 0, cv::BORDER_REPLICATE);
        cannyFromStrong(chromaX, chromaY, 15, 40, work, stack);
        cv::bitwise_or(edges, work, edges);
    }
    cv::dilate(edges, support, cv::Mat(), cv::Point(-1, -1), 2);
    cv::bitwise_or(weak, edges, weak);
    hasChroma = !colourSource.empty();
    weakGradient = weakHigh * 0.5;
    return otsu;
}

} // namespace passerelle::capture_detail
