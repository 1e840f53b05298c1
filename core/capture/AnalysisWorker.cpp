// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/AnalysisWorker.h"

#include <QMetaObject>

namespace passerelle {

AnalysisWorker::AnalysisWorker(DocumentKind kind, QObject *parent) : QObject(parent), m_kind(int(kind))
{
    qRegisterMetaType<passerelle::CaptureAnalysis>();
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
