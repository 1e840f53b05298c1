// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"
#include "ui/capture/FrameSourceFactory.h"

#include <QObject>

class QComboBox;
class QMediaDevices;

namespace passerelle {
class CaptureSession;
class FrameSource;
} // namespace passerelle

namespace passerelle::ui {

/**
 * The capture page's frame source: made by the factory, given to the capture session, the camera choice
 * (@p cameras, shown when the source has several inputs), the demo standing in for a missing camera
 * (replaced as soon as one is plugged in) and the document the demo draws. It asks the source what it
 * can do (FrameSource's isStandIn, inputNames, showDocument), never which class it is.
 */
class CaptureSourceControl : public QObject
{
    Q_OBJECT

public:
    /** The sources made are children of @p owner (the page; this object is a member of it, not a child,
     *  so that it lets go of the source before the session goes). */
    CaptureSourceControl(CaptureSession &session, QComboBox *cameras, QObject *owner);
    ~CaptureSourceControl() override;

    /** Replaces the factory, and drops the source it made (before the page is shown; tests). */
    void setFactory(FrameSourceFactory factory);
    FrameSource *source() const { return m_source; }
    /** Makes the source if there is none yet. */
    void ensure();
    void start();
    void stop();
    /** The made-up card stands in for a missing camera (the page says so). */
    bool isDemo() const;
    /** The document to show, for a source that draws one (the demo). */
    void showDocument(DocumentKind kind, bool back);
    /** Lists the cameras in the choice, the current one selected; shown when there is a choice. */
    void refreshCameras();

signals:
    /** A new source is in use (the first, or a camera plugged in instead of the demo): connect to it. */
    void sourceAdopted(FrameSource *source);
    /** A camera replaced the demo while the page was open: its picture starts afresh. */
    void sourceReplaced();

private:
    void adopt(FrameSource *source);
    void retryCamera();
    void drop();

    CaptureSession &m_session;
    QObject *m_owner;
    QComboBox *m_cameras;
    FrameSourceFactory m_factory;
    FrameSource *m_source = nullptr;
    QMediaDevices *m_devices = nullptr; ///< only while the demo stands in for a missing camera
};

} // namespace passerelle::ui
