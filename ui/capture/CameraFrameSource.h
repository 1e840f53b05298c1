// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/FrameSource.h"

#include <QCameraDevice>
#include <QCameraFormat>
#include <QElapsedTimer>
#include <QList>
#include <QMediaDevices>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace passerelle::ui {

/**
 * The desk webcam as a FrameSource: QCamera + QMediaCaptureSession + QVideoSink, frames converted
 * to QImage in memory (nothing is written). Chooses the best format of the chosen camera, follows
 * plug and unplug (QMediaDevices), and says so with errorOccurred() when there is no camera or it
 * is lost: the capture page then offers the file import, and what was kept stays kept.
 */
class CameraFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraFrameSource(QObject *parent = nullptr);
    ~CameraFrameSource() override;

    /** The cameras plugged in now, the default one first. */
    static QList<QCameraDevice> availableCameras();
    /**
     * The best format: at least 1280x720 when offered, then the highest resolution whose frame rate
     * is usable (>= 15 fps), then the highest frame rate; formats whose frames Qt cannot convert last.
     */
    static QCameraFormat bestFormat(const QList<QCameraFormat> &formats);

    QCameraDevice camera() const { return m_device; }
    /** Switches to @p device (restarts when running). */
    void setCamera(const QCameraDevice &device);

    void start() override;
    void stop() override;
    bool isActive() const override;
    QString displayName() const override;
    /** When the camera offers it (QCamera::Feature::ExposureCompensation; many UVC webcams do). */
    bool supportsExposureCompensation() const override;
    /** Kept and applied again to a camera switched to or plugged back. */
    void setExposureCompensation(double ev) override;
    /** availableCameras(), by description; inputsChanged() when one is plugged in or out. */
    QStringList inputNames() const override;
    int currentInput() const override;
    void selectInput(int index) override;

private:
    void onVideoFrame(const QVideoFrame &frame);
    void onInputsChanged();
    void buildCamera();
    void setActive(bool active);
    void applyExposure();
    double m_exposureEv = 0;

    QMediaDevices m_devices;
    QCameraDevice m_device;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QVideoSink *m_sink;
    QElapsedTimer m_clock;
    bool m_wanted = false; ///< start() was called and not stop(): restart when a camera comes back
    bool m_active = false;
};

} // namespace passerelle::ui
