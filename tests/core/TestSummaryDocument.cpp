// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the take-home summary to a real PDF and reads it back with pdftotext, pdfinfo and
// pdftoppm (poppler-utils) and zxing-cpp: the key facts at the top, one page, the body in 14 pt,
// the QR code decoding back to the configured link, nothing said twice (nor a sentence of the
// result page's explanation), nothing promised to a young person who is not eligible, no personal
// data beyond what the page is for. In Arabic the page is mirrored: the checklist's boxes at the
// right of their steps, the text aligned right.
// PASSERELLE_SUMMARY_DUMP=<folder> keeps the PDFs the tests write there, to look at them.
#include "OffersFixture.h"

#include "QrDecode.h"
#include "TestSupport.h"
#include "core/eligibility/AnswerFacts.h"
#include "core/eligibility/EligibilityExplainer.h"
#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/util/Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QMap>
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
    const auto text =
        passerelle::test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                                   QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    // -raw: in the order Qt drew the text, so a table cell's lines stay together.
    result.text = QString::fromUtf8(text.out);
    result.text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    result.text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    const auto info = passerelle::test::runProcess(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    result.pages = match.hasMatch() ? match.captured(1).toInt() : -1;
    return result;
}

/** @p text with plain spaces, as readPdf() gives the PDF's text. */
QString plain(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
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

SummarySettings testSettings()
{
    SummarySettings settings;
    settings.missionLocaleName = QStringLiteral("Mission Locale du Val Test");
    settings.missionLocaleContact = QStringLiteral("12 rue des Essais, 75000 Paris\n01 23 45 67 89");
    settings.counselorName = QStringLiteral("Camille Martin");
    return settings;
}
const SummarySettings kSettings = testSettings();

/** The PDF, kept in $PASSERELLE_SUMMARY_DUMP as @p name.pdf when that is set (to look at it). */
QByteArray summaryPdf(const SessionRecord &record, const OfferCatalogue &catalogue, const SummarySettings &settings,
                      const QString &language, const QString &name)
{
    const QByteArray pdf = SummaryDocument::pdf(record, catalogue, settings, language);
    const QString dump = qEnvironmentVariable("PASSERELLE_SUMMARY_DUMP");
    if (!dump.isEmpty()) {
        QFile file(QDir(dump).filePath(name + QStringLiteral(".pdf")));
        if (file.open(QIODevice::WriteOnly))
            file.write(pdf);
    }
    return pdf;
}

/** The words' heights in points, most common first: the body's size shows as the most common height. */
qreal commonWordHeight(const QList<PdfWord> &words)
{
    QMap<int, int> counts; // tenths of a point -> words
    for (const auto &word : words)
        ++counts[qRound(word.box.height() * 10)];
    int best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best / 10.0;
}

/** Sentences of @p text: split after . ! ? and at line ends, trimmed, at least four words. */
QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    for (const auto &part : text.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+|\\n")), Qt::SkipEmptyParts)) {
        const QString sentence = part.simplified();
        if (sentence.split(QLatin1Char(' ')).size() >= 4)
            sentences << sentence;
    }
    return sentences;
}

} // namespace

class TestSummaryDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFactsAtTheTopInFrench();
    void eligibleInEnglish();
    void bodyTextIsFourteenPoints_data();
    void bodyTextIsFourteenPoints();
    void qrCodeLeadsToTheConfiguredLink_data();
    void qrCodeLeadsToTheConfiguredLink();
    void nothingIsSaidTwice_data();
    void nothingIsSaidTwice();
    void notEligibleHasNoAmount();
    void dontKnowStillListsIdeas();
    void everyCategoryStillOnePage_data();
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

void TestSummaryDocument::keyFactsAtTheTopInFrench()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("MUSIQUE_LIVE"), QStringLiteral("JEU")});
    const QByteArray pdf = summaryPdf(s, m_catalogue, kSettings, QStringLiteral("fr"), QStringLiteral("eligible-fr"));
    QVERIFY(pdf.startsWith("%PDF"));
    const PdfText read = readPdf(pdf);
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    // The key facts are the answer card's (AnswerFacts), so that the result page and the paper agree.
    const AnswerFacts facts =
        AnswerFacts::make(s.result, nullptr, s.input.birthDate, s.input.appointmentDate, s.document);
    for (const QString &expected :
         {QStringLiteral("150 €"), QStringLiteral("26 novembre 2026"), QStringLiteral("9 mars 2027"),
          QStringLiteral("Pièce d’identité"), plain(facts.headline), plain(facts.action), plain(facts.document),
          QStringLiteral("Concerts"), QStringLiteral("Un concert de rap"),
          QStringLiteral("Un festival de musique l’été"), QStringLiteral("Jeux"),
          QStringLiteral("Un tournoi de jeux vidéo"), QStringLiteral("Un abonnement à des jeux vidéo"),
          QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89"),
          QStringLiteral("Camille Martin"), QStringLiteral("https://pass.culture.fr/"), QStringLiteral("\u2610")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + read.text));
    // The key facts come first: the amount, the deadline and the document before the next steps.
    const qsizetype steps = text.indexOf(QStringLiteral("\u2610"));
    for (const QString &fact : {QStringLiteral("150 €"), plain(facts.action), plain(facts.document)})
        QVERIFY2(text.indexOf(fact) < steps, qPrintable(fact));
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
    // 17 on the appointment: 50 now, until the day before the 18th birthday to confirm the identity.
    const auto s = offersSession("2009-06-01", "2026-11-26", {QStringLiteral("LIVRE")});
    const PdfText read =
        readPdf(summaryPdf(s, m_catalogue, kSettings, QStringLiteral("en"), QStringLiteral("eligible-en")));
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    for (const QString &expected : {QStringLiteral("€50"), QStringLiteral("31 May 2027"), QStringLiteral("Books"),
                                    QStringLiteral("A manga"), QStringLiteral("26 November 2026")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + read.text));
    QVERIFY(!text.contains(QStringLiteral("Un manga")));
}

void TestSummaryDocument::bodyTextIsFourteenPoints_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("chosen");
    QTest::newRow("fr, two") << QStringLiteral("fr") << QStringList{QStringLiteral("LIVRE"), QStringLiteral("JEU")};
    QTest::newRow("en, one") << QStringLiteral("en") << QStringList{QStringLiteral("CINEMA")};
    QTest::newRow("ar, three") << QStringLiteral("ar")
                               << QStringList{QStringLiteral("LIVRE"), QStringLiteral("JEU"), QStringLiteral("MUSEE")};
}

void TestSummaryDocument::bodyTextIsFourteenPoints()
{
    QFETCH(QString, language);
    QFETCH(QStringList, chosen);
    const auto s = offersSession("2008-03-10", "2026-11-26", chosen, IdentityDocument::FrenchIdCard, true, language);
    const QByteArray pdf = summaryPdf(s, m_catalogue, kSettings, language, QStringLiteral("body-") + language);
    QCOMPARE(readPdf(pdf).pages, 1);
    qreal pageWidth = 0;
    const auto words = pdfWords(pdf, &pageWidth);
    QVERIFY(words.size() > 40);
    // poppler boxes a word from the font's descent to its ascent: DejaVu Sans is 1.164 em tall.
    const qreal points = commonWordHeight(words) / 1.164;
    QVERIFY2(qAbs(points - SummaryDocument::kBodyPointSize) < 0.3, qPrintable(QString::number(points)));
}

void TestSummaryDocument::qrCodeLeadsToTheConfiguredLink_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QUrl>("link");
    QTest::newRow("fr, default") << QStringLiteral("fr") << QUrl();
    QTest::newRow("fr, Mission Locale's page")
        << QStringLiteral("fr") << QUrl(QStringLiteral("https://www.ml-exemple.fr/pass-culture?origine=resume"));
    QTest::newRow("ar, default") << QStringLiteral("ar") << QUrl();
}

void TestSummaryDocument::qrCodeLeadsToTheConfiguredLink()
{
    QFETCH(QString, language);
    QFETCH(QUrl, link);
    SummarySettings settings = kSettings;
    if (!link.isEmpty())
        settings.link = link;
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("LIVRE")}, IdentityDocument::FrenchIdCard,
                                 true, language);
    const QByteArray pdf =
        summaryPdf(s, m_catalogue, settings, language, QStringLiteral("qr-") + QTest::currentDataTag());
    // Rasterised by poppler, read by zxing-cpp: neither wrote it.
    const QList<QImage> pages = test::rasterisePdf(pdf, 150);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(test::decodeQrCodes(pages.first()), QStringList{settings.link.toString()});
    // The link is also written out, for those who type it.
    QVERIFY(
        readPdf(pdf).text.remove(QRegularExpression(QStringLiteral("\\s"))).contains(settings.link.toDisplayString()));
    // The code holds the link and nothing else: no name, no date, no document.
    QVERIFY(!test::decodeQrCode(pages.first()).contains(QStringLiteral("2008")));
}

void TestSummaryDocument::nothingIsSaidTwice_data()
{
    QTest::addColumn<QByteArray>("birth");
    QTest::addColumn<int>("document");
    QTest::newRow("18, eligible") << QByteArray("2008-03-10") << int(IdentityDocument::FrenchIdCard);
    QTest::newRow("17, eligible") << QByteArray("2009-06-01") << int(IdentityDocument::ForeignId);
    QTest::newRow("16, free offers") << QByteArray("2010-05-02") << int(IdentityDocument::FrenchPassport);
    QTest::newRow("14, not yet") << QByteArray("2012-09-30") << int(IdentityDocument::FrenchIdCard);
    QTest::newRow("26, too old") << QByteArray("2000-01-01") << int(IdentityDocument::FrenchIdCard);
}

void TestSummaryDocument::nothingIsSaidTwice()
{
    QFETCH(QByteArray, birth);
    QFETCH(int, document);
    const auto s = offersSession(birth.constData(), "2026-11-26", {QStringLiteral("CINEMA"), QStringLiteral("LIVRE")},
                                 IdentityDocument(document));
    const PdfText read = readPdf(summaryPdf(s, m_catalogue, kSettings, QStringLiteral("fr"),
                                            QStringLiteral("once-") + QString::fromLatin1(birth)));
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text).simplified();
    // The key facts are the answer card's; beyond them, no sentence of the result page's
    // explanation (the details folded for the counselor).
    const AnswerFacts facts =
        AnswerFacts::make(s.result, nullptr, s.input.birthDate, s.input.appointmentDate, s.document);
    QStringList card;
    for (const auto &line : facts.texts())
        card << plain(line).simplified();
    for (const QString &sentence : EligibilityExplainer::sentences(s.result)) {
        const QString line = plain(sentence).simplified();
        if (!card.contains(line))
            QVERIFY2(!text.contains(line), qPrintable(QStringLiteral("repeated from the result page: ") + line));
    }
    // The answer's headline once, and no sentence of the page twice.
    QCOMPARE(text.count(plain(facts.headline).simplified()), 1);
    const QStringList sentences = sentencesOf(read.text);
    QVERIFY(sentences.size() >= 4);
    for (const auto &sentence : sentences)
        QVERIFY2(sentences.count(sentence) == 1, qPrintable(QStringLiteral("said twice: ") + sentence));
    // Each date of the key facts once.
    static const QRegularExpression date(QStringLiteral("\\d{1,2}(er)? [a-zéû]+ 20\\d\\d"));
    QStringList dates;
    for (auto it = date.globalMatch(text); it.hasNext();)
        dates << it.next().captured(0);
    for (const auto &d : dates)
        QVERIFY2(dates.count(d) == 1, qPrintable(QStringLiteral("date said twice: ") + d));
}

void TestSummaryDocument::notEligibleHasNoAmount()
{
    const auto s = offersSession("2004-01-01", "2026-11-26", {QStringLiteral("CINEMA")});
    QCOMPARE(s.result.status, EligibilityStatus::TooOld);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const PdfText read =
            readPdf(summaryPdf(s, m_catalogue, kSettings, language, QStringLiteral("too-old-") + language));
        QCOMPARE(read.pages, 1);
        QVERIFY2(!read.text.contains(QStringLiteral("€")) && !read.text.contains(QStringLiteral("EUR")),
                 qPrintable(read.text));
        QVERIFY(!read.text.contains(QRegularExpression(QStringLiteral("\\d+ ?(€|EUR)"))));
        QVERIFY(
            read.text.contains(language == QLatin1String("fr") ? QStringLiteral("Cinéma") : QStringLiteral("Cinema")));
        QVERIFY(read.text.contains(QStringLiteral("Mission Locale du Val Test")));
        // A kind "no": what exists instead, in the key-facts box, before the rest.
        const QString text = flat(read.text);
        const qsizetype libraries = text.indexOf(language == QLatin1String("fr") ? QStringLiteral("Médiathèques")
                                                                                 : QStringLiteral("Libraries"));
        QVERIFY2(libraries > 0, qPrintable(read.text));
        QVERIFY(libraries < text.indexOf(QStringLiteral("pass.culture.fr")));
    }
}

void TestSummaryDocument::dontKnowStillListsIdeas()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {});
    const PdfText read = readPdf(summaryPdf(s, m_catalogue, {}, QStringLiteral("fr"), QStringLiteral("dont-know")));
    QCOMPARE(read.pages, 1);
    for (const auto &id : m_catalogue.suggestedWhenUnsure())
        QVERIFY(read.text.contains(m_catalogue.byId(id)->label.fr));
    // Without settings: no counselor line, the pass Culture site in the QR code.
    QVERIFY(read.text.contains(QStringLiteral("https://pass.culture.fr/")));
}

void TestSummaryDocument::everyCategoryStillOnePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestSummaryDocument::everyCategoryStillOnePage()
{
    QFETCH(QString, language);
    QStringList all;
    for (const auto &c : m_catalogue.categories())
        all << c.id;
    const auto s = offersSession("2008-03-10", "2026-11-26", all, IdentityDocument::ForeignId, false, language);
    const QByteArray pdf = summaryPdf(s, m_catalogue, kSettings, language, QStringLiteral("every-") + language);
    const PdfText read = readPdf(pdf);
    QCOMPARE(read.pages, 1);
    const QString text = flat(read.text);
    // Every category by name, at 14 pt: the page says less about each rather than shrinking.
    if (language == QLatin1String("fr")) {
        for (const auto &c : m_catalogue.categories())
            QVERIFY2(text.contains(c.label.fr), qPrintable(c.id));
    }
    QVERIFY(text.contains(QStringLiteral("Mission Locale du Val Test")));
    qreal pageWidth = 0;
    QVERIFY2(qAbs(commonWordHeight(pdfWords(pdf, &pageWidth)) / 1.164 - SummaryDocument::kBodyPointSize) < 0.3,
             "the body is not in 14 pt");
    QCOMPARE(test::decodeQrCodes(test::rasterisePdf(pdf, 150).value(0)), QStringList{kSettings.link.toString()});
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
    SummaryDocument::fill(document, s, m_catalogue, kSettings, language);
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
    QVERIFY(boxes >= 2);
    QVERIFY(paragraphs >= 6);

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
