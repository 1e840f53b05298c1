// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: a found outline's sides fitted to the full-resolution frame (see QuadDetector).
#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace passerelle::capture_detail {

/**
 * Moves each side of @p corners (full-resolution frame pixels) onto the strongest grey-level step
 * within @p reach pixels of it, fitting a line through the steps, and returns the sides' intersections.
 * Keeps a side as it is when too few steps agree. @p gray is the full-resolution grey frame.
 */
std::array<cv::Point2f, 4> refineCorners(const cv::Mat &gray, const std::array<cv::Point2f, 4> &corners, double reach);

} // namespace passerelle::capture_detail
