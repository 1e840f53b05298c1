// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"

#include <QImage>
#include <QPolygonF>

namespace passerelle {

/**
 * Draws fake documents that look like the real ones to the analyzer (tinted card, photo block, lines
 * of glyph-like marks, an MRZ-like band) without any personal data or fonts, and desk scenes around
 * them. Used by the demo source and by the test scene generator; deterministic for a given seed.
 */
class SpecimenRenderer
{
public:
    /** The document, upright (landscape for cards and passports, portrait for A4), at @p pixelsPerMm. */
    static QImage renderDocument(DocumentKind kind, double pixelsPerMm, quint32 seed);
    /** The back of the same card (@p seed as for its front: same tint): no photo, blocks of text, a 2D
     *  code, the MRZ-like band; what a French CNI shows once turned over. */
    static QImage renderCardBack(double pixelsPerMm, quint32 seed);
    /** A plain desk: a wood-like surface in the RGB32 format, @p seed picks the grain. */
    static QImage renderDesk(QSize size, quint32 seed);
    /** Draws @p document onto @p frame so that its corners land on @p corners (clockwise from top-left). */
    static void drawDocument(QImage &frame, const QImage &document, const QPolygonF &corners);
};

} // namespace passerelle
