// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace passerelle::cli {

/** Exit codes shared by every command. */
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

/** What a command gets: its arguments (argv[0] is "passerelle-cli <command>") and the streams. */
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

/** One sub-command: its name, a one-line summary, and the function that runs it. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CommandContext &context);
    bool needsGui = false; ///< draws text (a PDF): runs on a QGuiApplication with the offscreen platform
};

/**
 * Parses the command's options; on an error prints one line on stderr and returns false
 * (the caller exits with BadInput). Handles --help itself (returns false, sets @p exitCode to Ok).
 */
bool parseOrExplain(QCommandLineParser &parser, CommandContext &context, int *exitCode);

/** Prints "passerelle-cli: <message>" on stderr and returns BadInput. */
int badInput(CommandContext &context, const QString &message);

/** Installs the translations for --lang (default French); false for an unknown language. */
bool applyLanguage(const QString &language);

/** The --lang option every user-facing command takes. */
QCommandLineOption languageOption();

// Commands, one per file in commands/.
int runEligibility(CommandContext &context);
int runSummary(CommandContext &context);
int runEnroll(CommandContext &context);
int runSync(CommandContext &context);
int runDemoData(CommandContext &context);
int runExport(CommandContext &context);
int runAnalyze(CommandContext &context);
int runRectify(CommandContext &context);

} // namespace passerelle::cli
