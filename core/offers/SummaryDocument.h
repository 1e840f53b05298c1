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
 * The take-home summary: one A4 page in 14 pt. At the top the answer in one line and a key-facts
 * box (the amount, the deadline with the one thing to do, the identity document); then the next
 * steps as a checklist without the dates said above, a QR code to the pass Culture site (or the
 * Mission Locale's link) with the link written out, the chosen categories, and who to call. The
 * result page's sentences are not repeated. Never an ID image nor a document number: the record
 * holds neither, and only the document's kind is printed.
 */
class SummaryDocument
{
public:
    /** The size of the body text on paper, in points. */
    static constexpr double kBodyPointSize = 14.0;
    /** The QR code's side on paper, quiet zone included, in millimetres. */
    static constexpr double kQrMillimetres = 32.0;

    /** How much of the chosen categories is said: less when many were chosen, to keep one page. */
    enum class Detail { TwoExamples, OneExample, NamesOnly };

    /**
     * The page as HTML, in @p language (catalogue texts) with the installed translation (sentences).
     * The QR code is an image named "qr:code" that fill() replaces by the vector code.
     */
    static QString html(const SessionRecord &record, const OfferCatalogue &catalogue, const SummarySettings &settings,
                        const QString &language, Detail detail = Detail::TwoExamples);

    /**
     * Puts the page into @p document, as the PDF, the printer and the summary page's preview show
     * it: the HTML, the language's direction, the categories' icons (@p iconPixels a side) and the
     * QR code drawn as vector modules (crisp on screen, in the PDF and on paper).
     */
    static void fill(QTextDocument &document, const SessionRecord &record, const OfferCatalogue &catalogue,
                     const SummarySettings &settings, const QString &language, Detail detail = Detail::TwoExamples,
                     int iconPixels = 96);

    /**
     * Paints the summary on one page of @p device (a QPdfWriter or a QPrinter) in @p language, the
     * body in kBodyPointSize: with many categories it says less about each one rather than
     * shrinking the text. Installs @p language's translations while painting and puts the
     * previous language back. False (with @p error) if the painter cannot start.
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
