// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli demo-data: fills a data folder with made-up completed sessions, for demo
// histories, trainings and load tests.
#include "cli/CliCommand.h"

#include "core/crypto/KeychainKeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/DemoSessions.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace passerelle::cli {

namespace {
struct DemoDataCommandText
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)
};

// Why a made-up session could not be saved, in plain words. Not the app's storageProblemText: the
// command exits, so nothing is kept in memory or saved later.
QString saveProblemText(const QString &technicalError)
{
    const QString e = technicalError.toLower();
    if (e.contains(QLatin1String("full")))
        return DemoDataCommandText::tr("the disk is full");
    if (e.contains(QLatin1String("readonly")) || e.contains(QLatin1String("read-only")) ||
        e.contains(QLatin1String("unable to open")) || e.contains(QLatin1String("permission")) ||
        e.contains(QLatin1String("cannot create")) || e.contains(QLatin1String("disk i/o")))
        return DemoDataCommandText::tr("the data folder cannot be written to (read-only or not allowed)");
    return DemoDataCommandText::tr("the file of saved sessions could not be written");
}
} // namespace

int runDemoData(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("How many sessions (1 to 1000000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption dataDir = dataDirOption(QStringLiteral("Data folder to fill (required)."));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Spread over the last N days (default 90)."),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed, for the same sessions again."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Fills a data folder with made-up completed sessions (no real person)."),
             .options = {sessions, dataDir, days, seed}}))
        return *exit;
    bool ok = false;
    const int count = parser.value(sessions).toInt(&ok);
    if (!parser.isSet(sessions) || !ok || count < 1 || count > 1000000)
        return badInput(context, DemoDataCommandText::tr("--sessions: give a number from 1 to 1000000."));
    // Never into the real data folder by accident: the folder is always named.
    if (!parser.isSet(dataDir) || parser.value(dataDir).isEmpty())
        return badInput(context, DemoDataCommandText::tr("--data-dir is required (the folder to fill)."));
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok || dayCount < 1 || dayCount > 3650)
        return badInput(context, DemoDataCommandText::tr("--days: give a number from 1 to 3650."));
    const uint seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return badInput(context, DemoDataCommandText::tr("--seed: give a whole number."));

    const auto opened = openRecords(context, parser.value(dataDir), false);
    if (!opened)
        return Failure;
    Records *records = opened->records.get();
    QString error;
    const Clock &clock = opened->clock;
    // Made-up data need not survive a power cut: skip the fsync of every commit.
    QSqlQuery(records->database().connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    DemoSessions demo(engine, seedValue);
    const QDateTime now = clock.nowUtc();
    const qint64 span = qint64(dayCount) * 24 * 3600;
    for (int i = 0; i < count; ++i) {
        // Evenly spread, newest last, during opening hours give or take.
        const QDateTime when = now.addSecs(-span + span * i / count);
        if (!records->sessions().saveCompleted(demo.record(when, records->database().deviceId()), demo.extras(),
                                               &error)) {
            qWarning("demo-data: session %d not saved: %s", i + 1, qPrintable(error));
            records->database().checkpoint();
            context.err << "passerelle-cli: "
                        << DemoDataCommandText::tr("%n made-up session(s) saved to %1, then the next one could not "
                                                   "be saved: %2. The others were not added.",
                                                   nullptr, i)
                               .arg(records->database().path(), saveProblemText(error))
                        << Qt::endl;
            return Failure;
        }
    }
    records->database().checkpoint();
    context.out
        << DemoDataCommandText::tr("%n made-up session(s) added to %1.", nullptr, count).arg(records->database().path())
        << Qt::endl;
    return Ok;
}

} // namespace passerelle::cli
