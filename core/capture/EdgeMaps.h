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

} // namespace passerelle::capture_detail
