// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/AnalysisWorker.h"

#include <QMetaObject>

#include <opencv2/core/utility.hpp>

namespace passerelle {

AnalysisWorker::AnalysisWorker(DocumentKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(int(kind))
{
    qRegisterMetaType<passerelle::CaptureAnalysis>();
    // One thread for OpenCV (process-wide; capture is its only user): frames come steadily and the worker
    // drops what it cannot keep up with, so CPU time per frame is what counts. OpenCV's own threads cut
    // the wall time of one 1280x720 analysis from about 6.3 to 5 ms but raised its CPU time to 8.4 ms
    // on the two cores (docs/performance.md); pinned to one core they change nothing.
    cv::setNumThreads(1);
}

void AnalysisWorker::submit(const QImage &frame, qint64 timestampMs)
{
    ++m_submitted;
    QMutexLocker lock(&m_mutex);
    if (!m_pending.isNull())
        ++m_dropped;
    m_pending = frame;
    m_pendingMs = timestampMs;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &AnalysisWorker::processPending, Qt::QueuedConnection);
}

void AnalysisWorker::processPending()
{
    QImage frame;
    qint64 timestampMs = 0;
    {
        QMutexLocker lock(&m_mutex);
        frame.swap(m_pending);
        timestampMs = m_pendingMs;
        m_scheduled = false;
    }
    if (frame.isNull())
        return;
    const CaptureAnalysis analysis = m_analyzer.analyze(frame, kind());
    ++m_analysed;
    emit analysed(frame, timestampMs, analysis);
}

} // namespace passerelle
