// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli rectify: the straightened document of one photo, as the upload-ready JPEG the app
// saves (no metadata, long side at most 2000 px, under 1.5 MB). Exit 3 when no document is found.
#include "cli/commands/AnalyzeInput.h"

#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureOutput.h"
#include "core/capture/StillCapture.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace passerelle::cli {

namespace {

/** Translation context for this file's sentences. */
struct RectifyCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RectifyCommand)
};

constexpr int kNoDocument = 3;

} // namespace

int runRectify(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind = documentKindOption();
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Writes the straightened document of a photo as an upload-ready JPEG. "
                                           "Exit code 3: no document found."),
             .options = {kind},
             .arguments = {{QStringLiteral("IMAGE"), QStringLiteral("The photo (JPEG, PNG...).")},
                           {QStringLiteral("OUT.jpg"), QStringLiteral("The JPEG file to write.")}},
             .missingArguments =
                 [] { return RectifyCommandText::tr("an image file and the JPEG file to write are required."); },
             .language = false}))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const auto input = loadCaptureInput(positional.first(), parser, context);
    if (!input)
        return BadInput;

    const CaptureResult still = analyzeStill(input->first, input->second);
    const CaptureAnalysis &analysis = still.analysis;
    if (!analysis.documentFound) {
        context.err << "passerelle-cli: "
                    << RectifyCommandText::tr("no document found (%1).").arg(verdictCode(analysis.verdict)) << Qt::endl;
        return kNoDocument;
    }
    const QByteArray jpeg = captureoutput::encodeJpeg(still.document);
    QSaveFile file(positional.at(1));
    if (jpeg.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit()) {
        context.err << "passerelle-cli: " << RectifyCommandText::tr("cannot write \"%1\".").arg(positional.at(1))
                    << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace passerelle::cli
