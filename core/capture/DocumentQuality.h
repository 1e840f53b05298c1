// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/capture: what hides part of a found document, measured on the document itself.
#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace passerelle::capture_detail {

/**
 * Reflections that hide print. Works on the straightened document in blocks of about a millimetre: a
 * block is burnt when most of its pixels are at the saturation level, and holds print (text, the photo)
 * when its darkest pixel lies well under the paper around it. A burnt region is a reflection (a specular
 * highlight) when the card around it is clearly darker: a pale card burnt in places is the card's own
 * white, and its print still reads. A reflection counts where it lies on print or within a few
 * millimetres of it along a line of text (where it has erased the end or the middle of a line); one on
 * a blank part of the card or on a margin hides nothing. Any burnt region also counts where it fills a
 * hole in the print (print on its four sides, none near): there it has erased what was printed.
 */
class GlareMeter
{
public:
    /** Share of the blocks of @p document (grey, straightened, @p pxPerMm) under a reflection that lies on
     *  print. */
    double onPrint(const cv::Mat &document, double pxPerMm);
    /** Share of the blocks burnt, wherever they lie and whatever is around (after the last onPrint()). */
    double burntShare() const { return m_burntShare; }
    /** The area under a reflection that lies on print, in square millimetres (after the last onPrint()). */
    double hiddenMm2() const { return m_hiddenMm2; }

private:
    cv::Mat m_paper, m_darkest, m_burnt, m_print, m_near, m_hole, m_labels, m_stats, m_centroids, m_component, m_wide,
        m_close;
    double m_burntShare = 0;
    double m_hiddenMm2 = 0;
};

/**
 * A finger or a hand over the document: a skin-coloured region that comes from outside the outline and
 * reaches past the document's margin. Seen on a small colour copy of the document and a band of the
 * frame around it, straightened: the finger is the skin-coloured region that crosses the outline. Skin
 * that is the card's own colour (a pink card) is not counted, nor skin around the card that stops at its
 * margin (the hand holding it), nor a pale part of the card that such a region runs on into across a soft
 * edge (over the document, a finger is the same skin as off it).
 */
class CoverMeter
{
public:
    /**
     * Share of the inner document (inside @p margin of each side) covered by such a region. @p bgra is the
     * frame, @p corners the document's top-left, top-right, bottom-right and bottom-left in it, @p widthMm
     * and @p heightMm its size as straightened (the same order).
     */
    double coveredShare(const cv::Mat &bgra, const std::array<cv::Point2f, 4> &corners, double widthMm, double heightMm,
                        double margin);

private:
    cv::Mat m_fine, m_colour, m_mask;
};

/**
 * How close what lies just outside the closest side of @p corners (frame pixels, in order around the
 * outline) is to the document's own surface, in grey levels (strongest channel of @p image, grey or
 * 32-bit colour): a document lying on something differs on every side; a quad that is only a part of a
 * larger object (the photo column of a card whose text runs on beyond it) has the same card just outside
 * one side.
 */
double closestOutside(const cv::Mat &image, const std::array<cv::Point2f, 4> &corners);

} // namespace passerelle::capture_detail
