// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: the only headers that expose OpenCV types.
#pragma once

#include <QImage>

#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <vector>

namespace passerelle::capture_detail {

/** A document outline found in a frame, in full-resolution frame pixels. */
struct DetectedQuad
{
    /** Clockwise (on screen), starting at the top-left end of a long side. Unset when cutOff. */
    std::array<cv::Point2f, 4> corners{};
    bool cutOff = false; ///< the outline runs into the frame border
    double area = 0;     ///< in full-resolution pixels
};

/**
 * Finds the document outline: a convex quadrilateral with the expected aspect ratio (foreshortening
 * allowed), on a downscaled copy (Canny, dilation, contours, approxPolyDP at 2 % of the perimeter).
 * Keeps its buffers between calls so a steady stream of frames allocates nothing.
 */
class QuadDetector
{
public:
    /** @p bgra (optional, same size) adds colour edges to the grey ones. */
    std::optional<DetectedQuad> detect(const cv::Mat &gray, const cv::Mat &bgra, double expectedAspect);

private:
    struct Candidates
    {
        std::array<cv::Point, 4> bestQuad{};
        double bestQuadScore = 0;
        double bestQuadArea = 0;
        double bestCutArea = 0;
    };
    /** Keeps the best document-like quad and the largest cut-off region among @p contours. */
    void consider(const std::vector<std::vector<cv::Point>> &contours, const cv::Size &size, double expectedAspect,
                  Candidates &found);
    /** Share of the segment a-b lying on (dilated) edges. */
    double sideSupport(const cv::Point &a, const cv::Point &b) const;

    cv::Mat m_small;
    cv::Mat m_blurred;
    cv::Mat m_edges;
    cv::Mat m_support;
    cv::Mat m_binary;
    cv::Mat m_work;
    cv::Mat m_padded;
    cv::Mat m_colour;
    cv::Mat m_chroma;
    std::vector<std::vector<cv::Point>> m_contours;
    std::vector<cv::Point> m_hull;
    std::vector<cv::Point> m_approx;
};

/** Puts 4 corners in the analyzer's order: clockwise, first edge a long side (short side if @p portrait). */
std::array<cv::Point2f, 4> orderCorners(const std::array<cv::Point2f, 4> &corners, bool portrait);

/** A view (no copy) of @p image as an OpenCV grey conversion source; converts into @p gray. */
void toGray(const QImage &image, cv::Mat &gray);

/** Wraps a 32-bit or 8-bit QImage without copying; other formats must be converted first. */
cv::Mat wrap(const QImage &image);

} // namespace passerelle::capture_detail
