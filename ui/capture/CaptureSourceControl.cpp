// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureSourceControl.h"

#include "core/capture/CaptureSession.h"
#include "core/capture/FrameSource.h"

#include <QCameraDevice>
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
        if (m_source && index >= 0)
            m_source->selectInput(index);
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
    return m_source && m_source->isStandIn();
}

void CaptureSourceControl::showDocument(DocumentKind kind, bool back)
{
    if (m_source)
        m_source->showDocument(kind, back);
}

void CaptureSourceControl::adopt(FrameSource *source)
{
    m_source = source;
    if (!m_source)
        return;
    m_session.setSource(m_source);
    connect(m_source, &FrameSource::inputsChanged, this, &CaptureSourceControl::refreshCameras);
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
    if (!isDemo() || QMediaDevices::videoInputs().isEmpty())
        return;
    FrameSource *fresh = m_factory(m_owner);
    if (!fresh || fresh->isStandIn()) {
        delete fresh; // the factory keeps the demo (a webinar demo never shows the camera)
        return;
    }
    drop();
    adopt(fresh);
    emit sourceReplaced();
}

void CaptureSourceControl::refreshCameras()
{
    const QStringList inputs = m_source ? m_source->inputNames() : QStringList();
    m_cameras->clear();
    m_cameras->addItems(inputs);
    if (!inputs.isEmpty())
        m_cameras->setCurrentIndex(std::max(0, m_source->currentInput()));
    m_cameras->setVisible(inputs.size() > 1);
}

} // namespace passerelle::ui
