// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/FrameSource.h"

#include <QList>
#include <QTimer>

namespace passerelle {

/**
 * Plays a fixed list of frames, for tests: either on a timer (start()) or one at a time (step()).
 * Timestamps are synthetic (index x interval), so a run is the same on a slow or a fast machine.
 */
class ScriptedFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit ScriptedFrameSource(QObject *parent = nullptr);

    void setFrames(const QList<QImage> &frames);
    /** Appends @p count copies of @p frame (a "hold" in the script). */
    void append(const QImage &frame, int count = 1);
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    void setLooping(bool looping) { m_looping = looping; }
    int position() const { return m_position; }
    int frameCount() const { return int(m_frames.size()); }
    /** Goes back to the first frame (timestamps keep growing). */
    void rewind() { m_position = 0; }

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }
    QString displayName() const override;

    /** Emits the next frame now; false when the script is over (and not looping). */
    bool step();

signals:
    /** The last frame was emitted and the source is not looping. */
    void finished();

private:
    QList<QImage> m_frames;
    QTimer m_timer;
    int m_intervalMs = 66;
    int m_position = 0;
    qint64 m_emitted = 0;
    bool m_looping = false;
};

} // namespace passerelle
