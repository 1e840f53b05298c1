// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli stats: the anonymous statistics of a data folder as CSV (no personal data).
#include "cli/CliCommand.h"

#include "core/storage/KioskStatistics.h"
#include "core/storage/StatisticsExport.h"

#include <QCoreApplication>
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
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (required)."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QStringLiteral("The kiosk's anonymous visit counters."));
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral(
                 "Writes the statistics of a data folder as CSV: day, outcome, age, sessions, categories.\n"
                 "With --kiosk: a kiosk's anonymous visit counters (day, ending, step, outcome, age, visits,\n"
                 "categories), kept only when its setting kiosk/statistics is \"anonymous\"."),
             .options = {dataDir, out, kiosk}}))
        return *exit;
    if (parser.value(out).isEmpty())
        return badInput(context, StatsCommandText::tr("--out is required (the .csv file to write)."));
    if (const int bad = requireSavedSessions(context, parser, dataDir))
        return bad;
    const QString folder = parser.value(dataDir);

    // Read-only: statistics of a backup copy can be written, and nothing in the folder changes.
    const auto opened = openRecordsForReading(context, folder);
    if (!opened)
        return Failure;
    QSaveFile file(parser.value(out));
    QString error;
    int rows = 0;
    Database &database = opened->records->database();
    const auto write = [&] {
        return parser.isSet(kiosk) ? KioskStatistics(database).writeCsv(file, &error, &rows)
                                   : writeStatisticsCsv(database, file, &error, &rows);
    };
    if (!file.open(QIODevice::WriteOnly) || !write() || !file.commit()) {
        context.err << "passerelle-cli: " << StatsCommandText::tr("cannot write \"%1\".").arg(parser.value(out))
                    << Qt::endl;
        return Failure;
    }
    context.out << StatsCommandText::tr("%n line(s) of statistics written to %1.", nullptr, rows).arg(parser.value(out))
                << '\n';
    return Ok;
}

} // namespace passerelle::cli
