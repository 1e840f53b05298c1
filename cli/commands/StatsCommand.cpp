// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli stats: the anonymous statistics of a data folder as CSV (no personal data).
#include "cli/CliCommand.h"
#include "cli/ReadableSessions.h"

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
    // A damaged file: what can still be read is counted, and what cannot is said (exit 1).
    ReadableSessions readable;
    QString error;
    if (!readSessions(*opened->records, opened->clock, false, "stats", &readable, &error)) {
        context.err << "passerelle-cli: " << openProblemText(error, opened->records->database().path()) << Qt::endl;
        return Failure;
    }
    QSaveFile file(parser.value(out));
    int rows = 0;
    Database &database = *readable.database;
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
    context.out.flush();
    if (!readable.damaged)
        return Ok;
    if (parser.isSet(kiosk)) {
        context.err << "passerelle-cli: "
                    << StatsCommandText::tr("The file of saved sessions is damaged. Every visit counter that could "
                                            "still be read was written. Counters that could not be read: %1.")
                           .arg(readable.salvage.tables.value(QStringLiteral("kiosk_statistics")).lost)
                    << Qt::endl;
    } else {
        context.err << "passerelle-cli: "
                    << StatsCommandText::tr("The file of saved sessions is damaged. Every session that could still "
                                            "be read was counted. Sessions that could not be read: %1.")
                           .arg(readable.salvage.sessionsLost())
                    << Qt::endl;
    }
    return Failure;
}

} // namespace passerelle::cli
