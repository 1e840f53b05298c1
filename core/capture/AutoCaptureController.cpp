// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/AutoCaptureController.h"

#include "capture/CaptureOutput.h"

#include <algorithm>
#include <cmath>

namespace passerelle {

namespace {

double largestMove(const QList<QPointF> &a, const QList<QPointF> &b)
{
    double move = 0;
    for (int i = 0; i < 4; ++i)
        move = std::max(move, std::hypot(a[i].x() - b[i].x(), a[i].y() - b[i].y()));
    return move;
}

double diagonal(const QList<QPointF> &c)
{
    return std::hypot(c[2].x() - c[0].x(), c[2].y() - c[0].y());
}

} // namespace

AutoCaptureController::AutoCaptureController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<passerelle::CaptureResult>();
}

void AutoCaptureController::feed(const QImage &frame, qint64 timestampMs, const CaptureAnalysis &analysis)
{
    const bool still = analysis.isOk() && m_latest.isOk() && analysis.corners.size() == 4 &&
                       m_latest.corners.size() == 4 &&
                       largestMove(analysis.corners, m_latest.corners) <= m_tolerance * diagonal(analysis.corners);
    if (!analysis.isOk())
        m_stillSinceMs = -1;
    else if (!still || m_stillSinceMs < 0)
        m_stillSinceMs = timestampMs;
    m_frame = frame;
    m_latest = analysis;
    m_latestMs = timestampMs;
    if (!m_armed)
        return;
    setGuidance(analysis.isOk() ? holdStillMessage() : analysis.message());
    if (m_stillSinceMs >= 0 && timestampMs - m_stillSinceMs >= m_holdMs)
        take(true);
}

bool AutoCaptureController::captureNow()
{
    if (m_frame.isNull())
        return false;
    take(false);
    return true;
}

void AutoCaptureController::rearm()
{
    m_armed = true;
    m_stillSinceMs = -1;
    m_latest = {};
    m_frame = {};
    setGuidance({});
}

double AutoCaptureController::stillProgress() const
{
    if (m_stillSinceMs < 0 || m_holdMs <= 0)
        return 0;
    return std::clamp(double(m_latestMs - m_stillSinceMs) / m_holdMs, 0.0, 1.0);
}

void AutoCaptureController::take(bool automatic)
{
    CaptureResult result;
    result.analysis = m_latest;
    result.automatic = automatic;
    result.document = m_latest.documentFound
                          ? captureoutput::rectify(m_frame, m_latest.corners, m_latest.kind)
                          : m_frame.convertToFormat(QImage::Format_RGB32);
    m_armed = false;
    m_stillSinceMs = -1;
    // The frame is not kept once the document is cut out of it.
    m_frame = {};
    emit captured(result);
}

void AutoCaptureController::setGuidance(const QString &message)
{
    if (message == m_guidance)
        return;
    m_guidance = message;
    emit guidanceChanged(message);
}

} // namespace passerelle
