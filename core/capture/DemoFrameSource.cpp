// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/DemoFrameSource.h"

#include "core/capture/SpecimenRenderer.h"

#include <QCoreApplication>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace passerelle {

namespace {

struct DemoFrameSourceText
{
    Q_DECLARE_TR_FUNCTIONS(DemoFrameSource)
};

} // namespace

DemoFrameSource::DemoFrameSource(DocumentKind kind, QSize frameSize, QObject *parent)
    : FrameSource(parent)
    , m_frameSize(frameSize)
    , m_desk(SpecimenRenderer::renderDesk(frameSize, 7))
{
    setKind(kind);
    m_timer.setInterval(66);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        emit frameReady(renderFrame(m_index), m_clock.elapsed());
        m_index = (m_index + 1) % kFramesPerLoop;
    });
}

void DemoFrameSource::setKind(DocumentKind kind)
{
    m_kind = kind;
    m_document = m_back && kind == DocumentKind::Id1
                     ? SpecimenRenderer::renderCardBack(8.0, 2024)
                     : SpecimenRenderer::renderDocument(kind, kind == DocumentKind::A4 ? 3.0 : 8.0, 2024);
}

void DemoFrameSource::setBack(bool back)
{
    if (back == m_back)
        return;
    m_back = back;
    setKind(m_kind);
}

QImage DemoFrameSource::renderFrame(int index) const
{
    QImage frame = m_desk.copy();
    // Script: empty desk, the document slides in from the right (cut off), arrives small in the
    // middle, comes closer and straightens up, then holds still for the second half of the loop.
    const double t = double(index % kFramesPerLoop) / kFramesPerLoop;
    if (t < 0.1)
        return frame;
    const double enter = std::clamp((t - 0.1) / 0.2, 0.0, 1.0);
    const double grow = std::clamp((t - 0.3) / 0.2, 0.0, 1.0);
    const double w = m_frameSize.width();
    const double h = m_frameSize.height();
    // A page upright in a 16:9 frame must fill 90 % of its height to reach the 2 px/mm an A4 page needs
    // (minimumPixelsPerMm); a card or a passport is well over its own at 72 %.
    const double finalHeight = m_kind == DocumentKind::A4 ? 0.9 : 0.72;
    const double targetHeight = h * (0.38 + (finalHeight - 0.38) * grow);
    const double aspect = double(m_document.width()) / m_document.height();
    const QSizeF size(targetHeight * aspect, targetHeight);
    const QPointF centre(w * 0.5 + (1.0 - enter) * w * 0.55, h * 0.5);
    const double angle = 12.0 * (1.0 - grow);
    QTransform rotation;
    rotation.translate(centre.x(), centre.y());
    rotation.rotate(angle);
    const QRectF local(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    const QPolygonF corners{rotation.map(local.topLeft()), rotation.map(local.topRight()),
                            rotation.map(local.bottomRight()), rotation.map(local.bottomLeft())};
    SpecimenRenderer::drawDocument(frame, m_document, corners);
    return frame;
}

void DemoFrameSource::start()
{
    if (m_timer.isActive())
        return;
    m_index = 0;
    m_clock.start();
    m_timer.start();
    emit activeChanged(true);
}

void DemoFrameSource::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit activeChanged(false);
}

QString DemoFrameSource::displayName() const
{
    return DemoFrameSourceText::tr("Demo (specimen document)");
}

void DemoFrameSource::showDocument(DocumentKind kind, bool back)
{
    setKind(kind);
    setBack(back);
}

} // namespace passerelle
