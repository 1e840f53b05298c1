// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureOutput.h"

#include "core/capture/QuadDetector.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

namespace passerelle::captureoutput {

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/** A copy of the pixels only: drops text keys, colour space and anything else a writer could emit. */
QImage pixelsOnly(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    QImage clean(rgb.size(), QImage::Format_RGB888);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(clean.scanLine(y), rgb.constScanLine(y), size_t(rgb.width()) * 3);
    return clean;
}

} // namespace

QImage rectify(const QImage &frame, const QList<QPointF> &corners, DocumentKind kind, int maxLongSide)
{
    if (corners.size() != 4 || frame.isNull())
        return {};
    const DocumentGeometry g = documentGeometry(kind);
    const bool portrait = kind == DocumentKind::A4;
    // The first edge is the long side of a card and the short side of a page (see CaptureAnalysis).
    const double firstEdge = std::max(distance(corners[0], corners[1]), distance(corners[2], corners[3]));
    const double secondEdge = std::max(distance(corners[1], corners[2]), distance(corners[3], corners[0]));
    double longSide = std::max(portrait ? secondEdge : firstEdge, (portrait ? firstEdge : secondEdge) * g.aspect());
    longSide = std::min(longSide, double(maxLongSide));
    const int shortSide = int(std::lround(longSide / g.aspect()));
    const QSize size = portrait ? QSize(shortSide, int(longSide)) : QSize(int(longSide), shortSide);

    const QImage source = frame.convertToFormat(QImage::Format_RGB32);
    QImage out(size, QImage::Format_RGB32);
    const cv::Point2f src[4] = {{float(corners[0].x()), float(corners[0].y())},
                                {float(corners[1].x()), float(corners[1].y())},
                                {float(corners[2].x()), float(corners[2].y())},
                                {float(corners[3].x()), float(corners[3].y())}};
    const cv::Point2f dst[4] = {
        {0, 0}, {float(size.width()), 0}, {float(size.width()), float(size.height())}, {0, float(size.height())}};
    cv::Mat target = capture_detail::wrap(out);
    cv::warpPerspective(capture_detail::wrap(source), target, cv::getPerspectiveTransform(src, dst),
                        cv::Size(size.width(), size.height()), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    return out;
}

QByteArray encodeJpeg(const QImage &image, qint64 maxBytes)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (std::max(image.width(), image.height()) > kMaxLongSide)
        scaled = image.scaled(kMaxLongSide, kMaxLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QImage clean = pixelsOnly(scaled);
    for (int quality = 90; quality >= 40; quality -= 10) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
        if (!writer.write(clean))
            return {};
        if (bytes.size() < maxBytes)
            return bytes;
    }
    return {};
}

QByteArray bundlePdf(const QList<QImage> &pages, const QString &title)
{
    if (pages.isEmpty())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Passerelle"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const QRect area = painter.viewport();
            const QSize fitted = pages[i].size().scaled(area.size() * 0.9, Qt::KeepAspectRatio);
            const QRect target(area.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
            painter.drawImage(target, pages[i]);
        }
        painter.end();
    }
    return bytes;
}

} // namespace passerelle::captureoutput
