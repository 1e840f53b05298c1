// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli enroll: exchanges a one-time code from the server's admin for a device token,
// kept in the OS keychain, so this data folder can sync.
#include "cli/CliCommand.h"

#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace passerelle::cli {

namespace {
struct EnrollCommandText
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};
} // namespace

int runEnroll(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address (https://...)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("One-time enrollment code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption dataDir = dataDirOption();
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Enrolls this data folder with a sync server, with a one-time code."),
             .options = {server, code, dataDir}}))
        return *exit;
    const QUrl url(parser.value(server), QUrl::StrictMode);
    if (!parser.isSet(server) || !sync::SyncService::isAcceptableServerUrl(url))
        return badInput(
            context, EnrollCommandText::tr("--server must be an https:// address (http:// only for this computer)."));
    if (parser.value(code).trimmed().isEmpty())
        return badInput(context, EnrollCommandText::tr("--code is required."));

    const auto opened = openRecords(context, parser.value(dataDir));
    if (!opened)
        return Failure;
    Records *records = opened->records.get();
    const Clock &clock = opened->clock;
    KeychainKeyStore &keyStore = opened->keyStore;
    sync::SyncService service(records->database(), keyStore, clock);
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&service, &sync::SyncService::enrollFinished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        loop.quit();
    });
    service.enroll(url, parser.value(code));
    if (message.isEmpty())
        loop.exec();
    (ok ? context.out : context.err) << message << Qt::endl;
    return ok ? Ok : Failure;
}

} // namespace passerelle::cli
