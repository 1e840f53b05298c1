// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: document outlines built from straight edges (see QuadDetector).
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace passerelle::capture_detail {

/** A straight edge: the infinite line a*x + b*y = c (a, b unit normal) and how much edge lies on it. */
struct EdgeLine
{
    cv::Point2f from;
    cv::Point2f to;
    double a = 0;
    double b = 0;
    double c = 0;
    double length = 0; ///< total length of the merged pieces
};

/**
 * The straight edges of @p edges (a binary edge map): straight pieces of its edge curves, collinear
 * pieces merged (and the line refitted through them), longest first, at most @p maxLines.
 * @p segments is a reusable buffer.
 */
void findEdgeLines(const cv::Mat &edges, int maxLines, std::vector<cv::Vec4i> &segments, std::vector<EdgeLine> &lines);

/** Two opposite sides (@p lines indices i and j) and a side k closing them at one end, with no line found at the other
 *  end: an outline whose fourth side is hidden or in pieces too short to make a line. */
struct OpenQuad
{
    int i = 0;
    int j = 0;
    int k = 0;
};

/**
 * Every convex quad whose sides lie on two pairs of roughly parallel @p lines, with its 4 corners
 * inside @p size (a small margin outside allowed), an area of at least @p minArea and a long over
 * short side ratio within [minAspect, maxAspect]. Corners in clockwise order. When @p open is given,
 * it receives every pair of opposite lines with a line closing them (see OpenQuad), at most a few hundred.
 */
void quadsFromLines(const std::vector<EdgeLine> &lines, const cv::Size &size, double minArea, double minAspect,
                    double maxAspect, std::vector<std::array<cv::Point2f, 4>> &quads,
                    std::vector<OpenQuad> *open = nullptr);

/** Where lines @p u and @p v cross, into @p p; false when they are (about) parallel. */
bool intersect(const EdgeLine &u, const EdgeLine &v, cv::Point2f &p);

} // namespace passerelle::capture_detail
