// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CapturePreview.h"

#include <QPainter>
#include <QPainterPath>

namespace passerelle::ui {

CapturePreview::CapturePreview(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
}

void CapturePreview::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void CapturePreview::setOutline(const QPolygonF &outline, bool ok)
{
    m_outline = outline;
    m_outlineOk = ok;
    update();
}

void CapturePreview::setGuidance(const QString &message)
{
    if (message == m_guidance)
        return;
    m_guidance = message;
    setAccessibleDescription(message);
    update();
}

void CapturePreview::setProgress(double progress)
{
    m_progress = progress;
    update();
}

void CapturePreview::clear()
{
    m_frame = QImage();
    m_outline.clear();
    m_progress = 0;
    update();
}

QRectF CapturePreview::imageRect() const
{
    if (m_frame.isNull())
        return rect();
    QSizeF size = m_frame.size();
    size.scale(this->size(), Qt::KeepAspectRatio);
    return {QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size};
}

void CapturePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 32));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = imageRect();
    if (!m_frame.isNull()) {
        painter.drawImage(target, m_frame);
        if (m_outline.size() == 4) {
            const double scale = target.width() / m_frame.width();
            QPolygonF mapped;
            for (const QPointF &p : std::as_const(m_outline))
                mapped << target.topLeft() + p * scale;
            // Solid green when good, dashed amber otherwise: the line style says it without colour.
            QPen pen(m_outlineOk ? QColor(0, 200, 90) : QColor(255, 176, 0), 4,
                     m_outlineOk ? Qt::SolidLine : Qt::DashLine);
            painter.setPen(pen);
            painter.drawPolygon(mapped);
        }
    }
    if (m_guidance.isEmpty())
        return;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    painter.setFont(font);
    const QRectF textArea = target.adjusted(16, 0, -16, -16);
    QRectF bounds = painter.boundingRect(textArea, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_guidance);
    QRectF box = bounds.adjusted(-14, -10, 14, 10 + (m_progress > 0 ? 8 : 0));
    box.moveBottom(target.bottom() - 12);
    bounds.moveCenter(QPointF(box.center().x(), box.top() + 10 + bounds.height() / 2));
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    painter.fillPath(path, QColor(0, 0, 0, 190));
    painter.setPen(Qt::white);
    painter.drawText(bounds, Qt::AlignCenter | Qt::TextWordWrap, m_guidance);
    if (m_progress > 0) {
        const QRectF bar(box.left() + 14, box.bottom() - 10, (box.width() - 28) * m_progress, 4);
        painter.fillRect(bar, Qt::white);
    }
}

} // namespace passerelle::ui
