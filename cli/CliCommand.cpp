// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "util/Translations.h"

namespace passerelle::cli {

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

} // namespace passerelle::cli
