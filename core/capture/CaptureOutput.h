// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>

namespace passerelle::captureoutput {

constexpr int kMaxLongSide = 2000;
constexpr qint64 kMaxJpegBytes = 1500 * 1000;

/**
 * The document straightened (perspective corrected) from @p corners (analyzer order), at the
 * resolution the camera gave it, the long side capped at @p maxLongSide. Null if the corners are not 4.
 */
QImage rectify(const QImage &frame, const QList<QPointF> &corners, DocumentKind kind, int maxLongSide = kMaxLongSide);

/**
 * JPEG bytes ready to upload: no metadata (no Exif, no comments: the pixels are copied into a fresh
 * image), longest side at most kMaxLongSide, smaller than @p maxBytes (quality lowered as needed).
 * Empty on failure. Everything stays in memory.
 */
QByteArray encodeJpeg(const QImage &image, qint64 maxBytes = kMaxJpegBytes);

/** One PDF with one A4 page per image, each image fitted to its page. Empty on failure. */
QByteArray bundlePdf(const QList<QImage> &pages, const QString &title = {});

} // namespace passerelle::captureoutput
