// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace passerelle {
class FrameSource;
}

namespace passerelle::ui {

/**
 * Makes the frame source of a capture page (owned by @p parent). The composition root chooses it:
 * the camera, the demo source, or, in tests, a scripted source.
 */
using FrameSourceFactory = std::function<FrameSource *(QObject *parent)>;

/** The camera when one is plugged in, else the demo source (the page says it is a demo). */
FrameSourceFactory cameraOrDemoSource();
/** Always the demo source: for webinar demos and screenshots, so no real document is ever shown. */
FrameSourceFactory demoSource();

/** The factory new capture pages use (set once at start by the composition root); cameraOrDemoSource() if unset. */
void setDefaultFrameSourceFactory(FrameSourceFactory factory);
FrameSourceFactory defaultFrameSourceFactory();

} // namespace passerelle::ui
