// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: the only headers that expose OpenCV types.
#pragma once

#include "core/capture/CvImage.h"
#include "core/capture/EdgeMaps.h"
#include "core/capture/QuadGeometry.h"
#include "core/capture/QuadLines.h"
#include "core/capture/SideSampler.h"

#include <QImage>

#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <vector>

namespace passerelle::capture_detail {

/** How far outside the frame (share of its short side) a corner may lie with the document still whole. */
constexpr double kCornerOutside = 0.003;
/** A side stepping by less than this share of the quad's strongest side hardly steps at all (measured: wood
 *  grain taken for a side 3-8 %; a real side washed out by a reflection 12 %). */
constexpr double kFaintSide = 0.1;

/** A document outline found in a frame, in full-resolution frame pixels. */
struct DetectedQuad
{
    /** Clockwise (on screen), starting at the top-left end of a long side. Unset when cutOff. */
    std::array<cv::Point2f, 4> corners{};
    bool cutOff = false; ///< the outline runs into the frame border
    bool coarse = false; ///< found by the second, half-width look
    bool shaped = false; ///< of the document's own shape with a clear outline (QuadDetector::shapedLikeDocument)
    bool hidden = false; ///< one side only half an edge (a thumb over it): see QuadDetector::considerLines
    double area = 0;     ///< in full-resolution pixels
    double score = 0;    ///< the candidates' score (area, shape, support), in full-resolution pixels
};

/**
 * Finds the document outline: a convex quadrilateral with the expected aspect ratio (foreshortening
 * allowed), on a downscaled copy. Candidates come from closed outlines (what a flood from the frame
 * border over the Canny edges cannot reach, and Otsu's bright and dark regions; approxPolyDP at 2 % of
 * the perimeter) and from straight edges (two pairs of roughly parallel lines,
 * which still works when the outline is broken by clutter or a faint side); the largest well-supported
 * one wins, so an inner rectangle (the photo block, a printed band) loses to the whole document. A
 * winner whose sides run on past its corners to the frame border is the visible part of a document
 * pushed out of the frame (cutOff). The winner's sides are then fitted to the grey-level steps of the
 * full-resolution frame.
 * Keeps its buffers between calls so a steady stream of frames allocates nothing.
 */
class QuadDetector
{
public:
    /** @p bgra (optional, same size) adds colour edges to the grey ones. */
    std::optional<DetectedQuad> detect(const cv::Mat &gray, const cv::Mat &bgra, double expectedAspect);
    /**
     * For a blurred frame where detect() found @p fine at the working width: the half-width look, and
     * its quad when it is larger and holds @p fine (blur can leave only an inner band's edge sharp
     * enough at 640 wide, while the document's own outline shows at 320), or when it is about the same
     * outline with its sides closer to the steps seen at 320. Call right after detect() on the same
     * frame (it reuses detect()'s downscaled copies).
     */
    std::optional<DetectedQuad> widen(const cv::Mat &gray, bool colour, double expectedAspect,
                                      const DetectedQuad &fine);

private:
    /** detectAt() at kCoarseWidth from the copies of the last detectAt() at the working width. */
    std::optional<DetectedQuad> coarseLook(const cv::Mat &gray, bool colour, double expectedAspect);
    /** detect() on a copy of the frame @p gray scaled to @p workingWidth pixels wide, made from @p source
     *  and @p colourSource (the frame itself, or a smaller copy of it; colour optional). */
    std::optional<DetectedQuad> detectAt(const cv::Mat &gray, double expectedAspect, int workingWidth,
                                         const cv::Mat &source, const cv::Mat &colourSource);
    struct Candidates
    {
        std::array<cv::Point2f, 4> bestQuad{};
        double bestQuadScore = 0;
        double bestQuadArea = 0;
        bool bestHidden = false; ///< bestQuad has a half-hidden side
        double bestCutArea = 0;  ///< hull area of the largest region running out of the frame
        /** The best quad whose sides do not run on to the frame border (see runsOutOfFrame): a whole
         *  document, when the best of all is a larger object running out of the frame (a keyboard, a desk). */
        std::array<cv::Point2f, 4> wholeQuad{};
        double wholeScore = 0;
        double wholeArea = 0;
        bool wholeHidden = false;
        /** The least score a quad must beat to be kept (in either slot). */
        double bar() const { return std::min(bestQuadScore, wholeScore); }
    };
    /** The candidates of the edge maps: closed outlines, Otsu's regions (at level @p otsu), straight edges. */
    void findCandidates(double otsu, const cv::Size &size, double expectedAspect, Candidates &found);
    /** The outline found (in frame pixels, refined on @p gray), a cut-off one, or none, from @p found at the
     *  working copy's @p size, @p scale times the frame's. */
    std::optional<DetectedQuad> decide(Candidates &found, const cv::Mat &gray, double scale, const cv::Size &size);
    /** Keeps @p q (with a half-hidden side when @p hidden) in the slots of @p found it beats. */
    void offer(Candidates &found, const std::array<cv::Point2f, 4> &q, double score, double area, const cv::Size &size,
               bool hidden = false);
    /** Keeps the best document-like quad and the largest cut-off region among @p contours. */
    void consider(const std::vector<std::vector<cv::Point>> &contours, const cv::Size &size, double expectedAspect,
                  Candidates &found);
    /** Keeps the best quad built from straight edges of the weak edge map. */
    void considerLines(const cv::Size &size, double expectedAspect, Candidates &found);
    /** When nothing else was found: keeps the best open quad (three sides found as lines) closed by a fourth side
     *  placed where it gives the document's shape and steps most, when that side is an edge as the others are and
     *  the outline is clear (kept as a quad with a hidden side: a guess). */
    void completeOpenQuads(const cv::Size &size, Candidates &found);
    /** How far, on average, the sides of @p corners (frame pixels, scaled by @p scale to the last
     *  detectAt()'s working copy) lie from the strongest step across them within 3 pixels. */
    double outlineFit(const std::array<cv::Point2f, 4> &corners, double scale) const;
    /** The checks along sides, on the current look's edge maps. */
    SideSampler sides() const { return SideSampler(m_maps); }
    /** Whether @p quad is only the in-frame part of a document: a corner on the frame border, or a side
     *  whose edge runs on past a corner up to the frame border (the quad is closed by an inner line). */
    bool runsOutOfFrame(const std::array<cv::Point2f, 4> &quad, const cv::Size &size) const;
    /** Whether a side next to side @p s of @p quad (from corner s to s + 1) runs on past its corner as an edge
     *  stepping the same way (side @p s lies on an inner line of a larger object, a band of a card, not on an
     *  outline with background beyond), or side @p s has a corner at the border of the frame of @p size. */
    bool runsOnPast(const std::array<cv::Point2f, 4> &quad, int s, const cv::Size &size) const;
    /** Whether @p quad has the document's own shape once its perspective is undone (within kSameShape). */
    bool ofDocumentShape(const std::array<cv::Point2f, 4> &quad, const cv::Size &size) const;
    /** ofDocumentShape() with a clear outline (SideSampler::clearOutline). */
    bool shapedLikeDocument(const std::array<cv::Point2f, 4> &quad, const cv::Size &size) const;
    /** Whether @p quad is a document lying on (or beside) the largest region running out of the frame
     *  (m_cutHull), not a band of a document cut off: its centre outside the region, no side along the region's
     *  outline, or a single one for a quad of the document's own shape. */
    bool apartFromCut(const std::array<cv::Point2f, 4> &quad, const cv::Size &size) const;
    double m_expectedAspect = 1; ///< of the document looked for, set by detectAt()
    EdgeMapSet m_maps;           ///< the working copies and edge maps of the current look
    cv::Mat m_scaledFine;        ///< m_maps.scaled of the first look, the source of the second
    cv::Mat m_colourFine;        ///< m_maps.colour of the first look, likewise
    cv::Mat m_padded;
    std::vector<cv::Vec4i> m_segments;
    std::vector<EdgeLine> m_lines;
    std::vector<std::array<cv::Point2f, 4>> m_lineQuads;
    std::vector<OpenQuad> m_openQuads;
    std::vector<std::pair<double, size_t>> m_ranked;
    std::vector<std::vector<cv::Point>> m_contours;
    std::vector<cv::Point> m_hull;
    std::vector<cv::Point> m_cutHull; ///< hull of Candidates::bestCutArea
    std::vector<cv::Point> m_approx;
    /** Whether the half-width look has run on the current frame, and what it found. */
    bool m_coarseRan = false;
    std::optional<DetectedQuad> m_coarse;
};

} // namespace passerelle::capture_detail
