// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli stats: the anonymous statistics of a data folder as CSV (no personal data).
#include "CliCommand.h"

#include "storage/StatisticsExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace passerelle::cli {

namespace {
struct StatsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};
} // namespace

int runStats(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the statistics of a data folder as CSV: day, outcome, age, sessions, categories."));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (required)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption lang = languageOption();
    parser.addOptions({dataDir, out, lang});
    int exitCode = Ok;
    if (!parseOrExplain(parser, context, &exitCode))
        return exitCode;
    if (!applyLanguage(parser.value(lang)))
        return unknownLanguage(context, parser.value(lang));
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(context, parser.positionalArguments().first());
    if (parser.value(out).isEmpty())
        return badInput(context, StatsCommandText::tr("--out is required (the .csv file to write)."));
    const QString folder = parser.value(dataDir);
    if (parser.isSet(dataDir) && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("passerelle.sqlite"))))
        return badInput(context, StatsCommandText::tr("--data-dir: no saved sessions in \"%1\".").arg(folder));

    const auto opened = openRecords(context, folder);
    if (!opened)
        return Failure;
    QSaveFile file(parser.value(out));
    QString error;
    int rows = 0;
    if (!file.open(QIODevice::WriteOnly) || !writeStatisticsCsv(opened->records->database(), file, &error, &rows)
        || !file.commit()) {
        context.err << "passerelle-cli: " << StatsCommandText::tr("cannot write \"%1\".").arg(parser.value(out)) << Qt::endl;
        return Failure;
    }
    context.out << StatsCommandText::tr("%n line(s) of statistics written to %1.", nullptr, rows).arg(parser.value(out))
                << '\n';
    return Ok;
}

} // namespace passerelle::cli
