// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <utility>

namespace passerelle::cli {

/** Exit codes shared by every command. */
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

/**
 * What a command gets: its arguments (argv[0] is "passerelle-cli <command>"), the streams, and the
 * one clock every date and stamp of the command comes from (the system clock).
 */
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
};

/** One sub-command: its name, a one-line summary, and the function that runs it. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CommandContext &context);
    bool needsGui = false; ///< draws text (a PDF): runs on a QGuiApplication with the offscreen platform
};

/** What a command's command line holds besides what every command shares (--help, --lang). */
struct CommandLine
{
    QString description;
    QList<QCommandLineOption> options; ///< the command's own, in the order --help lists them
    /** The positional arguments the command needs, in order (name, help); none by default. */
    QList<std::pair<QString, QString>> arguments;
    /** Says what is missing when fewer arguments are given (called after --lang is installed). */
    std::function<QString()> missingArguments;
    /** --lang is the shared option, installed before the command runs; false: the command has its own. */
    bool language = true;
};

/**
 * The start every command shares: sets up @p parser from @p line (with --help and, unless the
 * command has its own, --lang after its options), parses the arguments, installs the language and
 * counts the positional arguments. Returns the exit code when the command stops there (Ok after
 * --help; BadInput after one line on stderr), null when it goes on.
 */
std::optional<int> startCommand(QCommandLineParser &parser, CommandContext &context, const CommandLine &line);

/** Prints "passerelle-cli: <message>" on stderr and returns BadInput. */
int badInput(CommandContext &context, const QString &message);

/** Installs the translations for --lang (default French); false for an unknown language. */
bool applyLanguage(const QString &language);

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
    explicit CliRecords(const Clock &commandClock)
        : clock(commandClock)
    {}
    const Clock &clock; ///< the command's (CommandContext::clock)
    KeychainKeyStore keyStore;
    std::unique_ptr<Records> records;
};

/**
 * Opens the records of @p dataDir (empty: the app's folder) and prints their notices on stderr. On
 * failure prints the plain message on stderr and returns null: the command then exits with Failure.
 */
std::unique_ptr<CliRecords> openRecords(CommandContext &context, const QString &dataDir, bool purgeAtOpen = true);

/**
 * The same for the commands that only read (export, stats): the database opened read-only, and
 * nothing in the folder changed (no purge, no key made, no permission set), so a read-only copy
 * (a backup on a USB stick) can be read.
 */
std::unique_ptr<CliRecords> openRecordsForReading(CommandContext &context, const QString &dataDir);

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
