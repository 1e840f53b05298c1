// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the summary page's counselor name. Filled from the settings ("Your name"), written back
// there when changed, printed on the PDF; alone at the kiosk there is no name, on screen or paper.
// The preview shows the same QR code as the PDF, read back with zxing-cpp from the page's pixels.
#include "Profiles.h"
#include "QrDecode.h"
#include "TestSupport.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/offers/OfferCatalogue.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/modes/ModeHooks.h"
#include "ui/wizard/SummaryPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace passerelle;

class TestSummaryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(installTranslations(QStringLiteral("fr")));
        m_catalogue = OfferCatalogue::builtIn();
    }

    void counselorNameFromAndToTheSettings_data()
    {
        QTest::addColumn<bool>("kiosk");
        QTest::newRow("counselor") << false;
        QTest::newRow("kiosk") << true;
    }
    void counselorNameFromAndToTheSettings()
    {
        QFETCH(bool, kiosk);
        QSettings().setValue(QStringLiteral("counselor/name"), QStringLiteral("Camille Martin"));
        const RuleBook book = RuleBook::builtIn();
        const EligibilityEngine engine(book);
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        SessionModel model(engine, clock);
        model.start();
        model.setProfile(test::answeredProfile("10", "6", "2008"));
        QVERIFY(model.evaluate());

        QWidget window;
        ui::setWindowMode(&window, kiosk ? AppMode::Kiosk : AppMode::Counselor);
        auto *page = new ui::SummaryPage(model, m_catalogue, &window);
        (new QVBoxLayout(&window))->addWidget(page);
        window.resize(900, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->initializePage();
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("summaryCounselorEdit"));
        QVERIFY(name);
        QCOMPARE(name->isVisible(), !kiosk);
        QVERIFY(!name->accessibleName().isEmpty());

        QTemporaryDir out;
        if (kiosk) {
            QVERIFY(page->savePdf(out.filePath(QStringLiteral("kiosk.pdf"))));
            QVERIFY(!test::pdfText(out.filePath(QStringLiteral("kiosk.pdf"))).contains(QStringLiteral("Camille")));
            QVERIFY(!page->findChild<QTextBrowser *>(QStringLiteral("summaryPreview"))
                         ->toPlainText()
                         .contains(QStringLiteral("Camille")));
            return;
        }
        QCOMPARE(name->text(), QStringLiteral("Camille Martin"));
        // Another counselor at this desk: the new name goes on the page and is remembered.
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Alex Dupont"));
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QSettings().value(QStringLiteral("counselor/name")).toString(), QStringLiteral("Alex Dupont"));
        auto *preview = page->findChild<QTextBrowser *>(QStringLiteral("summaryPreview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Alex Dupont")));
        QVERIFY(page->savePdf(out.filePath(QStringLiteral("counselor.pdf"))));
        QVERIFY(test::pdfText(out.filePath(QStringLiteral("counselor.pdf"))).contains(QStringLiteral("Alex Dupont")));

        // The preview's QR code is the PDF's: read back from the page's own pixels.
        preview->verticalScrollBar()->setValue(0);
        QCOMPARE(test::decodeQrCodes(preview->viewport()->grab().toImage()),
                 QStringList{QStringLiteral("https://pass.culture.fr/")});
    }

private:
    QTemporaryDir m_dir;
    OfferCatalogue m_catalogue;
};

QTEST_MAIN(TestSummaryPage)
#include "TestSummaryPage.moc"
