// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"
#include "core/capture/FrameSource.h"

#include <QElapsedTimer>
#include <QTimer>

namespace passerelle {

/**
 * A camera stand-in for demos and for the app without a camera: a specimen document (no real data)
 * slides onto a desk, comes closer, then holds still, at 15 frames per second, in a loop. Frames are
 * drawn on the fly, so the source holds one document image and one desk image, never a clip.
 */
class DemoFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit DemoFrameSource(DocumentKind kind = DocumentKind::Id1, QSize frameSize = {1280, 720},
                             QObject *parent = nullptr);

    void setKind(DocumentKind kind);
    /** Shows the back of the card instead of its front (for the "back" picture; ID-1 only). */
    void setBack(bool back);
    static constexpr int kFramesPerLoop = 90;
    /** Frame @p index (0..kFramesPerLoop-1) of the loop, for tests and screenshots. */
    QImage renderFrame(int index) const;

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }
    QString displayName() const override;
    bool isStandIn() const override { return true; }
    void showDocument(DocumentKind kind, bool back) override;

private:
    DocumentKind m_kind;
    bool m_back = false;
    QSize m_frameSize;
    QImage m_document;
    QImage m_desk;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_index = 0;
};

} // namespace passerelle
