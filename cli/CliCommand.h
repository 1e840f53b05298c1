// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

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

/** "--lang: unknown language ..." as bad input (exit 2). */
int unknownLanguage(CommandContext &context, const QString &language);

/** "unexpected argument ..." as bad input (exit 2). */
int unexpectedArgument(CommandContext &context, const QString &argument);

/** The --data-dir option of the commands that work on a data folder. */
QCommandLineOption dataDirOption(const QString &description = QStringLiteral("Data folder (default: the app's)."));

/**
 * With @p dataDir set to a folder that holds no database: "--data-dir: no saved sessions in ..."
 * as bad input (exit 2). Ok when the option is not set or the folder has a database.
 */
int requireSavedSessions(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &dataDir);

/** A data folder's records opened as the app opens them: the data key from the OS keychain. */
struct CliRecords
{
    SystemClock clock;
    KeychainKeyStore keyStore;
    std::unique_ptr<Records> records;
};

/**
 * Opens the records of @p dataDir (empty: the app's folder). On failure prints the plain message
 * on stderr and returns null: the command then exits with Failure.
 */
std::unique_ptr<CliRecords> openRecords(CommandContext &context, const QString &dataDir, bool purgeAtOpen = true);

// Commands, one per file in commands/.
int runEligibility(CommandContext &context);
int runSummary(CommandContext &context);
int runEnroll(CommandContext &context);
int runSync(CommandContext &context);
int runDemoData(CommandContext &context);
int runExport(CommandContext &context);
int runStats(CommandContext &context);
int runAnalyze(CommandContext &context);
int runRectify(CommandContext &context);

} // namespace passerelle::cli
