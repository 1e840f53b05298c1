// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureSourceControl.h"

#include "core/capture/CaptureSession.h"
#include "core/capture/DemoFrameSource.h"
#include "ui/capture/CameraFrameSource.h"

#include <QComboBox>
#include <QMediaDevices>

#include <algorithm>

namespace passerelle::ui {

CaptureSourceControl::CaptureSourceControl(CaptureSession &session, QComboBox *cameras, QObject *owner)
    : m_session(session)
    , m_owner(owner)
    , m_cameras(cameras)
    , m_factory(defaultFrameSourceFactory())
{
    connect(m_cameras, &QComboBox::activated, this, [this](int index) {
        if (auto *camera = qobject_cast<CameraFrameSource *>(m_source); camera && index >= 0)
            camera->setCamera(m_cameras->itemData(index).value<QCameraDevice>());
    });
}

CaptureSourceControl::~CaptureSourceControl()
{
    if (m_source)
        m_source->stop();
    m_session.setSource(nullptr);
}

void CaptureSourceControl::setFactory(FrameSourceFactory factory)
{
    drop();
    m_factory = std::move(factory);
}

void CaptureSourceControl::drop()
{
    stop();
    m_session.setSource(nullptr);
    delete m_source;
    m_source = nullptr;
}

void CaptureSourceControl::ensure()
{
    if (!m_source && m_factory)
        adopt(m_factory(m_owner));
}

void CaptureSourceControl::start()
{
    if (m_source && !m_source->isActive())
        m_source->start();
}

void CaptureSourceControl::stop()
{
    if (m_source && m_source->isActive())
        m_source->stop();
}

bool CaptureSourceControl::isDemo() const
{
    return qobject_cast<DemoFrameSource *>(m_source) != nullptr;
}

void CaptureSourceControl::showDocument(DocumentKind kind, bool back)
{
    if (auto *demo = qobject_cast<DemoFrameSource *>(m_source)) {
        demo->setKind(kind);
        demo->setBack(back);
    }
}

void CaptureSourceControl::adopt(FrameSource *source)
{
    m_source = source;
    if (!m_source)
        return;
    m_session.setSource(m_source);
    if (auto *camera = qobject_cast<CameraFrameSource *>(m_source))
        connect(camera, &CameraFrameSource::camerasChanged, this, &CaptureSourceControl::refreshCameras);
    if (isDemo() && !m_devices) {
        // Shown for want of a camera: a camera plugged in later replaces the demo.
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CaptureSourceControl::retryCamera);
    }
    refreshCameras();
    emit sourceAdopted(m_source);
}

void CaptureSourceControl::retryCamera()
{
    if (!isDemo() || CameraFrameSource::availableCameras().isEmpty())
        return;
    FrameSource *fresh = m_factory(m_owner);
    if (!fresh || qobject_cast<DemoFrameSource *>(fresh)) {
        delete fresh; // the factory keeps the demo (a webinar demo never shows the camera)
        return;
    }
    drop();
    adopt(fresh);
    emit sourceReplaced();
}

void CaptureSourceControl::refreshCameras()
{
    auto *camera = qobject_cast<CameraFrameSource *>(m_source);
    const auto devices = camera ? CameraFrameSource::availableCameras() : QList<QCameraDevice>();
    m_cameras->clear();
    for (const auto &device : devices)
        m_cameras->addItem(device.description(), QVariant::fromValue(device));
    if (camera)
        m_cameras->setCurrentIndex(std::max(0, int(devices.indexOf(camera->camera()))));
    m_cameras->setVisible(devices.size() > 1);
}

} // namespace passerelle::ui
