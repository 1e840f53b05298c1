// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: what the edge maps say along a side of a candidate outline (see QuadDetector).
#pragma once

#include "core/capture/EdgeMaps.h"

#include <opencv2/core.hpp>

#include <array>

namespace passerelle::capture_detail {

/** A segment a-b seen as a side: its length, direction d and normal n (d turned a quarter), both of length 1. */
struct Side
{
    Side(const cv::Point2f &from, const cv::Point2f &to);

    /** Calls @p visit(t, p) at @p samples points evenly spread over the share [trim, 1 - trim] of the side
     *  (t its share along the side, p the point): the one walk along a side every check makes. */
    template <class Visit> void walk(int samples, double trim, Visit &&visit) const
    {
        for (int k = 0; k < samples; ++k) {
            const double t = trim + (1 - 2 * trim) * (k + 0.5) / samples;
            visit(t, a + (b - a) * float(t));
        }
    }

    cv::Point2f a;
    cv::Point2f b;
    double length = 0;
    cv::Point2f d;
    cv::Point2f n;
};

/** The checks made along the sides of candidate outlines, on the gradients of one EdgeMapSet. */
class SideSampler
{
public:
    explicit SideSampler(const EdgeMapSet &maps)
        : m(maps)
    {}

    /** The working copy's pixel @p o steps along the normal @p n from the point @p p of a side, inside the copy. */
    cv::Point pixel(const cv::Point2f &p, const cv::Point2f &n, int o) const;
    /** The strongest grey-level step across @p n within @p reach pixels of @p p (signed, Sobel units); its
     *  offset into @p where when given. */
    double strongestAcross(const cv::Point2f &p, const cv::Point2f &n, int reach, int *where = nullptr) const;
    /** Share of the segment a-b lying on (dilated) edges of @p map; -1 when mostly against the frame border.
     *  @p ends, when given, receives the smaller share over the first and the last fifth of the segment. */
    static double support(const cv::Mat &map, const cv::Point2f &a, const cv::Point2f &b, double *ends = nullptr);
    /** Like support() on the weak edges, counting only gradients facing the side's normal (grey, or colour when
     *  the maps have it), leaving out @p trim at each end (the ends test does not). */
    double orientedSupport(const cv::Point2f &a, const cv::Point2f &b, double *ends, double trim = 0) const;
    /** Mean grey-level step across the segment a-b along @p n (Sobel units): positive when it mostly rises. */
    double step(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n) const;
    /** Share of the segment a-b on grey-level steps across normal @p n with the sign of @p step and at
     *  least 30 % of its size. */
    double polarSupport(const cv::Point2f &a, const cv::Point2f &b, const cv::Point2f &n, double step) const;
    /** How far, on average, the sides of @p q (working-copy pixels) lie from the strongest step across them
     *  within 3 pixels, without the rounded corners. */
    double outlineFit(const std::array<cv::Point2f, 4> &q) const;
    /** Whether the grey level steps the same way (up, or down) across every side of @p q, outwards, each
     *  side by at least @p faint of the strongest side's step. */
    bool clearOutline(const std::array<cv::Point2f, 4> &q, double faint) const;

private:
    const EdgeMapSet &m;
};

} // namespace passerelle::capture_detail
