// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli summary: the take-home summary PDF from a session exported as JSON
// (docs/session-json.md), the same page the app saves and prints.
#include "cli/CliCommand.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/session/SessionRecord.h"
#include "core/util/Translations.h"
#include "core/util/WebLink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::cli {

namespace {

/** Translation context for this file's sentences. */
struct SummaryCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
};

} // namespace

int runSummary(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("The session, as exported JSON (required)."),
                                   QStringLiteral("SESSION.json"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file to write (required)."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the page: fr or en (default: the session's language)."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption name(QStringLiteral("mission-locale"), QStringLiteral("The Mission Locale's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption contact(QStringLiteral("contact"),
                                     QStringLiteral("The Mission Locale's address and phone (\\n for a new line)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption counselor(QStringLiteral("counselor"), QStringLiteral("The counselor's name."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  QStringLiteral("Where the QR code leads (default: https://pass.culture.fr/)."),
                                  QStringLiteral("URL"));
    // Its own --lang: the page is in the session's language unless told otherwise.
    if (const auto exit =
            startCommand(parser, context,
                         {.description = QStringLiteral("Renders the one-page take-home summary (PDF) of a session."),
                          .options = {input, out, lang, name, contact, counselor, link},
                          .language = false}))
        return *exit;
    if (!parser.isSet(input))
        return badInput(context, SummaryCommandText::tr("--input is required (a session JSON file)."));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return badInput(context, SummaryCommandText::tr("--out is required (the PDF file to write)."));

    QFile file(parser.value(input));
    if (!file.open(QIODevice::ReadOnly))
        return badInput(context, SummaryCommandText::tr("--input: cannot read \"%1\".").arg(parser.value(input)));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QString fileName = QFileInfo(file).fileName();
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return badInput(context, SummaryCommandText::tr("%1: not a JSON object.").arg(fileName));
    QString error;
    const auto record = SessionRecord::fromJson(json.object(), &error);
    if (!record)
        return badInput(context, QStringLiteral("%1: %2").arg(fileName, error));

    const OfferCatalogue catalogue = OfferCatalogue::builtIn(&error);
    if (catalogue.isEmpty()) {
        context.err << "passerelle-cli: " << error << Qt::endl;
        return Failure;
    }
    const QStringList unknown = catalogue.unknownIds(record->chosenCategories);
    if (!unknown.isEmpty())
        return badInput(
            context,
            SummaryCommandText::tr("%1: chosen_categories: unknown category \"%2\".").arg(fileName, unknown.first()));

    QString language = parser.isSet(lang) ? parser.value(lang) : record->language;
    if (!parser.isSet(lang) && !supportedLanguages().contains(language))
        language = defaultLanguage();
    if (!applyLanguage(language))
        return unknownLanguage(context, language);

    SummarySettings settings;
    settings.missionLocaleName = parser.value(name);
    settings.missionLocaleContact = parser.value(contact).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    settings.counselorName = parser.value(counselor).trimmed();
    if (parser.isSet(link)) {
        const auto url = weblink::parse(parser.value(link), &error);
        if (!url)
            return badInput(context, QStringLiteral("--link: %1").arg(error));
        settings.link = *url;
    }
    if (!SummaryDocument::writePdf(parser.value(out), *record, catalogue, settings, language, &error)) {
        context.err << "passerelle-cli: " << error << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace passerelle::cli
