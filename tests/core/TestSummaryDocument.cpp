// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the take-home summary to a real PDF and reads it back with pdftotext and pdfinfo
// (poppler-utils): amounts, dates and chosen categories appear, one page, nothing promised to a
// young person who is not eligible, no personal data beyond what the page is for.
#include "OffersFixture.h"

#include "TestSupport.h"
#include "offers/OfferCatalogue.h"
#include "offers/SummaryDocument.h"
#include "util/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using passerelle::test::offersSession;

namespace {

/** What a reader of the PDF sees: its text with plain spaces (QLocale uses non-breaking ones). */
struct PdfText
{
    QString text;
    int pages = 0;
};

PdfText readPdf(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    PdfText result;
    const auto text = passerelle::test::runProcess(QStringLiteral("pdftotext"),
                                                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    result.text = QString::fromUtf8(text.out);
    result.text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    result.text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    const auto info = passerelle::test::runProcess(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    result.pages = match.hasMatch() ? match.captured(1).toInt() : -1;
    return result;
}

/** The text with line breaks read as spaces: pdftotext wraps where the page does. */
QString flat(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

const SummarySettings kSettings{QStringLiteral("Mission Locale du Val Test"),
                                QStringLiteral("12 rue des Essais, 75000 Paris\n01 23 45 67 89")};

} // namespace

class TestSummaryDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligibleInFrench();
    void eligibleInEnglish();
    void notEligibleHasNoAmount();
    void dontKnowStillListsIdeas();
    void everyCategoryStillOnePage();
    void languageIsPutBack();
    void writesTheFileAtomically();

private:
    OfferCatalogue m_catalogue;
};

void TestSummaryDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is needed");
    QString error;
    m_catalogue = OfferCatalogue::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(installTranslations(QStringLiteral("fr")));
}

void TestSummaryDocument::eligibleInFrench()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("MUSIQUE_LIVE"), QStringLiteral("JEU")});
    const QByteArray pdf = SummaryDocument::pdf(s, m_catalogue, kSettings, QStringLiteral("fr"));
    QVERIFY(pdf.startsWith("%PDF"));
    const PdfText read = readPdf(pdf);
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    for (const QString &expected :
         {QStringLiteral("150 €"), QStringLiteral("50 €"), QStringLiteral("26 novembre 2026"),
          QStringLiteral("9 mars 2027"), QStringLiteral("9 mars 2029"), QStringLiteral("Concerts"),
          QStringLiteral("Un concert de rap"), QStringLiteral("Un festival de musique l'été"), QStringLiteral("Jeux"),
          QStringLiteral("Un escape game avec tes amis"), QStringLiteral("Un abonnement à des jeux vidéo"),
          s.identityPlan.routeName(), QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89"),
          QStringLiteral("\u2610")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + read.text));
    // Two examples each, not more.
    QVERIFY(!text.contains(QStringLiteral("Un concert d'électro ou de rock")));
    QVERIFY(!text.contains(QStringLiteral("Une soirée jeux de société")));
    // No birth date, no document data: only the kind of document.
    QVERIFY(!text.contains(QStringLiteral("2008")));
    QVERIFY(!text.contains(QStringLiteral("10 mars")));
    QVERIFY(!pdf.contains("2008-03-10"));
}

void TestSummaryDocument::eligibleInEnglish()
{
    const auto s = offersSession("2009-06-01", "2026-11-26", {QStringLiteral("LIVRE")});
    const PdfText read = readPdf(SummaryDocument::pdf(s, m_catalogue, kSettings, QStringLiteral("en")));
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    for (const QString &expected : {QStringLiteral("€50"), QStringLiteral("€150"), QStringLiteral("1 June 2027"),
                                    QStringLiteral("31 May 2030"), QStringLiteral("Books"), QStringLiteral("A manga"),
                                    QStringLiteral("26 November 2026")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + read.text));
    QVERIFY(!text.contains(QStringLiteral("Un manga")));
}

void TestSummaryDocument::notEligibleHasNoAmount()
{
    const auto s = offersSession("2004-01-01", "2026-11-26", {QStringLiteral("CINEMA")});
    QCOMPARE(s.result.status, EligibilityStatus::TooOld);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const PdfText read = readPdf(SummaryDocument::pdf(s, m_catalogue, kSettings, language));
        QCOMPARE(read.pages, 1);
        QVERIFY2(!read.text.contains(QStringLiteral("€")) && !read.text.contains(QStringLiteral("EUR")),
                 qPrintable(read.text));
        QVERIFY(!read.text.contains(QRegularExpression(QStringLiteral("\\d+ ?(€|EUR)"))));
        QVERIFY(read.text.contains(language == QLatin1String("fr") ? QStringLiteral("Cinéma") : QStringLiteral("Cinema")));
        QVERIFY(read.text.contains(QStringLiteral("Mission Locale du Val Test")));
    }
}

void TestSummaryDocument::dontKnowStillListsIdeas()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {});
    const PdfText read = readPdf(SummaryDocument::pdf(s, m_catalogue, {}, QStringLiteral("fr")));
    QCOMPARE(read.pages, 1);
    for (const auto &id : m_catalogue.suggestedWhenUnsure())
        QVERIFY(read.text.contains(m_catalogue.byId(id)->label.fr));
}

void TestSummaryDocument::everyCategoryStillOnePage()
{
    QStringList all;
    for (const auto &c : m_catalogue.categories())
        all << c.id;
    const auto s = offersSession("2008-03-10", "2026-11-26", all, IdentityDocument::ForeignId, false);
    const PdfText read = readPdf(SummaryDocument::pdf(s, m_catalogue, kSettings, QStringLiteral("fr")));
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    for (const auto &c : m_catalogue.categories())
        QVERIFY2(text.contains(c.examples.at(1).text.fr), qPrintable(c.id));
    QVERIFY(text.contains(QStringLiteral("Mission Locale du Val Test")));
}

void TestSummaryDocument::languageIsPutBack()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("JEU")});
    QCOMPARE(currentLanguage(), QStringLiteral("fr"));
    QVERIFY(!SummaryDocument::pdf(s, m_catalogue, kSettings, QStringLiteral("en")).isEmpty());
    QCOMPARE(currentLanguage(), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TestSummaryDocument::writesTheFileAtomically()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("JEU")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    QVERIFY2(SummaryDocument::writePdf(path, s, m_catalogue, kSettings, QStringLiteral("fr"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    QVERIFY(!SummaryDocument::writePdf(dir.filePath(QStringLiteral("missing/out.pdf")), s, m_catalogue, kSettings,
                                       QStringLiteral("fr"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.pdf")});
}

QTEST_MAIN(TestSummaryDocument)
#include "TestSummaryDocument.moc"
