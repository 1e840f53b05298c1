// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/AnalysisWorker.h"
#include "core/capture/AutoCaptureController.h"
#include "core/capture/ExposureControl.h"

#include <QPointer>
#include <QThread>

namespace passerelle {

class FrameSource;

/**
 * The capture pipeline: a frame source feeds the analysis worker (its own thread, latest frame
 * wins), whose results drive the auto-capture controller in this object's thread, and the source's
 * exposure when it offers a compensation (ExposureControl). The preview connects to the source
 * directly, so it never waits for the analysis.
 */
class CaptureSession : public QObject
{
    Q_OBJECT

public:
    explicit CaptureSession(QObject *parent = nullptr);
    ~CaptureSession() override;

    /** Not owned; replaces the previous source (which is left running). */
    void setSource(FrameSource *source);
    FrameSource *source() const { return m_source; }
    void setKind(DocumentKind kind);
    DocumentKind kind() const { return m_worker->kind(); }

    AutoCaptureController *controller() { return &m_controller; }
    const AnalysisWorker *worker() const { return m_worker; }
    /** The exposure compensation the session asked of its source (0 when it offers none). */
    double exposureCompensation() const { return m_exposure.ev(); }
    /** The analysis of the latest analysed frame (for the outline overlay). */
    const CaptureAnalysis &latestAnalysis() const { return m_controller.latest(); }

signals:
    void analysisReady(const passerelle::CaptureAnalysis &analysis);

private:
    QThread m_thread;
    AnalysisWorker *m_worker;
    AutoCaptureController m_controller;
    ExposureControl m_exposure;
    QPointer<FrameSource> m_source;
    QMetaObject::Connection m_sourceConnection;
};

} // namespace passerelle
