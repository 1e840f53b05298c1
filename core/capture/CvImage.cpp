// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CvImage.h"

#include <opencv2/imgproc.hpp>

namespace passerelle::capture_detail {

cv::Mat wrap(const QImage &image)
{
    const int type = image.depth() == 8 ? CV_8UC1 : CV_8UC4;
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   static_cast<size_t>(image.bytesPerLine()));
}

void toGray(const QImage &image, cv::Mat &gray)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        wrap(image).copyTo(gray);
        return;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words are B, G, R, A bytes on the little-endian machines we run on.
        cv::cvtColor(wrap(image), gray, Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? cv::COLOR_BGRA2GRAY : cv::COLOR_RGBA2GRAY);
        return;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        cv::cvtColor(wrap(image), gray, cv::COLOR_RGBA2GRAY);
        return;
    default:
        cv::cvtColor(wrap(image.convertToFormat(QImage::Format_RGB32)), gray,
                     Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? cv::COLOR_BGRA2GRAY : cv::COLOR_RGBA2GRAY);
        return;
    }
}

} // namespace passerelle::capture_detail
