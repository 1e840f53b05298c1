// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the QR code's link. The counselor's settings take a web address (refused inline, in
// one plain sentence, when it is not one) and the summary and the kiosk read it back; the QR code
// widget paints it crisply at any size, read back by zxing-cpp from the widget's own pixels.
#include "QrDecode.h"
#include "core/util/WebLink.h"
#include "ui/SiteSettings.h"
#include "ui/modes/SettingsDialog.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/QrCodeView.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using passerelle::test::decodeQrCode;

class TestSiteLink : public QObject
{
    Q_OBJECT

private slots:
    void thePassCultureSiteByDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(ui::siteLink(settings), QUrl(QStringLiteral("https://pass.culture.fr/")));
        ui::SettingsDialog dialog(settings);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteLinkEdit"));
        QVERIFY(edit);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(edit->placeholderText(), QStringLiteral("https://pass.culture.fr/"));
        QVERIFY(!edit->accessibleName().isEmpty());
        QVERIFY(dialog.save());
        QVERIFY(!settings.contains(QStringLiteral("site/link")));
    }

    void roundTripsThroughTheSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ui::SettingsDialog dialog(settings);
            auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteLinkEdit"));
            QTest::keyClicks(edit, QStringLiteral("www.ml-exemple.fr/pass-culture"));
            QVERIFY(dialog.save());
            QCOMPARE(edit->text(), QStringLiteral("https://www.ml-exemple.fr/pass-culture"));
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ui::siteLink(settings), QUrl(QStringLiteral("https://www.ml-exemple.fr/pass-culture")));
        {
            ui::SettingsDialog dialog(settings);
            auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteLinkEdit"));
            QCOMPARE(edit->text(), QStringLiteral("https://www.ml-exemple.fr/pass-culture"));
            // Emptied: back to the pass Culture site, and the key is gone.
            edit->clear();
            QVERIFY(dialog.save());
        }
        QVERIFY(!settings.contains(QStringLiteral("site/link")));
        QCOMPARE(ui::siteLink(settings), weblink::passCultureSite());
    }

    void refusesABadLinkInline_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("ftp") << QStringLiteral("ftp://pass.culture.fr/");
        QTest::newRow("space") << QStringLiteral("pass culture");
        QTest::newRow("no site") << QStringLiteral("https://");
        QTest::newRow("script") << QStringLiteral("javascript:alert(1)");
    }
    void refusesABadLinkInline()
    {
        QFETCH(QString, typed);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("site/link"), QStringLiteral("https://www.ml-exemple.fr/"));
        ui::SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("siteLinkEdit"));
        auto *error = dialog.findChild<ui::MessageLine *>(QStringLiteral("siteLinkError"));
        QVERIFY(edit && error);
        QVERIFY(!error->isVisible());
        edit->clear();
        QTest::keyClicks(edit, typed);
        QVERIFY(!dialog.save());
        // Said under the field, the field keeps what was typed, and nothing was saved.
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(edit->hasFocus());
        QCOMPARE(edit->text(), typed);
        QCOMPARE(settings.value(QStringLiteral("site/link")).toString(), QStringLiteral("https://www.ml-exemple.fr/"));
        // Fixed: the error goes while typing, and the link is saved.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("https://pass.culture.fr/jeunes"));
        QVERIFY(!error->isVisible());
        QVERIFY(dialog.save());
        QCOMPARE(ui::siteLink(settings), QUrl(QStringLiteral("https://pass.culture.fr/jeunes")));
    }

    void aHandEditedBadValueGivesTheDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("site/link"), QStringLiteral("file:///home/jeune/papiers"));
        QCOMPARE(ui::siteLink(settings), weblink::passCultureSite());
    }

    void viewIsReadableAndCrispAtAnySize_data()
    {
        QTest::addColumn<int>("side");
        for (int side : {70, 99, 173, 260, 401})
            QTest::addRow("%d px", side) << side;
    }
    void viewIsReadableAndCrispAtAnySize()
    {
        QFETCH(int, side);
        ui::QrCodeView view;
        const QUrl link(QStringLiteral("https://pass.culture.fr/"));
        QVERIFY(view.setLink(link));
        view.resize(side, side + 30); // not square: the code stays square, centred
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.modulePixels() >= 2);
        const QImage image = view.grab().toImage();
        QCOMPARE(decodeQrCode(image), link.toString());
        // Whole pixels a module: nothing but pure black and pure white in the code, and the
        // modules where the code says.
        // In device pixels: the grab is twice the widget's size at a 200 % screen scale.
        const qreal ratio = image.devicePixelRatio();
        const QRectF logical = view.codeRect();
        const QRect square(qRound(logical.x() * ratio), qRound(logical.y() * ratio), qRound(logical.width() * ratio),
                           qRound(logical.height() * ratio));
        QCOMPARE(square.width(), view.modulePixels() * view.code().sizeWithQuietZone());
        QVERIFY(image.rect().contains(square));
        QVERIFY(qAbs(square.center().x() - image.width() / 2) <= 1);
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8).copy(square);
        const int module = view.modulePixels();
        for (int y = 0; y < grey.height(); ++y) {
            for (int x = 0; x < grey.width(); ++x) {
                const int level = qGray(grey.pixel(x, y));
                QVERIFY2(level == 0 || level == 255,
                         qPrintable(QStringLiteral("grey %1 at %2,%3").arg(level).arg(x).arg(y)));
                const bool dark = view.code().isDark(x / module - QrCode::kQuietZone, y / module - QrCode::kQuietZone);
                QCOMPARE(level == 0, dark);
            }
        }
    }

    void viewSaysWhereItLeads()
    {
        ui::QrCodeView view;
        QVERIFY(view.setLink(weblink::passCultureSite()));
        QVERIFY2(view.accessibleName().contains(QStringLiteral("the pass Culture site")),
                 qPrintable(view.accessibleName()));
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("https://pass.culture.fr/")));
        QVERIFY(view.setLink(QUrl(QStringLiteral("https://www.ml-exemple.fr/pass"))));
        QVERIFY2(view.accessibleName().contains(QStringLiteral("www.ml-exemple.fr")),
                 qPrintable(view.accessibleName()));
        QVERIFY(view.heightForWidth(200) == 200);
    }
};

QTEST_MAIN(TestSiteLink)
#include "TestSiteLink.moc"
