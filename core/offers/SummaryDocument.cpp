// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/offers/SummaryDocument.h"

#include "core/eligibility/AnswerFacts.h"
#include "core/offers/OfferCatalogue.h"
#include "core/offers/OfferGuide.h"
#include "core/session/SessionRecord.h"
#include "core/util/Dates.h"
#include "core/util/Fail.h"
#include "core/util/QrCode.h"
#include "core/util/Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImageReader>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextOption>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct SummaryDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)
};

/** Switches the translations to the summary's language for one rendering, then puts them back. */
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language)
        : m_previous(currentLanguage())
    {
        m_changed = language != m_previous && installTranslations(language);
    }
    ~ScopedLanguage()
    {
        if (m_changed)
            installTranslations(m_previous);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
    bool m_changed = false;
};

const QString kQrName = QStringLiteral("qr:code");

/**
 * Draws the page's images: the categories' icons from the document's resources, and the QR code
 * (the image named kQrName) with QrCode::paint(), as vector modules in the PDF and on paper and
 * with whole pixels a module on screen. Sizes are the HTML's, in 96 dpi pixels, scaled to the
 * layout's device as Qt's own image handler does.
 */
class PageImages : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    PageImages(QrCode code, QObject *parent)
        : QObject(parent)
        , m_code(std::move(code))
    {}

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
        return QSizeF(image.width(), image.height()) * scale;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                    const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        if (image.name() != kQrName) {
            const QImage icon = document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            painter->save();
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(rect, icon);
            painter->restore();
            return;
        }
        if (m_code.isNull())
            return;
        const int total = m_code.sizeWithQuietZone();
        const qreal module = std::max<qreal>(1, std::floor(std::min(rect.width(), rect.height()) / total));
        const qreal side = module * total;
        m_code.paint(*painter, QRectF(std::round(rect.center().x() - side / 2),
                                      std::round(rect.center().y() - side / 2), side, side));
    }

private:
    QrCode m_code;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/**
 * One table row. Qt lays table columns out left to right whatever the text direction, so right to
 * left the cells come in reverse: the first one stands at the right.
 */
QString row(QStringList cells, bool rtl)
{
    if (rtl)
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

/**
 * A bulleted list (or a checklist) of lines already in HTML: right to left, the table takes the
 * whole width, bullets at the right.
 */
QString htmlList(const QStringList &lines, const QString &bullet, bool rtl)
{
    QString html = rtl ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
                       : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &line : lines) {
        html +=
            row({QStringLiteral("<td width=\"26\">%1</td>").arg(bullet), QStringLiteral("<td>%1</td>").arg(line)}, rtl);
    }
    return html + QStringLiteral("</table>");
}

/** The same for plain text lines. */
QString list(const QStringList &lines, const QString &bullet, bool rtl)
{
    QStringList escaped;
    for (const auto &line : lines)
        escaped << esc(line);
    return htmlList(escaped, bullet, rtl);
}

QUrl iconUrl(const QString &categoryId)
{
    return QUrl(QStringLiteral("icon:%1").arg(categoryId));
}

QString categoriesTable(const TailoredOffers &t, SummaryDocument::Detail detail, bool rtl)
{
    if (detail == SummaryDocument::Detail::NamesOnly) {
        QStringList names;
        for (const auto &c : t.chosen)
            names << c.label;
        //: Between the names of the categories a young person likes, on the summary
        return QStringLiteral("<p>%1</p>").arg(esc(names.join(SummaryDocumentText::tr(", "))));
    }
    const int examples = detail == SummaryDocument::Detail::TwoExamples ? 2 : 1;
    // Two columns keep even a long choice on the one page.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (qsizetype i = 0; i < t.chosen.size(); i += 2) {
        QStringList cells;
        for (qsizetype j = i; j < std::min(i + 2, t.chosen.size()); ++j) {
            const auto &c = t.chosen.at(j);
            cells << QStringLiteral("<td width=\"38\" valign=\"top\"><p dir=\"ltr\"><img src=\"%1\" width=\"32\" "
                                    "height=\"32\"></p></td>")
                         .arg(iconUrl(c.id).toString())
                  << QStringLiteral("<td width=\"45%\" valign=\"top\"><b>%1</b><br>%2</td>")
                         .arg(esc(c.label), esc(c.examples.mid(0, examples).join(QStringLiteral(" · "))));
        }
        // Right to left, a lone last category still starts at the right.
        while (rtl && cells.size() < 4)
            cells << QStringLiteral("<td></td>");
        html += row(cells, rtl);
    }
    return html + QStringLiteral("</table>");
}

void addIcons(QTextDocument &document, const TailoredOffers &t, int pixels)
{
    for (const auto &c : t.chosen) {
        QImageReader reader(c.iconPath);
        reader.setScaledSize(QSize(pixels, pixels));
        const QImage image = reader.read();
        if (!image.isNull())
            document.addResource(QTextDocument::ImageResource, iconUrl(c.id), image);
    }
}

QString day(QDate date)
{
    return dates::toLongText(date);
}

/**
 * The key facts, said once on the page, from the answer card's AnswerFacts (so that the result
 * page and the summary never disagree): the headline, the amount, the one thing to do with its
 * date, the document; for a "no", what exists instead comes in the box too.
 */
AnswerFacts keyFacts(const SessionRecord &record)
{
    // No rule set: the summary draws no timeline.
    return AnswerFacts::make(record.result, nullptr, record.input.birthDate, record.input.appointmentDate,
                             record.document);
}

/** The next steps, without what the key facts already say (the identity check and its date). */
QStringList nextSteps(const TailoredOffers &t)
{
    QStringList steps;
    const QString install = SummaryDocumentText::tr("Install the pass Culture app and create your account.");
    const QString firstIdea =
        t.chosen.isEmpty() || t.chosen.first().examples.isEmpty() ? QString() : t.chosen.first().examples.first();
    switch (t.outlook) {
    case PassOutlook::CreditNow:
        steps << install
              << (firstIdea.isEmpty() ? SummaryDocumentText::tr("Book your first offer.")
                                      : SummaryDocumentText::tr("Book your first offer. An idea: %1.")
                                            .arg(firstIdea.left(1).toLower() + firstIdea.mid(1)));
        break;
    case PassOutlook::FreeOffersNow:
        steps << install << SummaryDocumentText::tr("Book a free offer.");
        break;
    case PassOutlook::Later:
        steps << SummaryDocumentText::tr("Put a reminder in your phone for that day.")
              << SummaryDocumentText::tr("Keep your identity document valid.");
        break;
    case PassOutlook::NotAvailable:
        break; // the box says what exists instead and what to do
    }
    return steps;
}

QString keyFactsBox(const AnswerFacts &f, bool rtl)
{
    // A callout: a blue bar on the side where lines start, the facts on a light blue ground.
    QString inner = QStringLiteral("<p style=\"font-size: large;\"><b>%1</b></p>").arg(esc(f.headline));
    if (!f.amount.isEmpty())
        inner +=
            QStringLiteral("<p><b style=\"font-size: large;\">%1</b> %2</p>").arg(esc(f.amount), esc(f.amountCaption));
    QStringList help;
    // Each idea's title in bold, its sentence below it.
    for (const auto &other : f.otherHelp)
        help << QStringLiteral("<b>%1</b><br>%2").arg(esc(other.title), esc(other.text));
    if (f.otherHelpFirst)
        inner += htmlList(help, QStringLiteral("\u2022"), rtl);
    for (const QString &line : {f.action, f.document}) {
        if (!line.isEmpty())
            inner += QStringLiteral("<p>%1</p>").arg(esc(line));
    }
    if (!f.otherHelpFirst && !help.isEmpty())
        inner += htmlList(help, QStringLiteral("\u2022"), rtl);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">") +
           row({QStringLiteral("<td width=\"8\" bgcolor=\"#000091\"></td>"),
                QStringLiteral("<td bgcolor=\"#E8EDFF\">%1</td>").arg(inner)},
               rtl) +
           QStringLiteral("</table>");
}

QString qrBlock(const SummarySettings &settings, bool rtl)
{
    const QString side = QString::number(qRound(SummaryDocument::kQrMillimetres / 25.4 * 96));
    // The image's paragraph is left to right: Qt places an image of a right-to-left line off its
    // cell. The link is left to right too, as it is read.
    const QString code = QStringLiteral("<td width=\"%1\" valign=\"middle\"><p dir=\"ltr\"><img src=\"%2\" "
                                        "width=\"%1\" height=\"%1\"></p></td>")
                             .arg(side, kQrName);
    const QString text =
        QStringLiteral("<td valign=\"middle\"><p>%1</p><p dir=\"ltr\" align=\"%3\"><b>%2</b></p></td>")
            .arg(esc(SummaryDocumentText::tr("Scan this code with your phone's camera. It opens %1:")
                         .arg(weblink::describe(settings.link))),
                 esc(settings.link.toDisplayString()), rtl ? QStringLiteral("right") : QStringLiteral("left"));
    // Side by side: right to left the code stands at the right (see row()).
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top: 8px;\">") +
           row({code, text}, rtl) + QStringLiteral("</table>");
}

} // namespace

QString SummaryDocument::html(const SessionRecord &record, const OfferCatalogue &catalogue,
                              const SummarySettings &settings, const QString &language, Detail detail)
{
    const TailoredOffers t = OfferGuide::tailor(catalogue, record.chosenCategories, record.result, record.identityPlan,
                                                record.document, language);
    // Right to left, the lists, the boxes and the categories' table are mirrored too (see row()).
    const bool rtl = QLocale(language).textDirection() == Qt::RightToLeft;
    QString html = rtl ? QStringLiteral("<html><body dir=\"rtl\">") : QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(SummaryDocumentText::tr("Your pass Culture: what to remember")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(SummaryDocumentText::tr("Appointment of %1").arg(day(record.input.appointmentDate))));

    html += keyFactsBox(keyFacts(record), rtl);

    if (const QStringList steps = nextSteps(t); !steps.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("Your next steps")));
        html += list(steps, QStringLiteral("\u2610"), rtl);
    }

    if (settings.link.isValid())
        html += qrBlock(settings, rtl);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("What you like")));
    html += QStringLiteral("<p>%1</p>").arg(esc(t.categoriesIntro)) + categoriesTable(t, detail, rtl);

    // Who to call: the counselor, the Mission Locale and its contact, once, at the foot of the page.
    QStringList contact;
    if (!settings.counselorName.isEmpty())
        contact << esc(SummaryDocumentText::tr("Your contact at the Mission Locale: %1").arg(settings.counselorName));
    if (!settings.missionLocaleName.isEmpty())
        contact << QStringLiteral("<b>%1</b>").arg(esc(settings.missionLocaleName));
    if (!settings.missionLocaleContact.isEmpty())
        contact << esc(settings.missionLocaleContact).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!contact.isEmpty())
        html += QStringLiteral("<hr><p>%1</p>").arg(contact.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p style=\"font-size: small;\">%1</p>")
                .arg(esc(SummaryDocumentText::tr("This page holds no copy of your documents.")));
    return html + QStringLiteral("</body></html>");
}

void SummaryDocument::fill(QTextDocument &document, const SessionRecord &record, const OfferCatalogue &catalogue,
                           const SummarySettings &settings, const QString &language, Detail detail, int iconPixels)
{
    // The images, the QR code among them, are drawn by PageImages (one handler per document),
    // registered before the text is laid out so that every line is measured with it.
    delete document.findChild<PageImages *>();
    document.documentLayout()->registerHandler(QTextFormat::ImageObject,
                                               new PageImages(QrCode::encode(settings.link.toString()), &document));
    setTextDirection(document, language);
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { color: #000091; font-size: x-large; margin-bottom: 4px; }"
                       " h2 { color: #000091; font-size: large; margin-top: 14px; margin-bottom: 4px; }"
                       " p { margin-top: 2px; margin-bottom: 2px; }"));
    addIcons(document,
             OfferGuide::tailor(catalogue, record.chosenCategories, record.result, record.identityPlan, record.document,
                                language),
             iconPixels);
    document.setHtml(html(record, catalogue, settings, language, detail));
}

bool SummaryDocument::render(QPagedPaintDevice &device, const SessionRecord &record, const OfferCatalogue &catalogue,
                             const SummarySettings &settings, const QString &language, QString *error)
{
    const ScopedLanguage scope(language);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont font(QStringLiteral("DejaVu Sans"));
    // Without shaping, Latin text keeps plain letters (no "fi" ligature): the PDF's text is then
    // found by search, copy and screen readers as written. Arabic letters need shaping to join.
    if (QLocale(language).textDirection() != Qt::RightToLeft)
        font.setStyleStrategy(QFont::PreferNoShaping);
    // One page, measured without pagination: a paginated layout can leave the blocks after a
    // table unlaid (zero height) and count one page where two are needed.
    const auto layOut = [&](Detail detail, double points) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&device);
        document->setDocumentMargin(0);
        document->setTextWidth(page.width());
        font.setPointSizeF(points);
        document->setDefaultFont(font);
        fill(*document, record, catalogue, settings, language, detail);
        return document;
    };
    // The body stays at 14 pt: with many categories the page says less about each one. Only a
    // contact of many lines could still overflow; then, and only then, the text gets smaller.
    const auto fits = [&page](const QTextDocument &document) { return document.size().height() <= page.height(); };
    std::unique_ptr<QTextDocument> document;
    for (Detail detail : {Detail::TwoExamples, Detail::OneExample, Detail::NamesOnly}) {
        document = layOut(detail, kBodyPointSize);
        if (fits(*document))
            break;
    }
    for (double size = kBodyPointSize - 0.5; !fits(*document) && size >= 8.0; size -= 0.5)
        document = layOut(Detail::NamesOnly, size);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(error, SummaryDocumentText::tr("The summary could not be drawn."));
    document->drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    return true;
}

void SummaryDocument::setTextDirection(QTextDocument &document, const QString &language)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(QLocale(language).textDirection());
    document.setDefaultTextOption(option);
}

QByteArray SummaryDocument::pdf(const SessionRecord &record, const OfferCatalogue &catalogue,
                                const SummarySettings &settings, const QString &language, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("pass Culture"));
        writer.setCreator(QStringLiteral("Passerelle"));
        if (!render(writer, record, catalogue, settings, language, error))
            return {};
    }
    return buffer.data();
}

bool SummaryDocument::writePdf(const QString &path, const SessionRecord &record, const OfferCatalogue &catalogue,
                               const SummarySettings &settings, const QString &language, QString *error)
{
    const QByteArray bytes = pdf(record, catalogue, settings, language, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, SummaryDocumentText::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return true;
}

} // namespace passerelle

#include "SummaryDocument.moc"
