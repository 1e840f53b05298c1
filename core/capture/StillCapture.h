// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/AutoCaptureController.h"

#include <QImage>

namespace passerelle {

/**
 * The checks of the live camera on one still picture (an imported file, a shutter press before any
 * frame was analysed, the CLI's analyze and rectify): the analysis, the document straightened from the
 * outline found (the whole picture when none is), and for the back of a card whether it shows
 * @p keptSide (the front already kept) again. The same result as a camera capture, so the review says
 * the same warning.
 */
CaptureResult analyzeStill(const QImage &image, DocumentKind kind, const QImage &keptSide = {});

} // namespace passerelle
