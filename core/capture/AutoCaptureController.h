// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureAnalysis.h"

#include <QImage>
#include <QObject>

namespace passerelle {

/** A taken picture: the straightened document (or the whole frame when no outline was found). */
struct CaptureResult
{
    QImage document;
    CaptureAnalysis analysis;
    bool automatic = false;
    /** A manual capture of the side already kept (see AutoCaptureController::setKeptSide). */
    bool sameSideAsKept = false;
    /** True when a check failed at the time of a manual capture (the UI says which: warning()). */
    bool hasWarning() const { return !analysis.isOk() || sameSideAsKept; }
    /** The sentence for the warning: the side already kept, else the failed check's guidance. */
    QString warning() const;
};

/**
 * Decides when to take the picture: automatically once every check has passed on frames whose
 * outline stayed still for holdMs (about half a second), or at once on the manual shutter. Guidance
 * is one sentence at a time. Lives in the GUI thread; frames arrive already analysed.
 */
class AutoCaptureController : public QObject
{
    Q_OBJECT

public:
    explicit AutoCaptureController(QObject *parent = nullptr);

    void setHoldMs(int holdMs) { m_holdMs = holdMs; }
    int holdMs() const { return m_holdMs; }
    /** Largest corner movement between two frames, as a share of the outline's diagonal, still "still". */
    void setStillTolerance(double share) { m_tolerance = share; }

    /** One analysed frame; timestamps grow. May emit captured(). */
    void feed(const QImage &frame, qint64 timestampMs, const CaptureAnalysis &analysis);
    /** The manual shutter: takes the latest frame whatever the checks say; false before any frame. */
    bool captureNow();
    /**
     * The picture of the side already kept (the front, while the back is taken), or none. The same side
     * shown again is not taken automatically: the guidance says to turn the card over (as the best
     * capture SDKs refuse the same side twice); a manual capture of it carries that warning.
     */
    void setKeptSide(const QImage &kept);
    /** Arms auto-capture again (after Retake, or for the next side). */
    void rearm();
    bool isArmed() const { return m_armed; }

    const CaptureAnalysis &latest() const { return m_latest; }
    QString guidance() const { return m_guidance; }
    /** How far the still period is, 0..1 (for a progress ring). */
    double stillProgress() const;

signals:
    void guidanceChanged(const QString &message);
    void captured(const passerelle::CaptureResult &result);

private:
    void take(bool automatic);
    void setGuidance(const QString &message);

    QImage m_frame;
    CaptureAnalysis m_latest;
    qint64 m_latestMs = 0;
    qint64 m_stillSinceMs = -1;
    int m_holdMs = 500;
    double m_tolerance = 0.015;
    bool m_armed = true;
    QImage m_keptSide;
    bool m_showingKeptSide = false; ///< the kept side was shown and refused; cleared when it leaves the view
    QString m_guidance;
};

} // namespace passerelle

Q_DECLARE_METATYPE(passerelle::CaptureResult)
