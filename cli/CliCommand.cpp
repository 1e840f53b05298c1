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
} // namespace

bool parseOrExplain(QCommandLineParser &parser, CommandContext &context, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(context.arguments)) {
        *exitCode = badInput(context, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    return true;
}

int badInput(CommandContext &context, const QString &message)
{
    context.err << "passerelle-cli: " << message << Qt::endl;
    return BadInput;
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"), QStringLiteral("Language of the text: fr (default) or en."),
            QStringLiteral("fr|en"), defaultLanguage()};
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

std::unique_ptr<CliRecords> openRecords(CommandContext &context, const QString &dataDir, bool purgeAtOpen)
{
    auto opened = std::make_unique<CliRecords>();
    Records::Options options;
    options.dataDir = dataDir;
    options.keyStore = &opened->keyStore;
    options.clock = &opened->clock;
    options.purgeAtOpen = purgeAtOpen;
    QString error;
    opened->records = Records::open(options, &error);
    if (!opened->records) {
        context.err << "passerelle-cli: " << error << Qt::endl;
        return nullptr;
    }
    return opened;
}

} // namespace passerelle::cli
