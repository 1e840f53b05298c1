// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the take-home summary to a real PDF and reads it back with pdftotext and pdfinfo
// (poppler-utils): amounts, dates and chosen categories appear, one page, nothing promised to a
// young person who is not eligible, no personal data beyond what the page is for. In Arabic the page
// is mirrored: the checklist's boxes at the right of their steps, the text aligned right.
#include "OffersFixture.h"

#include "TestSupport.h"
#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/util/Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

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
    const auto text = passerelle::test::runProcess(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
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

/** Where the first line of @p block's text starts and ends across the page, in @p document's coordinates. */
QPair<qreal, qreal> lineSpan(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF box = document.documentLayout()->blockBoundingRect(block);
    const QRectF line = block.layout()->lineAt(0).naturalTextRect();
    return {box.left() + line.left(), box.left() + line.right()};
}

/** A word of a PDF page as pdftotext -bbox places it (points from the top left corner). */
struct PdfWord
{
    QString text;
    QRectF box;
};

QList<PdfWord> pdfWords(const QByteArray &pdf, qreal *pageWidth)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    const QString html = QString::fromUtf8(
        passerelle::test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")})
            .out);
    const auto page = QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\"")).match(html);
    *pageWidth = page.hasMatch() ? page.captured(1).toDouble() : 0;
    QList<PdfWord> words;
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words << PdfWord{m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                               QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
    }
    return words;
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
    void followsTheTextDirection_data();
    void followsTheTextDirection();

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
          QStringLiteral("Un concert de rap"), QStringLiteral("Un festival de musique l’été"), QStringLiteral("Jeux"),
          QStringLiteral("Un tournoi de jeux vidéo"), QStringLiteral("Un abonnement à des jeux vidéo"),
          s.identityPlan.routeName(), QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89"),
          QStringLiteral("\u2610")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + read.text));
    // Two examples each, not more.
    QVERIFY(!text.contains(QStringLiteral("Un concert d’électro ou de rock")));
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
    for (const QString &expected :
         {QStringLiteral("€50"), QStringLiteral("€150"), QStringLiteral("1 June 2027"), QStringLiteral("31 May 2030"),
          QStringLiteral("Books"), QStringLiteral("A manga"), QStringLiteral("26 November 2026")})
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
        QVERIFY(
            read.text.contains(language == QLatin1String("fr") ? QStringLiteral("Cinéma") : QStringLiteral("Cinema")));
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
    QVERIFY2(SummaryDocument::writePdf(path, s, m_catalogue, kSettings, QStringLiteral("fr"), &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
    QVERIFY(!SummaryDocument::writePdf(dir.filePath(QStringLiteral("missing/out.pdf")), s, m_catalogue, kSettings,
                                       QStringLiteral("fr"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.pdf")});
}

void TestSummaryDocument::followsTheTextDirection_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestSummaryDocument::followsTheTextDirection()
{
    QFETCH(QString, language);
    const bool rtl = language == QLatin1String("ar");
    // Three categories: the last row of the two-column table holds one.
    const auto s = offersSession("2008-03-10", "2026-11-26",
                                 {QStringLiteral("JEU"), QStringLiteral("LIVRE"), QStringLiteral("CINEMA")},
                                 IdentityDocument::FrenchIdCard, true, language);

    // The preview: the HTML laid out in the language's direction, as the summary page shows it.
    QVERIFY(installTranslations(language));
    const auto back = qScopeGuard([] { installTranslations(QStringLiteral("fr")); });
    QTextDocument document;
    document.setTextWidth(600);
    SummaryDocument::setTextDirection(document, language);
    document.setHtml(SummaryDocument::html(s, m_catalogue, kSettings, language));
    const qreal left = document.documentMargin();
    const qreal right = document.textWidth() - document.documentMargin();
    int boxes = 0;
    int paragraphs = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().isEmpty())
            continue;
        const auto [start, end] = lineSpan(document, block);
        QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (!table) {
            // Titles and paragraphs start at the margin of their direction.
            ++paragraphs;
            QVERIFY2(rtl ? qAbs(end - right) < 2 : qAbs(start - left) < 2, qPrintable(block.text()));
            continue;
        }
        if (block.text() != QStringLiteral("\u2610"))
            continue;
        // A box of the checklist: at the side where the line starts, its step right after it.
        ++boxes;
        const QRectF box = document.documentLayout()->blockBoundingRect(block);
        const int row = table->cellAt(cursor).row();
        QTextBlock stepBlock;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextBlock other = table->cellAt(row, column).firstCursorPosition().block();
            if (other != block && !other.text().isEmpty())
                stepBlock = other;
        }
        QVERIFY(stepBlock.isValid());
        const auto [stepStart, stepEnd] = lineSpan(document, stepBlock);
        if (rtl) {
            QVERIFY2(box.right() > right - 30, qPrintable(stepBlock.text()));
            QVERIFY2(stepEnd <= box.left() && box.left() - stepEnd < 10, qPrintable(stepBlock.text()));
        } else {
            QVERIFY2(box.left() < left + 30, qPrintable(stepBlock.text()));
            QVERIFY2(stepStart >= box.right() && stepStart - box.right() < 10, qPrintable(stepBlock.text()));
        }
    }
    QVERIFY(boxes >= 3);
    QVERIFY(paragraphs >= 10);

    // The PDF: each box on the side where its line starts, every word of its step on the other side.
    qreal pageWidth = 0;
    const auto words = pdfWords(SummaryDocument::pdf(s, m_catalogue, kSettings, language), &pageWidth);
    QVERIFY(pageWidth > 0);
    int pdfBoxes = 0;
    for (const auto &word : words) {
        if (word.text != QStringLiteral("\u2610"))
            continue;
        ++pdfBoxes;
        QVERIFY(rtl ? word.box.center().x() > pageWidth * 0.75 : word.box.center().x() < pageWidth * 0.25);
        int sameLine = 0;
        for (const auto &other : words) {
            if (&other == &word || qAbs(other.box.center().y() - word.box.center().y()) > 2)
                continue;
            ++sameLine;
            QVERIFY2(rtl ? other.box.right() <= word.box.left() : other.box.left() >= word.box.right(),
                     qPrintable(other.text));
        }
        QVERIFY(sameLine > 0);
    }
    QCOMPARE(pdfBoxes, boxes);
}

QTEST_MAIN(TestSummaryDocument)
#include "TestSummaryDocument.moc"
