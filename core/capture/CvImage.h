// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: QImage frames seen as OpenCV images.
#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace passerelle::capture_detail {

/** A view (no copy) of @p image as an OpenCV grey conversion source; converts into @p gray. */
void toGray(const QImage &image, cv::Mat &gray);

/** Wraps a 32-bit or 8-bit QImage without copying; other formats must be converted first. */
cv::Mat wrap(const QImage &image);

} // namespace passerelle::capture_detail
