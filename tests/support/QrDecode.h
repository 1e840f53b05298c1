// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace passerelle::test {

/**
 * Reads the QR codes in @p image with zxing-cpp (an independent reader, not the libqrencode that
 * wrote them): their texts, in the order found. Empty when there is none it can read.
 */
QStringList decodeQrCodes(const QImage &image);

/** The one QR code's text in @p image; empty when none or several are read. */
QString decodeQrCode(const QImage &image);

/**
 * The pages of @p pdf as images at @p dpi, rasterised by poppler's pdftoppm (not by Qt, which
 * wrote the PDF). Empty when pdftoppm is missing or fails.
 */
QList<QImage> rasterisePdf(const QByteArray &pdf, int dpi = 150);

} // namespace passerelle::test
