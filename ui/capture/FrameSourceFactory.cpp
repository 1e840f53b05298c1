// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/FrameSourceFactory.h"

#include "core/capture/DemoFrameSource.h"
#include "ui/capture/CameraFrameSource.h"

namespace passerelle::ui {

namespace {
// Kiosk windows build a new wizard for each person: the choice is made once, for all of them.
FrameSourceFactory &storedDefault()
{
    static FrameSourceFactory factory;
    return factory;
}
} // namespace

FrameSourceFactory cameraOrDemoSource()
{
    return [](QObject *parent) -> FrameSource * {
        if (!CameraFrameSource::availableCameras().isEmpty())
            return new CameraFrameSource(parent);
        return new DemoFrameSource(DocumentKind::Id1, {1280, 720}, parent);
    };
}

FrameSourceFactory demoSource()
{
    return [](QObject *parent) -> FrameSource * { return new DemoFrameSource(DocumentKind::Id1, {1280, 720}, parent); };
}

void setDefaultFrameSourceFactory(FrameSourceFactory factory)
{
    storedDefault() = std::move(factory);
}

FrameSourceFactory defaultFrameSourceFactory()
{
    return storedDefault() ? storedDefault() : cameraOrDemoSource();
}

} // namespace passerelle::ui
