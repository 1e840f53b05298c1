// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/QrCode.h"

#include <QUrl>
#include <QWidget>

namespace passerelle::ui {

/**
 * A QR code that leads to a link (the pass Culture site on the summary and at the kiosk), painted
 * crisply at any size: each module a whole number of device pixels, centred, quiet zone included.
 * Its accessible name says where the code leads. Never given personal data.
 */
class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeView(QWidget *parent = nullptr);

    /** Encodes @p link; false (and nothing drawn) when it cannot be encoded. */
    bool setLink(const QUrl &link);
    QUrl link() const { return m_link; }
    const QrCode &code() const { return m_code; }

    /** Pixels a module takes at the current size, in device pixels (0 when too small to draw). */
    int modulePixels() const;
    /** Where the code (quiet zone included) is painted: centred, on whole device pixels. */
    QRectF codeRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleName();
    QUrl m_link;
    QrCode m_code;
};

} // namespace passerelle::ui
