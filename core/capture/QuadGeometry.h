// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: the geometry of document outlines (sides, corners, overlaps), in OpenCV types.
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace passerelle::capture_detail {

/** Rounded corners: their radius over the document's long side, at most (ID-1: 3.18 / 85.6 mm). */
constexpr double kCornerRounding = 0.04;

/** The length of segment @p a - @p b. */
double distance(const cv::Point2f &a, const cv::Point2f &b);

/** The direction from @p from to @p to, of length 1. */
cv::Point2f unit(const cv::Point2f &from, const cv::Point2f &to);

/** The longest side of quad @p q. */
double longestSide(const std::array<cv::Point2f, 4> &q);

/** The share of a side @p length long that each of its rounded corners takes, on a document whose longest
 *  side is @p longest (at most a tenth): its straight part lies between. */
double roundedShare(double longest, double length);

/** The normal of side @p a - @p b of @p q pointing out of it, of length 1. */
cv::Point2f outward(const std::array<cv::Point2f, 4> &q, const cv::Point2f &a, const cv::Point2f &b);

/** Long side over short side of a quad, averaging opposite sides. */
double apparentAspect(const std::vector<cv::Point> &q);

/**
 * Long side over short side of the rectangle that quad @p q (clockwise) is the picture of, undoing the
 * perspective (Zhang and He, "Whiteboard scanning and image enhancement", 2007) with the principal point at
 * the centre of the frame of @p frame size and the focal length the quad itself gives when it is a plausible
 * one (half to two and a half times the frame's long side), else 0.85 times that side (a phone's or a
 * webcam's usual field of view). On the real frames' true outlines: within 3 % of the document's own aspect,
 * where the apparent one (apparentAspect) strays by up to 7 %. 0 when @p q is no rectangle seen through a
 * camera: a corner more than half as far again as another, or a strong perspective no focal length explains.
 */
double rectifiedAspect(const std::array<cv::Point2f, 4> &q, const cv::Size &frame);

/** How much a quad whose rectified aspect is @p aspect looks like a document of aspect @p expected: 1 when
 *  they agree within 6 %, falling fast beyond (an outline of something else: a key row, a sheet); the floor
 *  for no rectangle (aspect 0). */
double aspectFit(double aspect, double expected);

/** Whether @p p lies within @p margin pixels of the border of a frame of @p size. */
bool nearBorder(const cv::Point &p, const cv::Size &size, int margin);

/**
 * Side @p a - @p b of a simplification of @p contour, refitted through the outline's own points along its
 * middle (into @p line: direction, then a point). approxPolyDP puts a vertex on the outline, which for a
 * rounded corner (every card's) lies inside the corner the sides make, so the side between two vertices
 * is tilted off the real one. False, @p line unset, when too few points are there.
 */
bool refitSide(const std::vector<cv::Point> &contour, const cv::Point2f &a, const cv::Point2f &b, cv::Vec4f &line);

/** @p p moved onto @p line (direction, then a point). */
cv::Point2f onLine(const cv::Vec4f &line, const cv::Point2f &p);

/** The corners of a 4-vertex simplification of @p contour, where its sides' lines (refitSide) meet. */
std::array<cv::Point2f, 4> cornersFromSides(const std::vector<cv::Point> &contour, const std::vector<cv::Point> &quad);

/**
 * Whether quad @p outer holds quad @p inner, give or take @p slack; or a little more (up to @p reach) on
 * a side of @p outer along which @p inner has a side too (within 3 degrees): the same side seen a few
 * pixels off (blur spreads a side into its shadow), not a side of another object.
 */
bool holds(const std::array<cv::Point2f, 4> &outer, const std::array<cv::Point2f, 4> &inner, double slack,
           double reach);

/** Intersection over union of two convex quads. */
double overlap(const std::array<cv::Point2f, 4> &a, const std::array<cv::Point2f, 4> &b);

/** The area of quad @p q, positive when its corners run clockwise on screen (y down). */
double signedArea(const std::array<cv::Point2f, 4> &q);

/** Whether quad @p q is strictly convex. */
bool convex(const std::array<cv::Point2f, 4> &q);

/** Puts 4 corners in the analyzer's order: clockwise, first edge a long side (short side if @p portrait). */
std::array<cv::Point2f, 4> orderCorners(const std::array<cv::Point2f, 4> &corners, bool portrait);

} // namespace passerelle::capture_detail
