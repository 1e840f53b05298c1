// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureAnalyzer.h"

#include <QImage>
#include <QMutex>
#include <QObject>

#include <atomic>

namespace passerelle {

/**
 * Runs the analyzer in the thread it lives in. submit() may be called from any thread and never
 * blocks: the latest frame wins, an older pending one is dropped, so there is at most one frame
 * waiting whatever the camera's rate.
 */
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisWorker(DocumentKind kind = DocumentKind::Id1, QObject *parent = nullptr);

    void submit(const QImage &frame, qint64 timestampMs);
    void setKind(DocumentKind kind) { m_kind.store(int(kind)); }
    DocumentKind kind() const { return DocumentKind(m_kind.load()); }

    quint64 submittedCount() const { return m_submitted.load(); }
    quint64 analysedCount() const { return m_analysed.load(); }
    quint64 droppedCount() const { return m_dropped.load(); }

signals:
    void analysed(const QImage &frame, qint64 timestampMs, const passerelle::CaptureAnalysis &analysis);

private:
    void processPending();

    CaptureAnalyzer m_analyzer;
    QMutex m_mutex;
    QImage m_pending;
    qint64 m_pendingMs = 0;
    bool m_scheduled = false;
    std::atomic<int> m_kind;
    std::atomic<quint64> m_submitted{0};
    std::atomic<quint64> m_analysed{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace passerelle

Q_DECLARE_METATYPE(passerelle::CaptureAnalysis)
