// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: edge maps from Sobel derivatives, cheaper than cv::Canny where edges are sparse.
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace passerelle::capture_detail {

/**
 * What Canny's hysteresis keeps of @p candidates (its thinned edges over the low threshold): the
 * 8-connected chains holding a pixel whose gradient |gx| + |gy| is over @p high, as Canny with these
 * two thresholds gives them.
 */
void keepStrongChains(const cv::Mat &candidates, const cv::Mat &gx, const cv::Mat &gy, int high, cv::Mat &out,
                      std::vector<cv::Point> &stack);

/**
 * cv::Canny(@p gx, @p gy, @p out, @p low, @p high) (L1 gradient) for a sparse edge map: the same
 * thinned, thresholded chains, but the non-maximum test is only made where a chain from a pixel over
 * @p high can reach, not on every pixel over @p low (on a textured background, most of them).
 */
void cannyFromStrong(const cv::Mat &gx, const cv::Mat &gy, int low, int high, cv::Mat &out,
                     std::vector<cv::Point> &stack);

/**
 * The working copies and edge maps of one look at a frame (QuadDetector), kept between frames so a steady
 * stream of frames allocates nothing. Fill @c scaled (the frame's grey at the working width), then build().
 */
struct EdgeMapSet
{
    cv::Mat scaled;  ///< the frame's grey at the working width
    cv::Mat small;   ///< scaled, thin dark lines closed
    cv::Mat blurred; ///< small, smoothed
    cv::Mat edges;   ///< the contour edges (Canny on blurred, and colour edges)
    cv::Mat support; ///< edges, dilated: what a side must lie on
    cv::Mat weak;    ///< every thinned edge over a low threshold, and edges: for straight lines
    cv::Mat gradX;   ///< Sobel derivatives of blurred
    cv::Mat gradY;
    cv::Mat colour;  ///< the colour frame at the working size (when given)
    cv::Mat chroma;  ///< its saturation (max - min channel, times 3), smoothed
    cv::Mat chromaX; ///< Sobel derivatives of chroma
    cv::Mat chromaY;
    cv::Mat binary;          ///< scratch
    cv::Mat work;            ///< scratch
    double weakGradient = 0; ///< the least |gx| + |gy| of a weak edge, halved
    bool hasChroma = false;
    std::vector<cv::Point> stack;

    /** The maps of @c scaled, with colour edges from @p colourSource when given (any size: it is scaled to
     *  @c scaled's); returns Otsu's level of @c blurred. */
    double build(const cv::Mat &colourSource);
};

} // namespace passerelle::capture_detail
