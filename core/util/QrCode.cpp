// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/QrCode.h"

#include "core/util/Fail.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace passerelle {

namespace {

struct QrCodeText
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
};

struct QRcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode QrCode::encode(const QString &text, QString *error)
{
    if (text.isEmpty())
        return fail(error, QrCodeText::tr("There is nothing to put in the QR code."), QrCode());
    const QByteArray utf8 = text.toUtf8();
    // Byte mode keeps the text exactly as given (a URL's lower-case letters included).
    const std::unique_ptr<QRcode, QRcodeDeleter> raw(QRcode_encodeData(
        static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M));
    if (!raw || raw->width <= 0)
        return fail(error, QrCodeText::tr("The link is too long for a QR code."), QrCode());
    QrCode code;
    code.m_text = text;
    code.m_size = raw->width;
    code.m_dark.resize(qsizetype(raw->width) * raw->width);
    for (qsizetype i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = (raw->data[i] & 1) != 0;
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x);
}

QPainterPath QrCode::modulePath() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(start + kQuietZone, y + kQuietZone, x - start, 1));
        }
    }
    return path;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull() || target.isEmpty())
        return;
    const qreal side = std::min(target.width(), target.height());
    const QRectF square(target.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal unit = side / sizeWithQuietZone();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, Qt::white);
    painter.translate(square.topLeft());
    painter.scale(unit, unit);
    painter.fillPath(modulePath(), Qt::black);
    painter.restore();
}

QImage QrCode::toImage(int modulePixels) const
{
    if (isNull() || modulePixels < 1)
        return {};
    const int side = sizeWithQuietZone() * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < modulePixels; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * modulePixels + dy);
                std::fill_n(line + (x + kQuietZone) * modulePixels, modulePixels, uchar(0));
            }
        }
    }
    return image;
}

} // namespace passerelle
