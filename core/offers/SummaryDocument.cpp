// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/offers/SummaryDocument.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/OfferGuide.h"
#include "core/session/SessionRecord.h"
#include "core/util/Dates.h"
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
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

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

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QStringList &lines)
{
    QString html;
    for (const auto &line : lines)
        html += QStringLiteral("<p>%1</p>").arg(esc(line));
    return html;
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

/** A bulleted list (or a checklist): right to left, the table takes the whole width, bullets at the right. */
QString list(const QStringList &lines, const QString &bullet, bool rtl)
{
    QString html = rtl ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">")
                       : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto &line : lines) {
        html +=
            row({QStringLiteral("<td width=\"22\">%1</td>").arg(bullet), QStringLiteral("<td>%1</td>").arg(esc(line))},
                rtl);
    }
    return html + QStringLiteral("</table>");
}

QUrl iconUrl(const QString &categoryId)
{
    return QUrl(QStringLiteral("icon:%1").arg(categoryId));
}

QString categoriesTable(const TailoredOffers &t, bool rtl)
{
    // Two columns keep even a long choice on the one page.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (qsizetype i = 0; i < t.chosen.size(); i += 2) {
        QStringList cells;
        for (qsizetype j = i; j < std::min(i + 2, t.chosen.size()); ++j) {
            const auto &c = t.chosen.at(j);
            cells << QStringLiteral("<td width=\"34\" valign=\"top\"><img src=\"%1\" width=\"28\" height=\"28\"></td>")
                         .arg(iconUrl(c.id).toString())
                  << QStringLiteral("<td width=\"45%\" valign=\"top\"><b>%1</b><br>%2</td>")
                         .arg(esc(c.label), esc(c.examples.mid(0, 2).join(QStringLiteral(" · "))));
        }
        // Right to left, a lone last category still starts at the right.
        while (rtl && cells.size() < 4)
            cells << QStringLiteral("<td></td>");
        html += row(cells, rtl);
    }
    return html + QStringLiteral("</table>");
}

void addIcons(QTextDocument &document, const TailoredOffers &t)
{
    for (const auto &c : t.chosen) {
        QImageReader reader(c.iconPath);
        reader.setScaledSize(QSize(96, 96));
        const QImage image = reader.read();
        if (!image.isNull())
            document.addResource(QTextDocument::ImageResource, iconUrl(c.id), image);
    }
}

} // namespace

QString SummaryDocument::html(const SessionRecord &record, const OfferCatalogue &catalogue,
                              const SummarySettings &settings, const QString &language)
{
    const TailoredOffers t = OfferGuide::tailor(catalogue, record.chosenCategories, record.result, record.identityPlan,
                                                record.document, language);
    const bool available = t.outlook != PassOutlook::NotAvailable;
    // Arabic script has no italics (the oblique font has no Arabic letters): the date stays upright.
    // Right to left, the lists and the categories' table are mirrored too (see row()).
    const bool rtl = QLocale(language).textDirection() == Qt::RightToLeft;
    QString html = rtl ? QStringLiteral("<html><body dir=\"rtl\">") : QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(SummaryDocumentText::tr("Your pass Culture: what to remember")));
    html += (rtl ? QStringLiteral("<p>%1</p>") : QStringLiteral("<p><i>%1</i></p>"))
                .arg(esc(
                    SummaryDocumentText::tr("Appointment of %1").arg(dates::toLongText(record.input.appointmentDate))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("Your answer")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(t.headline)) + paragraphs(t.answer) + paragraphs(t.digitalNote);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("Your next steps")));
    html += list(t.nextSteps, QStringLiteral("\u2610"), rtl);

    if (available) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("Your identity check")));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(t.identityRoute)) + paragraphs(t.identitySteps);
        html += QStringLiteral("<p>%1</p>").arg(esc(SummaryDocumentText::tr("To bring or to upload:")));
        html += list(t.documents, QStringLiteral("\u2022"), rtl);
    } else {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("Where else to look")));
        html += list(t.elsewhere, QStringLiteral("\u2022"), rtl);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(SummaryDocumentText::tr("What you like")));
    html += QStringLiteral("<p>%1</p>").arg(esc(t.categoriesIntro)) + categoriesTable(t, rtl);

    if (!settings.missionLocaleName.isEmpty() || !settings.missionLocaleContact.isEmpty()) {
        html += QStringLiteral("<hr><p><b>%1</b><br>%2</p>")
                    .arg(esc(settings.missionLocaleName),
                         esc(settings.missionLocaleContact).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(SummaryDocumentText::tr("This page holds no copy of your documents.")));
    return html + QStringLiteral("</body></html>");
}

bool SummaryDocument::render(QPagedPaintDevice &device, const SessionRecord &record, const OfferCatalogue &catalogue,
                             const SummarySettings &settings, const QString &language, QString *error)
{
    const ScopedLanguage scope(language);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(page.size());
    document.setDefaultStyleSheet(QStringLiteral("h1 { color: #1B3A5C; } h2 { color: #1B3A5C; margin-top: 10px; }"
                                                 " p { margin-top: 2px; margin-bottom: 2px; }"));
    const QString content = html(record, catalogue, settings, language);
    // Shrink the text until everything fits on the one page.
    QFont font(QStringLiteral("DejaVu Sans"));
    // Without shaping, Latin text keeps plain letters (no "fi" ligature): the PDF's text is then
    // found by search, copy and screen readers as written. Arabic letters need shaping to join.
    if (QLocale(language).textDirection() != Qt::RightToLeft)
        font.setStyleStrategy(QFont::PreferNoShaping);
    setTextDirection(document, language);
    for (double size = 12.0; size >= 6.0; size -= 0.5) {
        font.setPointSizeF(size);
        document.setDefaultFont(font);
        document.setHtml(content);
        addIcons(document, OfferGuide::tailor(catalogue, record.chosenCategories, record.result, record.identityPlan,
                                              record.document, language));
        if (document.pageCount() <= 1)
            break;
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = SummaryDocumentText::tr("The summary could not be drawn.");
        return false;
    }
    document.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
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
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = SummaryDocumentText::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace passerelle
