// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli analyze: the capture checks on one image file (the same analyzer as the live
// camera), as one JSON object or a short text.
#include "cli/commands/AnalyzeInput.h"

#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/StillCapture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

namespace passerelle::cli {

namespace {

/** Translation context for this file's sentences. */
struct AnalyzeCommandText
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};

} // namespace

QCommandLineOption documentKindOption()
{
    return {QStringLiteral("kind"), QStringLiteral("The document: id1 (card, default), id3 (passport page) or a4."),
            QStringLiteral("id1|id3|a4"), QStringLiteral("id1")};
}

std::optional<std::pair<QImage, DocumentKind>> loadCaptureInput(const QString &path, const QCommandLineParser &parser,
                                                                CommandContext &context)
{
    const auto kind = documentKindFromCode(parser.value(documentKindOption().names().first()));
    if (!kind) {
        badInput(context, AnalyzeCommandText::tr("--kind: unknown document \"%1\" (id1, id3 or a4).")
                              .arg(parser.value(documentKindOption().names().first())));
        return std::nullopt;
    }
    QImageReader reader(path);
    // Camera JPEGs carry their orientation; the document must be analysed the way it was seen.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        badInput(context, AnalyzeCommandText::tr("%1: not a readable image.").arg(QFileInfo(path).fileName()));
        return std::nullopt;
    }
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32 &&
        image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_RGB32);
    return std::make_pair(image, *kind);
}

int runAnalyze(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind = documentKindOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral(
                 "Checks a photo of an ID document: outline, blur, light, glare, size; prints the verdict."),
             .options = {kind, json},
             .arguments = {{QStringLiteral("IMAGE"), QStringLiteral("The photo (JPEG, PNG...).")}},
             .missingArguments = [] { return AnalyzeCommandText::tr("an image file is required."); }}))
        return *exit;
    const auto input = loadCaptureInput(parser.positionalArguments().first(), parser, context);
    if (!input)
        return BadInput;

    const CaptureAnalysis analysis = analyzeStill(input->first, input->second).analysis;
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(analysis.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Ok;
    }
    context.out << verdictCode(analysis.verdict) << ": " << analysis.message() << '\n';
    if (analysis.documentFound) {
        QStringList corners;
        for (const QPointF &p : analysis.corners)
            corners << QStringLiteral("%1,%2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
        context.out << "corners: " << corners.join(QLatin1Char(' ')) << '\n';
        context.out << "blur: " << analysis.sharpness << "  brightness: " << analysis.brightness
                    << "  glare_ratio: " << analysis.glareRatio << "  covered_ratio: " << analysis.coveredRatio
                    << "  pixels_per_mm: " << analysis.pixelsPerMm << '\n';
    }
    context.out.flush();
    return Ok;
}

} // namespace passerelle::cli
