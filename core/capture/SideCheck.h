// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

namespace passerelle {

/**
 * How alike two straightened pictures of a document are, from -1 to 1: the normalised correlation of
 * their grey levels at 64 x 40 pixels after a light blur (so a corner found a pixel or two apart, the
 * light or the camera's noise hardly count), the better of the second as it is and turned half round
 * (a card shown upside down). Two pictures of the same side score high; the front and the back of a
 * card, whose layouts differ (photo and name, or address, code and MRZ), score low.
 */
double sideSimilarity(const QImage &first, const QImage &second);

/** Over this, the second picture shows the same side as the first (see TestSideCheck for the margins). */
constexpr double kSameSideSimilarity = 0.6;

} // namespace passerelle
