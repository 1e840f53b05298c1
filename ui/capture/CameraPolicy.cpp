// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CameraPolicy.h"

#include <algorithm>
#include <tuple>

namespace passerelle::ui {

namespace {
constexpr float kUsableFps = 15.0F;
} // namespace

int bestCameraFormat(const QList<CameraFormatInfo> &formats)
{
    if (formats.isEmpty())
        return -1;
    const auto rank = [](const CameraFormatInfo &f) {
        const QSize size = f.resolution;
        const bool hd = size.width() >= 1280 && size.height() >= 720;
        const bool usable = f.maxFrameRate >= kUsableFps;
        return std::make_tuple(f.convertible, usable, hd, qint64(size.width()) * size.height(), f.maxFrameRate);
    };
    const auto best =
        std::max_element(formats.cbegin(), formats.cend(),
                         [&](const CameraFormatInfo &a, const CameraFormatInfo &b) { return rank(a) < rank(b); });
    return int(best - formats.cbegin());
}

CameraInputsReaction reactToCameraInputs(const QByteArray &currentId, bool wanted, bool active,
                                         const QList<QByteArray> &available)
{
    if (!currentId.isEmpty() && !available.contains(currentId))
        return {CameraInputsReaction::Action::Lost, -1};
    if (wanted && !active && !available.isEmpty())
        return {CameraInputsReaction::Action::Use, 0};
    return {};
}

} // namespace passerelle::ui
