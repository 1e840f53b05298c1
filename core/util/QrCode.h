// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

class QImage;
class QPainter;
class QPainterPath;

namespace passerelle {

/**
 * A QR code (libqrencode, error correction level M, byte mode) as a square matrix of modules, and
 * the one way it is drawn: on screen (ui/widgets/QrCodeView), on the PDF and on paper. Holds only
 * the text it was given: callers encode a public link, never personal data.
 */
class QrCode
{
public:
    /** The light margin around the code, in modules, that readers need (ISO/IEC 18004: 4). */
    static constexpr int kQuietZone = 4;

    /** An empty code (isNull()). */
    QrCode() = default;

    /** Encodes @p text as UTF-8; a null code (with @p error) when it is empty or too long for a QR code. */
    static QrCode encode(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_size == 0; }
    /** The text encoded. */
    QString text() const { return m_text; }
    /** Modules per side, without the quiet zone (21 for version 1, then +4 a version). */
    int size() const { return m_size; }
    /** Modules per side with the quiet zone on each side. */
    int sizeWithQuietZone() const { return m_size == 0 ? 0 : m_size + 2 * kQuietZone; }
    /** Whether the module at (@p x, @p y) is dark; (0, 0) is the top-left module of the code itself. */
    bool isDark(int x, int y) const;

    /**
     * The dark modules as one path in a square of sizeWithQuietZone() units (the quiet zone
     * included, so the code proper starts at kQuietZone), rows of adjacent modules merged: one
     * filled shape without seams between modules, in a PDF as on screen.
     */
    QPainterPath modulePath() const;

    /**
     * Paints the code, quiet zone included, in the largest square centred in @p target: a white
     * square with the dark modules on it, without anti-aliasing. Left to right whatever the
     * painter's layout direction (a QR code is never mirrored).
     */
    void paint(QPainter &painter, const QRectF &target) const;

    /** The code with its quiet zone as a black-on-white image, @p modulePixels pixels a module. */
    QImage toImage(int modulePixels) const;

private:
    QString m_text;
    int m_size = 0;
    QVector<bool> m_dark;
};

} // namespace passerelle
