// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/WebLink.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QPagedPaintDevice;
class QTextDocument;

namespace passerelle {

class OfferCatalogue;
struct SessionRecord;

/** The Mission Locale's own details, from the app's settings (or the CLI's options). */
struct SummarySettings
{
    QString missionLocaleName;
    QString missionLocaleContact;           ///< address, phone, opening hours: free text, may hold new lines
    QString counselorName;                  ///< who saw the young person; empty at the kiosk
    QUrl link = weblink::passCultureSite(); ///< the QR code's link: public, never personal data
};

/**
 * The take-home summary: one A4 page with the eligibility answer and its dates, the next steps as
 * a checklist, the identity route and the documents to bring, the chosen categories with two
 * examples each, and the Mission Locale's contact. Never an ID image nor a document number: the
 * record holds neither, and only the document's kind is printed.
 */
class SummaryDocument
{
public:
    /**
     * The page as HTML, in @p language (catalogue texts) with the installed translation (sentences).
     * For previews and tests; render() installs the language itself.
     */
    static QString html(const SessionRecord &record, const OfferCatalogue &catalogue, const SummarySettings &settings,
                        const QString &language);

    /**
     * Paints the summary on one page of @p device (a QPdfWriter or a QPrinter) in @p language,
     * shrinking the text until it fits. Installs @p language's translations while painting and
     * puts the previous language back. False (with @p error) if the painter cannot start.
     */
    static bool render(QPagedPaintDevice &device, const SessionRecord &record, const OfferCatalogue &catalogue,
                       const SummarySettings &settings, const QString &language, QString *error = nullptr);

    /**
     * Lays @p document out in @p language's direction: Arabic right to left, even a paragraph that
     * starts with a number or a Latin word (the preview and the PDF both call it).
     */
    static void setTextDirection(QTextDocument &document, const QString &language);

    /** The summary as a one-page A4 PDF file's bytes; empty on failure. */
    static QByteArray pdf(const SessionRecord &record, const OfferCatalogue &catalogue, const SummarySettings &settings,
                          const QString &language, QString *error = nullptr);

    /** Writes the PDF to @p path atomically (no partial file is left on failure). */
    static bool writePdf(const QString &path, const SessionRecord &record, const OfferCatalogue &catalogue,
                         const SummarySettings &settings, const QString &language, QString *error = nullptr);
};

} // namespace passerelle
