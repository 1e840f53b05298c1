// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>

namespace passerelle::ui {

/**
 * The camera's decisions as plain functions, so they are tested without a webcam (QCameraDevice
 * and QCameraFormat cannot be made up): which format to use, and what to do when the list of
 * plugged-in cameras changes. CameraFrameSource applies them to the real devices.
 */
struct CameraFormatInfo
{
    QSize resolution;
    float maxFrameRate = 0;
    bool convertible = true; ///< Qt can turn its frames into images
};

/**
 * The index of the best format, -1 for none: convertible first, then a usable frame rate (>= 15
 * fps), then at least 1280x720, then the most pixels, then the highest frame rate.
 */
int bestCameraFormat(const QList<CameraFormatInfo> &formats);

/** What to do when cameras are plugged in or out. */
struct CameraInputsReaction
{
    enum class Action {
        Nothing, ///< keep going as now
        Lost,    ///< the camera in use is gone: stop, say so (when frames were wanted), offer the import
        Use,     ///< frames are wanted and none come: start the camera at @c index of the new list
    };
    Action action = Action::Nothing;
    int index = -1;
};

/**
 * @p currentId: the camera chosen now (empty: none); @p wanted: the page wants frames; @p active:
 * frames are coming; @p available: the cameras plugged in now, default first.
 */
CameraInputsReaction reactToCameraInputs(const QByteArray &currentId, bool wanted, bool active,
                                         const QList<QByteArray> &available);

} // namespace passerelle::ui
