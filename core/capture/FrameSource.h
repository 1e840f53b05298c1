// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

namespace passerelle {

/**
 * Where capture frames come from: the camera (in ui/, core has no Multimedia), the demo source, the
 * scripted source of the tests, or an imported file. Frames are emitted in the source's thread; the
 * receiver must not block (analysis runs elsewhere and drops frames, the preview does not).
 */
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~FrameSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    /** A short name for the counselor ("Démo", the camera's description). */
    virtual QString displayName() const = 0;
    /** Whether setExposureCompensation() changes the pictures (a camera that offers it). */
    virtual bool supportsExposureCompensation() const { return false; }
    /** Exposure compensation in EV, 0 being the source's own choice (see ExposureControl). */
    virtual void setExposureCompensation(double ev) { Q_UNUSED(ev); }
    /** Made-up frames standing in for a missing camera (the demo source): the page says so. */
    virtual bool isStandIn() const { return false; }
    /** For a source that draws the document itself (the demo): the kind, and the card's back or front. */
    virtual void showDocument(DocumentKind kind, bool back)
    {
        Q_UNUSED(kind);
        Q_UNUSED(back);
    }
    /** The inputs the source can choose between (the cameras plugged in), by name; empty: no choice. */
    virtual QStringList inputNames() const { return {}; }
    /** The input in use, an index in inputNames(); -1 when there is none. */
    virtual int currentInput() const { return -1; }
    /** Switches to input @p index of inputNames() (restarts when running). */
    virtual void selectInput(int index) { Q_UNUSED(index); }

signals:
    /** A new frame; @p timestampMs grows monotonically within one run of the source. */
    void frameReady(const QImage &frame, qint64 timestampMs);
    void activeChanged(bool active);
    /** The source stopped by itself (camera unplugged, script ended with an error...). Translated. */
    void errorOccurred(const QString &message);
    /** inputNames() changed (a camera plugged in or out). */
    void inputsChanged();
};

} // namespace passerelle
