// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Records.h"

#include "core/util/AppPaths.h"
#include "core/util/Fail.h"

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

QString openProblemText(const QString &technicalError, const QString &dataDir)
{
    const QString e = technicalError.toLower();
    const QString folder = QDir::toNativeSeparators(dataDir);
    if (e.contains(QLatin1String("no such file")))
        return RecordsText::tr("There are no saved sessions in the folder %1.").arg(folder);
    if (e.contains(QLatin1String("full")))
        return RecordsText::tr("The disk is full: the saved sessions cannot be opened. Free some space on the disk, "
                               "then try again.");
    if (e.contains(QLatin1String("readonly")) || e.contains(QLatin1String("read-only")) ||
        e.contains(QLatin1String("unable to open")) || e.contains(QLatin1String("permission")) ||
        e.contains(QLatin1String("cannot create")) || e.contains(QLatin1String("disk i/o")))
        return RecordsText::tr("The data folder %1 cannot be used (read-only, not allowed, or not a folder). The saved "
                               "sessions cannot be opened there.")
            .arg(folder);
    return RecordsText::tr("The file of saved sessions in the folder %1 cannot be opened.").arg(folder);
}

Records::Records(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_sessions(*m_database, clock)
    , m_drafts(*m_database, clock)
    , m_audit(*m_database, clock)
{}

std::unique_ptr<Records> Records::open(const Options &options, QString *error)
{
    const AppPaths paths(options.dataDir);
    QString technical;
    QString folderNotice;
    if (!options.inMemory && !options.readOnly && !paths.ensureDataDir(&technical, &folderNotice)) {
        fail(error, openProblemText(QStringLiteral("cannot create"), paths.dataDir()));
        return nullptr;
    }
    Database::OpenReport report;
    auto database = options.readOnly
                        ? Database::openReadOnly(paths.databaseFile(), &technical)
                        : Database::open(options.inMemory ? QStringLiteral(":memory:") : paths.databaseFile(),
                                         options.clock, &technical, &report);
    if (!database) {
        qCWarning(lcRecords) << "cannot open the database:" << technical;
        if (error)
            *error = technical.contains(QLatin1String("newer"))
                         ? RecordsText::tr("The saved sessions were written by a newer version of Passerelle. "
                                           "Install that version to open them.")
                     : technical.contains(QLatin1String("older"))
                         ? RecordsText::tr("The saved sessions were written by an older version of Passerelle. "
                                           "Open them once with this version to update them, then read them again.")
                         : openProblemText(technical, paths.dataDir());
        return nullptr;
    }
    std::unique_ptr<Records> records(new Records(std::move(database), options.clock));
    if (!folderNotice.isEmpty())
        records->m_notices.append(folderNotice);
    records->reportRecovery(report);
    const DataProtection::Result protection = DataProtection::setUp(records->database(), options.keyStore);
    records->m_mode = protection.mode;
    if (!protection.notice.isEmpty())
        records->m_notices.append(protection.notice);
    if (options.readOnly)
        return records;
    const int sealed = records->m_sessions.sealLegacyRecords(&technical);
    if (sealed > 0) {
        qCInfo(lcRecords, "sealed %d records of an older schema", sealed);
        records->database().checkpoint();
    }
    if (options.purgeAtOpen) {
        if (!purgeExpired(records->database(), options.clock, options.retention, &technical))
            qCWarning(lcRecords) << "retention purge failed:" << technical;
    }
    return records;
}

void Records::reportRecovery(const Database::OpenReport &report)
{
    if (report.movedAsideTo.isEmpty())
        return;
    m_recoveredFromDamage = true;
    m_notices.append(
        RecordsText::tr("The file of saved sessions was damaged. It was kept aside as \"%1\" for support, and a "
                        "new file was made with what could still be read from it.")
            .arg(QFileInfo(report.movedAsideTo).fileName()) +
        QLatin1Char(' ') + RecordsText::tr("Sessions recovered: %1.").arg(report.sessionsRecovered) + QLatin1Char(' ') +
        RecordsText::tr("Sessions that could not be read: %1.").arg(report.sessionsLost));
}

bool Records::recoverFromDamage(QString *error)
{
    if (m_database->isReadOnly() || !m_database->damageFound())
        return true;
    Database::OpenReport report;
    QString technical;
    if (!m_database->reopenAfterDamage(&report, &technical)) {
        qCWarning(lcRecords) << "cannot open the database again after damage:" << technical;
        fail(error, openProblemText(technical, QFileInfo(m_database->path()).absolutePath()));
        return false;
    }
    reportRecovery(report);
    return true;
}

} // namespace passerelle
