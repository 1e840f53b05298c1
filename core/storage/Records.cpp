// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Records.h"

#include "core/util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace passerelle {

Q_LOGGING_CATEGORY(lcRecords, "passerelle.records")

namespace {

struct RecordsText
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

} // namespace

QString storageProblemText(const QString &technicalError)
{
    const QString e = technicalError.toLower();
    if (e.contains(QLatin1String("full")))
        return RecordsText::tr("The disk is full. The session is kept in memory and will be saved as soon as "
                               "there is room. Free some space on the disk.");
    if (e.contains(QLatin1String("readonly")) || e.contains(QLatin1String("read-only")) ||
        e.contains(QLatin1String("unable to open")) || e.contains(QLatin1String("permission")) ||
        e.contains(QLatin1String("cannot create")) || e.contains(QLatin1String("disk i/o")))
        return RecordsText::tr("The data folder cannot be written to (read-only or not allowed). The session is kept "
                               "in memory and will be saved as soon as the folder can be written to.");
    return RecordsText::tr("The session could not be saved. It is kept in memory and will be saved again shortly.");
}

Records::Records(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_sessions(*m_database, clock)
    , m_drafts(*m_database, clock)
    , m_audit(*m_database, clock)
{}

std::unique_ptr<Records> Records::open(const Options &options, QString *error)
{
    Q_ASSERT(options.clock);
    const AppPaths paths(options.dataDir);
    QString technical;
    if (!options.inMemory && !paths.ensureDataDir(&technical)) {
        if (error)
            *error = storageProblemText(QStringLiteral("cannot create"));
        return nullptr;
    }
    Database::OpenReport report;
    auto database =
        Database::open(options.inMemory ? QStringLiteral(":memory:") : paths.databaseFile(), &technical, &report);
    if (!database) {
        qCWarning(lcRecords) << "cannot open the database:" << technical;
        if (error)
            *error = technical.contains(QLatin1String("newer"))
                         ? RecordsText::tr("The saved sessions were written by a newer version of Passerelle. "
                                           "Install that version to open them.")
                         : storageProblemText(technical);
        return nullptr;
    }
    std::unique_ptr<Records> records(new Records(std::move(database), *options.clock));
    if (!report.movedAsideTo.isEmpty()) {
        records->m_notices.append(
            RecordsText::tr("The file of saved sessions was damaged. It was kept aside as \"%1\" for support, and a "
                            "new empty file was made. Sessions saved before cannot be seen here.")
                .arg(QFileInfo(report.movedAsideTo).fileName()));
    }
    const DataProtection::Result protection = DataProtection::setUp(records->database(), options.keyStore);
    records->m_mode = protection.mode;
    if (!protection.notice.isEmpty())
        records->m_notices.append(protection.notice);
    const int sealed = records->m_sessions.sealLegacyRecords(&technical);
    if (sealed > 0) {
        qCInfo(lcRecords, "sealed %d records of an older schema", sealed);
        records->database().checkpoint();
    }
    if (options.purgeAtOpen) {
        if (!purgeExpired(records->database(), *options.clock, options.retention, &technical))
            qCWarning(lcRecords) << "retention purge failed:" << technical;
    }
    return records;
}

} // namespace passerelle
