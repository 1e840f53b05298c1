// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommand.h"

#include "core/util/AppPaths.h"
#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace passerelle::cli {

namespace {
struct CliCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};

/** The --lang option every user-facing command takes. */
QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"), QStringLiteral("Language of the text: fr (default) or en."),
            QStringLiteral("fr|en"), defaultLanguage()};
}
} // namespace

std::optional<int> startCommand(QCommandLineParser &parser, CommandContext &context, const CommandLine &line)
{
    parser.setApplicationDescription(line.description);
    for (const auto &[name, help] : line.arguments)
        parser.addPositionalArgument(name, help);
    parser.addOptions(line.options);
    const QCommandLineOption lang = languageOption();
    if (line.language)
        parser.addOption(lang);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(context.arguments))
        return badInput(context, parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Ok;
    }
    if (line.language && !applyLanguage(parser.value(lang)))
        return unknownLanguage(context, parser.value(lang));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < line.arguments.size())
        return badInput(context, line.missingArguments());
    if (positional.size() > line.arguments.size())
        return unexpectedArgument(context, positional.at(line.arguments.size()));
    return std::nullopt;
}

int badInput(CommandContext &context, const QString &message)
{
    context.err << "passerelle-cli: " << message << Qt::endl;
    return BadInput;
}

bool applyLanguage(const QString &language)
{
    return installTranslations(language);
}

int unknownLanguage(CommandContext &context, const QString &language)
{
    return badInput(context, CliCommandText::tr("--lang: unknown language \"%1\" (fr or en).").arg(language));
}

int unexpectedArgument(CommandContext &context, const QString &argument)
{
    return badInput(context, CliCommandText::tr("unexpected argument \"%1\".").arg(argument));
}

QCommandLineOption dataDirOption(const QString &description)
{
    return {QStringLiteral("data-dir"), description, QStringLiteral("DIR")};
}

int requireSavedSessions(CommandContext &context, const QCommandLineParser &parser, const QCommandLineOption &dataDir)
{
    const QString folder = parser.value(dataDir);
    if (!parser.isSet(dataDir) || QFileInfo::exists(AppPaths(folder).databaseFile()))
        return Ok;
    return badInput(context, CliCommandText::tr("--data-dir: no saved sessions in \"%1\".").arg(folder));
}

namespace {

std::unique_ptr<CliRecords> openWith(CommandContext &context, const QString &dataDir, bool purgeAtOpen, bool readOnly)
{
    auto opened = std::make_unique<CliRecords>(context.clock);
    const Records::Options options{.dataDir = dataDir,
                                   .keyStore = &opened->keyStore,
                                   .clock = opened->clock,
                                   .purgeAtOpen = purgeAtOpen && !readOnly,
                                   .readOnly = readOnly};
    QString error;
    opened->records = Records::open(options, &error);
    if (!opened->records) {
        context.err << "passerelle-cli: " << error << Qt::endl;
        return nullptr;
    }
    // Said on stderr by every command: a damaged file set aside, no keychain, a folder open to others.
    for (const auto &notice : opened->records->notices())
        context.err << notice << Qt::endl;
    return opened;
}

} // namespace

std::unique_ptr<CliRecords> openRecords(CommandContext &context, const QString &dataDir, bool purgeAtOpen)
{
    return openWith(context, dataDir, purgeAtOpen, false);
}

std::unique_ptr<CliRecords> openRecordsForReading(CommandContext &context, const QString &dataDir)
{
    return openWith(context, dataDir, false, true);
}

} // namespace passerelle::cli
