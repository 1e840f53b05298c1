// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace passerelle::ui {

/**
 * The live picture: the latest frame, the detected outline (solid when every check passes, dashed
 * otherwise) and one guidance sentence. Painted by hand, so it works offscreen and grabs; frames
 * arrive at the camera's rate and are only stored, never analysed here.
 */
class CapturePreview : public QWidget
{
    Q_OBJECT

public:
    explicit CapturePreview(QWidget *parent = nullptr);

    QImage latestFrame() const { return m_frame; }
    QString guidance() const { return m_guidance; }
    /** Low: the page (in a scroll area that grows to the preferred height) gives the picture the room that is
        left, so that the shutter under it stays in view at 900x760. */
    QSize sizeHint() const override { return {640, 200}; }

public slots:
    void setFrame(const QImage &frame);
    /** The outline in frame pixels (empty: none); @p ok draws it solid. */
    void setOutline(const QPolygonF &outline, bool ok);
    void setGuidance(const QString &message);
    /** The still period before auto-capture, 0..1 (drawn as a bar under the sentence). */
    void setProgress(double progress);
    /** Forgets the frame and the outline (between two pictures, or when the source stopped). */
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF imageRect() const;
    QImage m_frame;
    QPolygonF m_outline;
    bool m_outlineOk = false;
    QString m_guidance;
    double m_progress = 0;
};

} // namespace passerelle::ui
