// SPDX-License-Identifier: GPL-3.0-or-later
// Capture output files: the straightened document, the upload JPEG (longest side <= 2000 px, under
// 1.5 MB, no Exif or other metadata) and the session PDF (one page per image).
#include "DocumentSceneGenerator.h"
#include "core/capture/CaptureOutput.h"

#include <QBuffer>
#include <QImageReader>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

/** A camera-sized picture full of fine noise: the hardest case for the JPEG size limit. */
QImage noisyImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(5);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    return image;
}

/** JPEG markers between SOI and the first scan: APPn (Exif, XMP, ICC...) and COM would be metadata. */
QList<int> markersBeforeScan(const QByteArray &jpeg)
{
    QList<int> markers;
    int i = 2;
    while (i + 4 <= jpeg.size() && uchar(jpeg[i]) == 0xFF) {
        const int marker = uchar(jpeg[i + 1]);
        markers << marker;
        if (marker == 0xDA)
            break;
        i += 2 + (uchar(jpeg[i + 2]) << 8 | uchar(jpeg[i + 3]));
    }
    return markers;
}

} // namespace

class TestCaptureOutput : public QObject
{
    Q_OBJECT

private slots:
    void rectifyStraightensTheDocument();
    void jpegIsSmallAndHasNoMetadata_data();
    void jpegIsSmallAndHasNoMetadata();
    void pdfHasOnePagePerImage();
    void emptyInputGivesNothing();
};

void TestCaptureOutput::rectifyStraightensTheDocument()
{
    SceneSpec spec;
    spec.seed = 31;
    spec.kind = DocumentKind::Id3;
    spec.rollDegrees = 12;
    spec.tiltDegrees = 10;
    const Scene scene = renderScene(spec);
    const QImage out = captureoutput::rectify(scene.image, scene.corners, DocumentKind::Id3);
    QVERIFY(!out.isNull());
    QVERIFY(qAbs(double(out.width()) / out.height() - 125.0 / 88.0) < 0.01);
    // About the resolution the camera gave the page (not blown up, not shrunk).
    QVERIFY(qAbs(out.width() / 125.0 - scene.pixelsPerMm) < 0.15 * scene.pixelsPerMm);
    QVERIFY(captureoutput::rectify(scene.image, scene.corners.mid(0, 3), DocumentKind::Id3).isNull());
    QVERIFY(std::max(captureoutput::rectify(scene.image, scene.corners, DocumentKind::Id3, 300).width(), 0) <= 300);
}

void TestCaptureOutput::jpegIsSmallAndHasNoMetadata_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("webcam card") << QSize(1100, 694);
    QTest::newRow("4K noise") << QSize(3840, 2160);
    QTest::newRow("tall page") << QSize(1500, 4000);
}

void TestCaptureOutput::jpegIsSmallAndHasNoMetadata()
{
    QFETCH(QSize, size);
    QImage image = noisyImage(size);
    image.setText(QStringLiteral("Author"), QStringLiteral("Jeanne Martin"));
    image.setText(QStringLiteral("Description"), QStringLiteral("CNI 1990-01-01"));
    const QByteArray jpeg = captureoutput::encodeJpeg(image);
    QVERIFY(!jpeg.isEmpty());
    QVERIFY2(jpeg.size() < 1500 * 1000, qPrintable(QString::number(jpeg.size())));
    QVERIFY(jpeg.startsWith("\xFF\xD8"));
    QVERIFY(!jpeg.contains("Exif"));
    QVERIFY(!jpeg.contains("Jeanne"));
    QVERIFY(!jpeg.contains("1990"));
    for (const int marker : markersBeforeScan(jpeg)) {
        // JFIF's APP0 is a format header (version, density); every other APPn and comments are metadata.
        QVERIFY2(marker == 0xE0 || !(marker >= 0xE1 && marker <= 0xEF), qPrintable(QString::number(marker, 16)));
        QVERIFY(marker != 0xFE);
    }
    QBuffer buffer;
    buffer.setData(jpeg);
    QImageReader reader(&buffer, "jpeg");
    const QImage decoded = reader.read();
    QVERIFY(!decoded.isNull());
    QVERIFY(std::max(decoded.width(), decoded.height()) <= 2000);
    QVERIFY(qAbs(double(decoded.width()) / decoded.height() - double(size.width()) / size.height()) < 0.01);
    QVERIFY(reader.textKeys().isEmpty());
}

void TestCaptureOutput::pdfHasOnePagePerImage()
{
    QList<QImage> pages;
    for (int i = 0; i < 3; ++i) {
        SceneSpec spec;
        spec.seed = 40 + quint32(i);
        const Scene scene = renderScene(spec);
        pages << captureoutput::rectify(scene.image, scene.corners, DocumentKind::Id1);
    }
    const QByteArray pdf = captureoutput::bundlePdf(pages, QStringLiteral("Passerelle"));
    QVERIFY(pdf.startsWith("%PDF-"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    QCOMPARE(int(QString::fromLatin1(pdf).count(page)), 3);
    const QByteArray single = captureoutput::bundlePdf(pages.mid(0, 1));
    QCOMPARE(int(QString::fromLatin1(single).count(page)), 1);
}

void TestCaptureOutput::emptyInputGivesNothing()
{
    QVERIFY(captureoutput::encodeJpeg(QImage()).isEmpty());
    QVERIFY(captureoutput::bundlePdf({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCaptureOutput)
#include "TestCaptureOutput.moc"
