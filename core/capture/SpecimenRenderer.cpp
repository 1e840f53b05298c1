// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/SpecimenRenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTransform>

#include <array>
#include <cmath>

namespace passerelle {

namespace {

/** Draws a line of glyph-like marks from (x, y) up to x + width, all sizes in pixels. */
void drawGlyphLine(QPainter &p, QRandomGenerator &rng, double x, double y, double width, double height,
                   const QColor &ink)
{
    const double glyph = height * 0.62;
    double cx = x;
    while (cx < x + width - glyph) {
        const int wordLength = 2 + int(rng.bounded(8));
        for (int i = 0; i < wordLength && cx < x + width - glyph; ++i) {
            const double w = glyph * (0.55 + 0.5 * rng.generateDouble());
            const double h = height * (rng.bounded(5) == 0 ? 1.0 : 0.72);
            // Two stems and a bar, like an "n": stroke-like detail for the blur measure.
            const double top = y + height - h;
            const double stem = std::max(1.0, w * 0.34);
            p.fillRect(QRectF(cx, top, stem, h), ink);
            p.fillRect(QRectF(cx + w - stem, top, stem, h), ink);
            p.fillRect(QRectF(cx, top, w, std::max(1.0, h * 0.22)), ink);
            cx += w + glyph * 0.28;
        }
        cx += glyph * 0.9;
    }
}

void drawMrz(QPainter &p, QRandomGenerator &rng, QRectF band, int rows, double mm, const QColor &ink,
             const QColor &paper)
{
    // Printed on the document's own tinted background, as on the CNI and passport pages.
    p.fillRect(band, paper);
    const double glyphW = 1.9 * mm;
    const double glyphH = 2.5 * mm;
    const int columns = int((band.width() - 4 * mm) / glyphW);
    for (int r = 0; r < rows; ++r) {
        const double y = band.top() + band.height() * (r + 1) / (rows + 1) - glyphH / 2;
        for (int c = 0; c < columns; ++c) {
            const double x = band.left() + 2 * mm + c * glyphW;
            if (rng.bounded(4) == 0) {
                // The "<" filler of a machine-readable zone.
                p.setPen(QPen(ink, 0.35 * mm));
                p.drawLine(QPointF(x + glyphW * 0.7, y + glyphH * 0.1), QPointF(x + glyphW * 0.15, y + glyphH * 0.5));
                p.drawLine(QPointF(x + glyphW * 0.15, y + glyphH * 0.5), QPointF(x + glyphW * 0.7, y + glyphH * 0.9));
            } else {
                p.fillRect(QRectF(x + 0.2 * mm, y, glyphW * 0.62, glyphH), ink);
                p.fillRect(QRectF(x + 0.2 * mm + glyphW * 0.22, y + glyphH * 0.25, glyphW * 0.18, glyphH * 0.5), paper);
            }
        }
    }
}

/** The pale tints of cards and passport pages, one picked by the seed's first draw. */
constexpr std::array<QRgb, 5> kTints{qRgb(205, 220, 236), qRgb(232, 214, 222), qRgb(214, 232, 214), qRgb(236, 226, 200),
                                     qRgb(222, 222, 236)};

QColor tint(QRandomGenerator &rng)
{
    return QColor(kTints[rng.bounded(int(kTints.size()))]);
}

void drawPhoto(QPainter &p, QRectF box, const QColor &tone)
{
    p.fillRect(box, QColor(188, 192, 198));
    p.setPen(Qt::NoPen);
    p.setBrush(tone.darker(180));
    p.drawEllipse(
        QRectF(box.left() + box.width() * 0.1, box.top() + box.height() * 0.62, box.width() * 0.8, box.height() * 0.7));
    p.setBrush(tone);
    p.drawEllipse(QRectF(box.left() + box.width() * 0.28, box.top() + box.height() * 0.16, box.width() * 0.44,
                         box.height() * 0.5));
}

/**
 * Cards and passport booklets have rounded corners (ISO/IEC 7810: 3.18 mm), so their outline has no
 * pointed corner to find: the corners are where the straight sides would meet. Outside the rounding
 * the image is transparent (the desk shows through).
 */
QImage withRoundedCorners(const QImage &image, double pixelsPerMm)
{
    constexpr double kCornerRadiusMm = 3.18;
    QImage rounded(image.size(), QImage::Format_ARGB32_Premultiplied);
    rounded.fill(Qt::transparent);
    QPainter p(&rounded);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    const double r = kCornerRadiusMm * pixelsPerMm;
    outline.addRoundedRect(QRectF(rounded.rect()), r, r);
    p.setClipPath(outline);
    p.drawImage(0, 0, image);
    p.end();
    return rounded;
}

} // namespace

QImage SpecimenRenderer::renderDocument(DocumentKind kind, double pixelsPerMm, quint32 seed)
{
    const DocumentGeometry g = documentGeometry(kind);
    const bool portrait = kind == DocumentKind::A4;
    const double wMm = portrait ? g.shortMm : g.longMm;
    const double hMm = portrait ? g.longMm : g.shortMm;
    QImage image(int(std::lround(wMm * pixelsPerMm)), int(std::lround(hMm * pixelsPerMm)), QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    const double mm = pixelsPerMm;
    const QColor base = portrait ? QColor(238, 237, 232) : tint(rng);
    image.fill(base);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink(30 + int(rng.bounded(30)), 32, 48);
    if (portrait) {
        p.fillRect(QRectF(12 * mm, 12 * mm, 40 * mm, 14 * mm), base.darker(140));
        drawGlyphLine(p, rng, 120 * mm, 14 * mm, 70 * mm, 3.2 * mm, ink);
        for (int i = 0; i < 4; ++i)
            drawGlyphLine(p, rng, 120 * mm, (40 + i * 6) * mm, 60 * mm, 3.2 * mm, ink);
        for (double y = 80; y < hMm - 25; y += 6.5)
            drawGlyphLine(p, rng, 15 * mm, y * mm, (wMm - 30 - rng.bounded(40)) * mm, 3.0 * mm, ink);
        p.setPen(QPen(ink, 0.4 * mm));
        p.drawRect(QRectF(15 * mm, (hMm - 60) * mm, (wMm - 30) * mm, 30 * mm));
        return image;
    }
    // Guilloche-like waves, as on real cards.
    p.setPen(QPen(base.darker(112), 0.25 * mm));
    for (int k = 0; k < 14; ++k) {
        QPainterPath wave;
        const double y0 = hMm * mm * (k + 0.5) / 14;
        wave.moveTo(0, y0);
        for (double x = 0; x <= wMm * mm; x += mm)
            wave.lineTo(x, y0 + 1.5 * mm * std::sin(x / (6 * mm) + k));
        p.drawPath(wave);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRectF(0, 0, wMm * mm, 8 * mm), base.darker(125));
    drawGlyphLine(p, rng, 4 * mm, 2.2 * mm, wMm * 0.55 * mm, 3.6 * mm, ink);
    const double photoW = kind == DocumentKind::Id1 ? 24 : 32;
    const double mrzH = kind == DocumentKind::Id1 ? 13 : 18;
    drawPhoto(p, QRectF(4 * mm, 11 * mm, photoW * mm, photoW * 1.28 * mm),
              QColor(150 + int(rng.bounded(60)), 120, 100));
    const double textX = (8 + photoW) * mm;
    const double textW = (wMm - 12 - photoW) * mm;
    int line = 0;
    for (double y = 11; y < hMm - mrzH - 5; y += 5.2, ++line) {
        drawGlyphLine(p, rng, textX, y * mm, textW * 0.3, 1.4 * mm, base.darker(170));
        drawGlyphLine(p, rng, textX, (y + 1.8) * mm, textW * (0.5 + 0.4 * rng.generateDouble()), 2.4 * mm, ink);
    }
    drawMrz(p, rng, QRectF(0, (hMm - mrzH) * mm, wMm * mm, mrzH * mm), kind == DocumentKind::Id1 ? 3 : 2, mm, ink,
            base.lighter(104));
    p.end();
    return withRoundedCorners(image, pixelsPerMm);
}

QImage SpecimenRenderer::renderCardBack(double pixelsPerMm, quint32 seed)
{
    const DocumentGeometry g = documentGeometry(DocumentKind::Id1);
    const double wMm = g.longMm;
    const double hMm = g.shortMm;
    QImage image(int(std::lround(wMm * pixelsPerMm)), int(std::lround(hMm * pixelsPerMm)), QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    const double mm = pixelsPerMm;
    // The front's first draws (the same seed), so the tint and the ink match it.
    const QColor base = tint(rng);
    const QColor ink(30 + int(rng.bounded(30)), 32, 48);
    QRandomGenerator text(seed ^ 0x5eedbac0u);
    image.fill(base);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(base.darker(112), 0.25 * mm));
    for (int k = 0; k < 10; ++k) {
        QPainterPath wave;
        const double x0 = wMm * mm * (k + 0.5) / 10;
        wave.moveTo(x0, 0);
        for (double y = 0; y <= hMm * mm; y += mm)
            wave.lineTo(x0 + 1.5 * mm * std::sin(y / (5 * mm) + k), y);
        p.drawPath(wave);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    // Address and issuing details on the left, a 2D code on the right, the MRZ at the bottom.
    for (double y = 4; y < 30; y += 5.2) {
        drawGlyphLine(p, text, 4 * mm, y * mm, 16 * mm, 1.4 * mm, base.darker(170));
        drawGlyphLine(p, text, 4 * mm, (y + 1.8) * mm, (28 + 20 * text.generateDouble()) * mm, 2.4 * mm, ink);
    }
    const QRectF code((wMm - 26) * mm, 4 * mm, 22 * mm, 22 * mm);
    p.fillRect(code, base.lighter(103));
    for (int row = 0; row < 11; ++row) {
        for (int col = 0; col < 11; ++col) {
            if (text.bounded(2))
                p.fillRect(
                    QRectF(code.left() + (1 + col * 1.8) * mm, code.top() + (1 + row * 1.8) * mm, 1.8 * mm, 1.8 * mm),
                    ink);
        }
    }
    constexpr double mrzH = 17;
    drawMrz(p, text, QRectF(0, (hMm - mrzH) * mm, wMm * mm, mrzH * mm), 3, mm, ink, base.lighter(104));
    p.end();
    return withRoundedCorners(image, pixelsPerMm);
}

QImage SpecimenRenderer::renderDesk(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    const double phase = rng.generateDouble() * 6.28;
    const int r0 = 120 + int(rng.bounded(40));
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const double grain = std::sin(y * 0.05 + 3.0 * std::sin(x * 0.004 + phase)) * 0.5 + 0.5;
            const int v = int(grain * 28);
            line[x] = qRgb(r0 - v, (r0 - v) * 70 / 100, (r0 - v) * 45 / 100);
        }
    }
    return image;
}

void SpecimenRenderer::drawDocument(QImage &frame, const QImage &document, const QPolygonF &corners)
{
    QTransform transform;
    const QPolygonF source(QRectF(0, 0, document.width(), document.height()));
    QPolygonF src = source;
    src.removeLast(); // QPolygonF(QRectF) closes the polygon with a fifth point
    if (!QTransform::quadToQuad(src, corners, transform))
        return;
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(transform);
    p.drawImage(QPointF(0, 0), document);
}

} // namespace passerelle
