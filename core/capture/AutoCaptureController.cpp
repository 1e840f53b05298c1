// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/AutoCaptureController.h"

#include "core/capture/CaptureOutput.h"
#include "core/capture/SideCheck.h"

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

QString CaptureResult::warning() const
{
    if (sameSideAsKept)
        return sameSideMessage();
    return analysis.isOk() ? QString() : analysis.message();
}

AutoCaptureController::AutoCaptureController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<passerelle::CaptureResult>();
}

void AutoCaptureController::setKeptSide(const QImage &kept)
{
    m_keptSide = kept;
    m_showingKeptSide = false;
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
    // Once the kept side was refused, the advice stays "turn it over" until the card leaves the view.
    if (!analysis.documentFound)
        m_showingKeptSide = false;
    if (m_showingKeptSide)
        setGuidance(sameSideMessage());
    else
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
    m_showingKeptSide = false;
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
    result.document = m_latest.documentFound ? captureoutput::rectify(m_frame, m_latest.corners, m_latest.kind)
                                             : m_frame.convertToFormat(QImage::Format_RGB32);
    if (m_latest.documentFound && !m_keptSide.isNull() &&
        sideSimilarity(m_keptSide, result.document) > kSameSideSimilarity) {
        if (automatic) {
            // Not taken: wait for the other side, and say so.
            m_showingKeptSide = true;
            m_stillSinceMs = -1;
            setGuidance(sameSideMessage());
            return;
        }
        result.sameSideAsKept = true;
    }
    m_armed = false;
    m_showingKeptSide = false;
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
