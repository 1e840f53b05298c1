// SPDX-License-Identifier: GPL-3.0-or-later
// The QR code of the summary and the kiosk: written by libqrencode (core/util/QrCode), read back by
// zxing-cpp, an independent reader, from the image, from a painting at odd sizes and from a PDF
// page rasterised by poppler. And the link a counselor types: http(s) with a site name, or refused
// in one plain sentence.
#include "QrDecode.h"
#include "core/util/QrCode.h"
#include "core/util/WebLink.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTest>

using namespace passerelle;
using passerelle::test::decodeQrCode;

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesAndDecodesFromItsImage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("pass Culture") << QStringLiteral("https://pass.culture.fr/");
        QTest::newRow("long path") << QStringLiteral("https://www.mission-locale-exemple.fr/nos-actions/pass-culture"
                                                     "?origine=resume-papier&campagne=2026");
        QTest::newRow("accents") << QStringLiteral("https://exemple.fr/caf\u00e9-th\u00e9\u00e2tre");
    }
    void encodesAndDecodesFromItsImage()
    {
        QFETCH(QString, text);
        QString error;
        const QrCode code = QrCode::encode(text, &error);
        QVERIFY2(!code.isNull(), qPrintable(error));
        QCOMPARE(code.text(), text);
        QVERIFY(code.size() >= 21);
        QCOMPARE((code.size() - 17) % 4, 0); // versions grow by 4 modules
        const QImage image = code.toImage(4);
        QCOMPARE(image.width(), code.sizeWithQuietZone() * 4);
        QCOMPARE(decodeQrCode(image), text);
    }

    void hasItsQuietZone()
    {
        const QrCode code = QrCode::encode(QStringLiteral("https://pass.culture.fr/"));
        const QImage image = code.toImage(3).convertToFormat(QImage::Format_Grayscale8);
        const int margin = QrCode::kQuietZone * 3;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool inMargin =
                    x < margin || y < margin || x >= image.width() - margin || y >= image.height() - margin;
                if (inMargin)
                    QCOMPARE(qGray(image.pixel(x, y)), 255);
            }
        }
        // The finder pattern's corner is dark, just inside the quiet zone.
        QVERIFY(code.isDark(0, 0));
        QCOMPARE(qGray(image.pixel(margin, margin)), 0);
        QCOMPARE(decodeQrCode(image), code.text());
    }

    void paintsReadablyAtAnySize_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<bool>("mirrored");
        // Whole and fractional pixels a module; a right-to-left painter must not mirror the code.
        for (int side : {66, 101, 137, 250, 333})
            QTest::addRow("%d px", side) << side << false;
        QTest::newRow("right to left") << 137 << true;
    }
    void paintsReadablyAtAnySize()
    {
        QFETCH(int, side);
        QFETCH(bool, mirrored);
        const QString link = QStringLiteral("https://pass.culture.fr/");
        const QrCode code = QrCode::encode(link);
        QImage canvas(side + 40, side + 20, QImage::Format_RGB32);
        canvas.fill(QColor(0xE3, 0xE3, 0xFD)); // a tinted page around the white square
        {
            QPainter painter(&canvas);
            if (mirrored)
                painter.setLayoutDirection(Qt::RightToLeft);
            code.paint(painter, QRectF(20, 10, side, side));
        }
        QCOMPARE(decodeQrCode(canvas), link);
        // Painted without anti-aliasing: only black and white inside the square.
        const QImage inside = canvas.copy(22, 12, side - 4, side - 4).convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < inside.height(); ++y)
            for (int x = 0; x < inside.width(); ++x)
                QVERIFY(qGray(inside.pixel(x, y)) == 0 || qGray(inside.pixel(x, y)) == 255);
    }

    void decodesFromAPdfPageRasterisedByPoppler()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils, scripts/install-deps.sh) is missing: the PDF was not read back");
        const QString link = QStringLiteral("https://pass.culture.fr/");
        const QrCode code = QrCode::encode(link);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QPainter painter(&writer);
            // 3 cm wide, as on the summary.
            code.paint(painter, QRectF(300, 300, 3.0 / 2.54 * 300, 3.0 / 2.54 * 300));
        }
        const QList<QImage> pages = test::rasterisePdf(buffer.data(), 100);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(decodeQrCode(pages.first()), link);
    }

    void refusesWhatCannotBeEncoded()
    {
        QString error;
        QVERIFY(QrCode::encode(QString(), &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(QrCode::encode(QString(4000, QLatin1Char('x')), &error).isNull());
        QVERIFY(!error.isEmpty());
        QVERIFY(QrCode().toImage(4).isNull());
    }

    void readsTheLinksACounselorTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << QStringLiteral("https://pass.culture.fr/")
                                 << QStringLiteral("https://pass.culture.fr/");
        QTest::newRow("no scheme") << QStringLiteral("pass.culture.fr") << QStringLiteral("https://pass.culture.fr/");
        QTest::newRow("spaces around") << QStringLiteral("  https://pass.culture.fr/  ")
                                       << QStringLiteral("https://pass.culture.fr/");
        QTest::newRow("http") << QStringLiteral("http://www.ml-exemple.fr/pass")
                              << QStringLiteral("http://www.ml-exemple.fr/pass");
        QTest::newRow("upper case") << QStringLiteral("HTTPS://Pass.Culture.FR/Offres")
                                    << QStringLiteral("https://pass.culture.fr/Offres");
        QTest::newRow("query") << QStringLiteral("https://ml-exemple.fr/p?x=1")
                               << QStringLiteral("https://ml-exemple.fr/p?x=1");
    }
    void readsTheLinksACounselorTypes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString why;
        const auto link = weblink::parse(typed, &why);
        QVERIFY2(link, qPrintable(why));
        QCOMPARE(link->toString(), expected);
    }

    void refusesWhatIsNotAWebLink_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://pass.culture.fr/");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("mailto") << QStringLiteral("mailto:contact@ml-exemple.fr");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("space") << QStringLiteral("https://pass culture.fr/");
        QTest::newRow("no host") << QStringLiteral("https:///chemin");
        QTest::newRow("no dot") << QStringLiteral("https://intranet/");
        QTest::newRow("word") << QStringLiteral("passculture");
        QTest::newRow("password") << QStringLiteral("https://jean:secret@pass.culture.fr/");
        QTest::newRow("too long") << QStringLiteral("https://pass.culture.fr/") + QString(200, QLatin1Char('a'));
    }
    void refusesWhatIsNotAWebLink()
    {
        QFETCH(QString, typed);
        QString why;
        QVERIFY(!weblink::parse(typed, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.endsWith(QLatin1Char('.')), qPrintable(why)); // one whole sentence
    }

    void describesWhereTheLinkLeads()
    {
        QCOMPARE(weblink::describe(weblink::passCultureSite()), QStringLiteral("the pass Culture site"));
        QCOMPARE(weblink::describe(QUrl(QStringLiteral("https://pass.culture.fr"))),
                 QStringLiteral("the pass Culture site"));
        QCOMPARE(weblink::describe(QUrl(QStringLiteral("https://www.ml-exemple.fr/pass"))),
                 QStringLiteral("www.ml-exemple.fr"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts
    TestQrCode test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestQrCode.moc"
