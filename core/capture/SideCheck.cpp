// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/SideCheck.h"

#include <opencv2/imgproc.hpp>

namespace passerelle {

namespace {

constexpr int kWidth = 64;
constexpr int kHeight = 40;

/** The picture at kWidth x kHeight, grey, blurred, zero mean and unit norm; empty when flat. */
cv::Mat signature(const QImage &image)
{
    const QImage small = image.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(kWidth, kHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    cv::Mat grey(small.height(), small.width(), CV_8UC1, const_cast<uchar *>(small.constBits()),
                 size_t(small.bytesPerLine()));
    cv::Mat out;
    grey.convertTo(out, CV_32F);
    cv::GaussianBlur(out, out, cv::Size(0, 0), 1.0);
    out -= cv::mean(out)[0];
    const double norm = cv::norm(out);
    if (norm < 1e-3)
        return {};
    out /= norm;
    return out;
}

} // namespace

double sideSimilarity(const QImage &first, const QImage &second)
{
    if (first.isNull() || second.isNull())
        return 0;
    const cv::Mat a = signature(first);
    const cv::Mat b = signature(second);
    if (a.empty() || b.empty())
        return 0;
    cv::Mat turned;
    cv::flip(b, turned, -1);
    return std::max(a.dot(b), a.dot(turned));
}

} // namespace passerelle
