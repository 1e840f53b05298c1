// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/ScriptedFrameSource.h"

namespace passerelle {

ScriptedFrameSource::ScriptedFrameSource(QObject *parent)
    : FrameSource(parent)
{
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!step())
            stop();
    });
}

void ScriptedFrameSource::setFrames(const QList<QImage> &frames)
{
    m_frames = frames;
    m_position = 0;
}

void ScriptedFrameSource::append(const QImage &frame, int count)
{
    for (int i = 0; i < count; ++i)
        m_frames.append(frame); // implicitly shared: copies cost nothing
}

void ScriptedFrameSource::setIntervalMs(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.setInterval(intervalMs);
}

void ScriptedFrameSource::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    emit activeChanged(true);
}

void ScriptedFrameSource::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit activeChanged(false);
}

QString ScriptedFrameSource::displayName() const
{
    return QStringLiteral("Script");
}

bool ScriptedFrameSource::step()
{
    if (m_position >= m_frames.size()) {
        if (!m_looping || m_frames.isEmpty())
            return false;
        m_position = 0;
    }
    const QImage frame = m_frames.at(m_position++);
    emit frameReady(frame, m_emitted++ * m_intervalMs);
    if (m_position >= m_frames.size() && !m_looping)
        emit finished();
    return true;
}

} // namespace passerelle
