// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureSession.h"

#include "core/capture/FrameSource.h"

namespace passerelle {

CaptureSession::CaptureSession(QObject *parent)
    : QObject(parent)
    , m_worker(new AnalysisWorker)
{
    m_thread.setObjectName(QStringLiteral("capture-analysis"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnalysisWorker::analysed, this,
            [this](const QImage &frame, qint64 timestampMs, const CaptureAnalysis &analysis) {
                m_controller.feed(frame, timestampMs, analysis);
                if (m_source && m_source->supportsExposureCompensation()) {
                    if (const auto ev = m_exposure.feed(analysis.verdict, timestampMs))
                        m_source->setExposureCompensation(*ev);
                }
                emit analysisReady(analysis);
            });
    m_thread.start();
}

CaptureSession::~CaptureSession()
{
    disconnect(m_sourceConnection);
    m_thread.quit();
    m_thread.wait();
}

void CaptureSession::setSource(FrameSource *source)
{
    disconnect(m_sourceConnection);
    m_source = source;
    m_exposure.reset();
    if (source) {
        if (source->supportsExposureCompensation())
            source->setExposureCompensation(0);
        // Direct: submit() only swaps the pending frame, so the source's thread is never held up.
        AnalysisWorker *worker = m_worker;
        m_sourceConnection = connect(
            source, &FrameSource::frameReady, worker,
            [worker](const QImage &frame, qint64 ms) { worker->submit(frame, ms); }, Qt::DirectConnection);
    }
}

void CaptureSession::setKind(DocumentKind kind)
{
    m_worker->setKind(kind);
    m_controller.rearm();
}

} // namespace passerelle
