// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDecode.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace passerelle::test {

QStringList decodeQrCodes(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList texts;
    for (const auto &result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid())
            texts << QString::fromStdString(result.text());
    }
    return texts;
}

QString decodeQrCode(const QImage &image)
{
    const QStringList texts = decodeQrCodes(image);
    return texts.size() == 1 ? texts.first() : QString();
}

QList<QImage> rasterisePdf(const QByteArray &pdf, int dpi)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("page.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    const auto run =
        runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                                file.fileName(), dir.filePath(QStringLiteral("page"))});
    if (!run.finished || run.exitCode != 0)
        return {};
    QList<QImage> pages;
    // pdftoppm numbers the pages page-1.pgm, page-2.pgm, ... (with leading zeros past 9).
    const QStringList names = QDir(dir.path()).entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name);
    for (const auto &name : names)
        pages << QImage(dir.filePath(name));
    return pages;
}

} // namespace passerelle::test
