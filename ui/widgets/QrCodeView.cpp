// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QrCodeView.h"

#include "core/util/WebLink.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace passerelle::ui {

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCodeView"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
    updateAccessibleName();
}

bool QrCodeView::setLink(const QUrl &link)
{
    m_link = link;
    m_code = QrCode::encode(link.toString(QUrl::FullyEncoded));
    updateAccessibleName();
    updateGeometry();
    update();
    return !m_code.isNull();
}

int QrCodeView::modulePixels() const
{
    if (m_code.isNull())
        return 0;
    const qreal ratio = devicePixelRatioF();
    const int side = int(std::floor(std::min(width(), height()) * ratio));
    return side / m_code.sizeWithQuietZone();
}

QSize QrCodeView::sizeHint() const
{
    // About 4 cm on a 96 dpi screen, enough for a phone held at arm's length.
    const int modules = m_code.isNull() ? 33 : m_code.sizeWithQuietZone();
    return QSize(modules * 5, modules * 5);
}

QSize QrCodeView::minimumSizeHint() const
{
    // Two pixels a module: the smallest that phones read off a screen.
    const int modules = m_code.isNull() ? 33 : m_code.sizeWithQuietZone();
    return QSize(modules * 2, modules * 2);
}

QRectF QrCodeView::codeRect() const
{
    const int module = modulePixels();
    if (module < 1)
        return {};
    // Whole device pixels a module, so every edge is sharp; the square is centred in the widget.
    const qreal ratio = devicePixelRatioF();
    const qreal side = module * m_code.sizeWithQuietZone() / ratio;
    const QPointF origin(std::round((width() - side) / 2 * ratio) / ratio,
                         std::round((height() - side) / 2 * ratio) / ratio);
    return QRectF(origin, QSizeF(side, side));
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    const QRectF square = codeRect();
    if (square.isEmpty())
        return;
    QPainter painter(this);
    m_code.paint(painter, square);
}

void QrCodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleName();
    QWidget::changeEvent(event);
}

void QrCodeView::updateAccessibleName()
{
    if (m_link.isEmpty()) {
        setAccessibleName(tr("QR code"));
        setAccessibleDescription(QString());
        return;
    }
    setAccessibleName(tr("QR code to %1").arg(weblink::describe(m_link)));
    setAccessibleDescription(tr("Scan it with a phone's camera to open %1").arg(m_link.toDisplayString()));
}

} // namespace passerelle::ui
