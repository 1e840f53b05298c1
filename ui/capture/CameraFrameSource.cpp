// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CameraFrameSource.h"

#include "ui/capture/CameraPolicy.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>

namespace passerelle::ui {

CameraFrameSource::CameraFrameSource(QObject *parent)
    : FrameSource(parent)
    , m_sink(new QVideoSink(this))
{
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraFrameSource::onVideoFrame);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraFrameSource::onInputsChanged);
    m_device = QMediaDevices::defaultVideoInput();
}

CameraFrameSource::~CameraFrameSource()
{
    if (m_camera)
        m_camera->stop();
}

QList<QCameraDevice> CameraFrameSource::availableCameras()
{
    QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    std::stable_partition(cameras.begin(), cameras.end(), [](const QCameraDevice &c) { return c.isDefault(); });
    return cameras;
}

QCameraFormat CameraFrameSource::bestFormat(const QList<QCameraFormat> &formats)
{
    QList<CameraFormatInfo> infos;
    infos.reserve(formats.size());
    for (const auto &format : formats) {
        // A format Qt does not know cannot become a QImage (compressed MJPEG is decoded by the backend).
        infos.append(
            {format.resolution(), format.maxFrameRate(), format.pixelFormat() != QVideoFrameFormat::Format_Invalid});
    }
    const int best = bestCameraFormat(infos);
    return best < 0 ? QCameraFormat() : formats.at(best);
}

void CameraFrameSource::setCamera(const QCameraDevice &device)
{
    if (device == m_device && m_camera)
        return;
    const bool running = m_wanted;
    stop();
    m_device = device;
    m_camera.reset();
    m_session.reset();
    if (running)
        start();
}

void CameraFrameSource::buildCamera()
{
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(m_device);
    m_camera->setCameraFormat(bestFormat(m_device.videoFormats()));
    // Its features are known once it runs: the exposure asked for is applied then.
    connect(m_camera.get(), &QCamera::supportedFeaturesChanged, this, &CameraFrameSource::applyExposure);
    applyExposure();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink);
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) { setActive(active); });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &) {
        if (error == QCamera::NoError)
            return;
        setActive(false);
        emit errorOccurred(tr("The camera stopped working. Check its cable, or import a photo from a file."));
    });
}

void CameraFrameSource::start()
{
    m_wanted = true;
    if (m_device.isNull() || !availableCameras().contains(m_device)) {
        const auto cameras = availableCameras();
        m_device = cameras.isEmpty() ? QCameraDevice() : cameras.first();
        m_camera.reset();
        m_session.reset();
    }
    if (m_device.isNull()) {
        emit errorOccurred(tr("No camera found. Plug in a webcam, or import a photo from a file."));
        return;
    }
    if (!m_camera)
        buildCamera();
    m_clock.start();
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_wanted = false;
    if (m_camera)
        m_camera->stop();
    setActive(false);
}

bool CameraFrameSource::isActive() const
{
    return m_active;
}

bool CameraFrameSource::supportsExposureCompensation() const
{
    return m_camera && m_camera->supportedFeatures().testFlag(QCamera::Feature::ExposureCompensation);
}

void CameraFrameSource::setExposureCompensation(double ev)
{
    m_exposureEv = ev;
    applyExposure();
}

void CameraFrameSource::applyExposure()
{
    if (supportsExposureCompensation())
        m_camera->setExposureCompensation(float(m_exposureEv));
}

QString CameraFrameSource::displayName() const
{
    return m_device.isNull() ? tr("No camera") : m_device.description();
}

void CameraFrameSource::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged(active);
}

void CameraFrameSource::onVideoFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    const QImage image = frame.toImage();
    if (!image.isNull())
        emit frameReady(image, m_clock.elapsed());
}

void CameraFrameSource::onInputsChanged()
{
    const auto cameras = availableCameras();
    QList<QByteArray> ids;
    for (const auto &camera : cameras)
        ids.append(camera.id());
    const auto reaction =
        reactToCameraInputs(m_device.isNull() ? QByteArray() : m_device.id(), m_wanted, m_active, ids);
    if (reaction.action == CameraInputsReaction::Action::Lost) {
        // Unplugged while in use: say so once; the page keeps what was taken and offers the import.
        const bool wasWanted = m_wanted;
        if (m_camera)
            m_camera->stop();
        m_camera.reset();
        m_session.reset();
        m_device = QCameraDevice();
        setActive(false);
        m_wanted = wasWanted;
        if (wasWanted)
            emit errorOccurred(tr("The camera was unplugged. Plug it back in, or import a photo from a file."));
    } else if (reaction.action == CameraInputsReaction::Action::Use) {
        // A camera came (back) while the page waits for one: use it.
        m_device = cameras.at(reaction.index);
        m_camera.reset();
        m_session.reset();
        start();
    }
    emit inputsChanged();
}

QStringList CameraFrameSource::inputNames() const
{
    QStringList names;
    for (const auto &device : availableCameras())
        names << device.description();
    return names;
}

int CameraFrameSource::currentInput() const
{
    return int(availableCameras().indexOf(m_device));
}

void CameraFrameSource::selectInput(int index)
{
    const auto cameras = availableCameras();
    if (index >= 0 && index < cameras.size())
        setCamera(cameras.at(index));
}

} // namespace passerelle::ui
