// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli sync: one sync pass, for support staff and scheduled tasks. Exit 0 when nothing
// is left pending, 1 otherwise (also when the file was damaged and had to be recovered).
#include "cli/CliCommand.h"

#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace passerelle::cli {

namespace {
struct SyncCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};
} // namespace

int runSync(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir = dataDirOption();
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Sends the completed sessions that are still pending to the server."),
             .options = {dataDir}}))
        return *exit;

    const auto opened = openRecords(context, parser.value(dataDir));
    if (!opened)
        return Failure;
    Records *records = opened->records.get();
    const Clock &clock = opened->clock;
    KeychainKeyStore &keyStore = opened->keyStore;
    sync::SyncService service(records->database(), keyStore, clock);
    QEventLoop loop;
    sync::SyncReport report;
    bool done = false;
    QObject::connect(&service, &sync::SyncService::passFinished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        done = true;
        loop.quit();
    });
    const auto pass = [&] {
        done = false;
        service.syncNow();
        if (!done)
            loop.exec();
    };
    pass();
    // The pass met damage the open did not look for (the file was closed cleanly last time): the
    // file is checked now, set aside and recovered as a start would, and what it held is sent.
    if (records->database().damageFound()) {
        QString error;
        if (!records->recoverFromDamage(&error)) {
            context.err << "passerelle-cli: " << error << Qt::endl;
            return Failure;
        }
        context.err << "passerelle-cli: " << records->notices().constLast() << Qt::endl;
        const int sentBefore = report.sent, acknowledgedBefore = report.acknowledged;
        pass();
        report.sent += sentBefore;
        report.acknowledged += acknowledgedBefore;
    }
    context.out << SyncCommandText::tr("Sent: %1").arg(report.sent) << '\n'
                << SyncCommandText::tr("Acknowledged: %1").arg(report.acknowledged) << '\n'
                << SyncCommandText::tr("Rejected: %1").arg(report.rejected) << '\n'
                << SyncCommandText::tr("Still pending: %1").arg(report.pending) << '\n';
    if (!report.stopReason.isEmpty())
        context.out << report.stopReason << '\n';
    context.out.flush();
    // A damaged file was set aside (said on stderr when opened): its readable sessions were
    // recovered and sent with this pass, but the run is not a clean one.
    if (records->recoveredFromDamage()) {
        context.err << "passerelle-cli: "
                    << SyncCommandText::tr("The file of saved sessions was damaged: the sessions recovered from it "
                                           "were sent with this pass. Give the file set aside to support.")
                    << Qt::endl;
        return Failure;
    }
    return report.pending == 0 ? Ok : Failure;
}

} // namespace passerelle::cli
