// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli: the same core as the app, for support staff, scripts and tests.
#include "cli/CliCommand.h"

#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>
#include <cstdio>
#include <memory>

using namespace passerelle::cli;

namespace {

constexpr std::array kCommands{
    Command{"eligibility", "Check pass Culture eligibility for a birth date and situation.", &runEligibility},
    Command{"summary", "Render the take-home summary PDF of a session exported as JSON.", &runSummary, true},
    Command{"enroll", "Enroll this data folder with a sync server (one-time code).", &runEnroll},
    Command{"sync", "Send the pending sessions to the sync server (one pass).", &runSync},
    Command{"demo-data", "Fill a data folder with made-up sessions for demos and load tests.", &runDemoData},
    Command{"export", "Write the sessions of a data folder as JSON lines, decrypted.", &runExport},
    Command{"stats", "Write the anonymous statistics of a data folder as CSV.", &runStats},
    Command{"analyze", "Check a photo of an ID document (outline, blur, light, glare, size).", &runAnalyze},
    Command{"rectify", "Write the straightened document of a photo as an upload-ready JPEG.", &runRectify},
};

QtMessageHandler g_defaultHandler = nullptr;

void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

bool needsGui(int argc, char *argv[])
{
    for (const auto &command : kCommands) {
        if (argc > 1 && qstrcmp(argv[1], command.name) == 0)
            return command.needsGui;
    }
    return false;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: passerelle-cli <command> [options]\n\nCommands:\n";
    for (const auto &command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(14) << command.summary << '\n';
    stream << "\nRun 'passerelle-cli <command> --help' for the options of a command.\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing text needs a QGuiApplication; a command line tool must not need a display for it.
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session, Qt says once that XDG_RUNTIME_DIR is not set: that line would
        // break "one line on stderr" for bad input, and it is not about the user's command.
        g_defaultHandler = qInstallMessageHandler(&dropRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_defaultHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("passerelle"));
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    passerelle::installTranslations(passerelle::defaultLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? BadInput : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "passerelle-cli " << PASSERELLE_VERSION << Qt::endl;
        return Ok;
    }
    const QString name = args.at(1);
    for (const auto &command : kCommands) {
        if (name == QLatin1String(command.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("passerelle-cli %1").arg(name);
            const passerelle::SystemClock clock;
            CommandContext context{args, out, err, clock};
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "passerelle-cli: unknown command \"" << name << "\"\n";
    printUsage(err);
    return BadInput;
}
