// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/DatabaseSalvage.h"
#include "core/storage/DeviceIdentity.h"
#include "core/storage/Migrations.h"
#include "core/util/Clock.h"
#include "core/util/Fail.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <vector>

namespace passerelle {

Q_LOGGING_CATEGORY(lcDatabase, "passerelle.storage")

namespace {

QString moveAside(const QString &path, const Clock &clock, QString *error)
{
    const QString stamp = clock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target)) {
        fail(error, QStringLiteral("cannot move the damaged database aside"));
        return {};
    }
    // The WAL and shared-memory files belong to the damaged file: they go with it, unless the WAL
    // is empty (left by the connection that found the damage): then both hold nothing and go.
    const bool emptyWal = QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    for (const auto &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !(emptyWal && QFile::remove(path + suffix)))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

// A copy on a USB stick, or a file someone marked read-only: SQLite must not try to write its
// shared-memory file beside it. The owner's write bit counts too, since an administrator may
// read a copy whose access test would let them write.
bool markedReadOnly(const QString &path)
{
    const QFileInfo info(path);
    return !info.isWritable() || !info.permissions().testFlag(QFile::WriteOwner);
}

const QString kDeviceIdKey = QStringLiteral("device_id");
const QString kServerUrlKey = QStringLiteral("sync_server_url"); // written by SyncService at enrollment
const QString kLastFullCheckKey = QStringLiteral("last_full_check_utc");

bool onDisk(const QString &path)
{
    return path != QLatin1String(":memory:");
}

QString newConnectionName(const char *kind)
{
    return QStringLiteral("passerelle-%1%2").arg(QLatin1String(kind), QUuid::createUuid().toString(QUuid::Id128));
}

// The open markers: one QLockFile per open connection, "<file>.open-<connection>", removed when
// the connection is closed. QLockFile writes its process id (and name) in it and, with no stale
// time, counts it as stale only when that process is gone: a marker left by a crash, a kill or a
// power cut, never one of a process that still has the file open (this one included).
std::unique_ptr<QLockFile> lockMarker(const QString &file)
{
    auto marker = std::make_unique<QLockFile>(file);
    marker->setStaleLockTime(0);
    if (!marker->tryLock(0))
        return nullptr;
    return marker;
}

// The markers of processes that ended without closing the file, taken over by this one: they are
// removed only when the returned locks are released, so after the check has run.
std::vector<std::unique_ptr<QLockFile>> takeLeftMarkers(const QString &path)
{
    std::vector<std::unique_ptr<QLockFile>> left;
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList({info.fileName() + QStringLiteral(".open-*")}, QDir::Files);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".rmlock"))) // QLockFile's own, while it removes a stale one
            continue;
        if (auto marker = lockMarker(folder.filePath(name)))
            left.push_back(std::move(marker));
    }
    return left;
}

// Why the tables should be checked although nothing asked for it: the last full check is old, or
// none is recorded (a new file, or one from before the check was recorded: checked once).
QString fullCheckAge(const QSqlDatabase &db, const Clock &clock)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(kLastFullCheckKey);
    if (!query.exec() || !query.next())
        return QStringLiteral("no full check recorded");
    const QDateTime last = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    const qint64 age = last.isValid() ? last.secsTo(clock.nowUtc()) : -1;
    if (age < 0 || age > qint64(Database::kFullCheckEveryDays) * 86400)
        return QStringLiteral("the last full check is older than %1 days").arg(Database::kFullCheckEveryDays);
    return {};
}

void markCheckDue(const QString &path, const QString &reason)
{
    QSaveFile file(Database::checkDueFile(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(reason.toUtf8() + '\n') < 0 || !file.commit())
        qCWarning(lcDatabase) << "cannot mark the database for a damage check:" << file.errorString();
}

} // namespace

Database::Database(QString connectionName, QString path, const Clock *clock)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_clock(clock)
{}

Database::~Database()
{
    closeConnection();
    // m_openMarker goes after the connection: a clean end.
}

void Database::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") ||
           error.databaseText().contains(QLatin1String("malformed")) ||
           error.databaseText().contains(QLatin1String("not a database"));
}

QString Database::checkDueFile(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".check-due");
}

std::unique_ptr<Database> Database::open(const QString &path, const Clock &clock, QString *error, OpenReport *report)
{
    // Why this open checks the tables: damage found by a query, or a process that did not close
    // the file (the age of the last full check is read once the file is open).
    std::vector<std::unique_ptr<QLockFile>> leftMarkers;
    std::unique_ptr<QLockFile> marker;
    QString checkBecause;
    if (onDisk(path)) {
        leftMarkers = takeLeftMarkers(path);
        if (QFile::exists(checkDueFile(path)))
            checkBecause = QStringLiteral("a query found damage");
        else if (!leftMarkers.empty())
            checkBecause = QStringLiteral("the file was not closed at the last end");
        // Before the file is opened: a crash from here on is seen by the next open.
        marker = lockMarker(QStringLiteral("%1.open-%2").arg(path, QUuid::createUuid().toString(QUuid::Id128)));
        if (!marker)
            qCWarning(lcDatabase) << "cannot write the open marker beside the database";
    }
    const auto opened = [&](std::unique_ptr<Database> database) {
        if (report)
            report->checkedBecause = checkBecause;
        if (!checkBecause.isEmpty())
            QFile::remove(checkDueFile(path)); // checked, and recovered if it had to be
        database->m_openMarker = std::move(marker);
        return database;
    };
    bool corrupt = false;
    auto database = openOnce(path, clock, error, &corrupt, &checkBecause);
    if (database)
        return opened(std::move(database));
    if (!corrupt)
        return database;
    const QString movedTo = moveAside(path, clock, error);
    if (movedTo.isEmpty())
        return nullptr;
    qCWarning(lcDatabase) << "damaged database moved aside; a fresh one is created";
    if (report)
        report->movedAsideTo = movedTo;
    // The damaged file's device id, when it can still be read: the data key and the sync token
    // are named after it, so the new file keeps it.
    // The identity kept beside the file wins; else the damaged file's own, if it can be read.
    const DeviceIdentity kept = DeviceIdentity::load(path);
    QString deviceId = kept.deviceId.isEmpty() ? DatabaseSalvage::metaValue(movedTo, kDeviceIdKey) : kept.deviceId;
    if (QUuid::fromString(deviceId).isNull())
        deviceId.clear();
    QString checkNew = QStringLiteral("recovered into a new file");
    database = openOnce(path, clock, error, &corrupt, &checkNew, deviceId);
    if (!database)
        return nullptr;
    // Row by row around the damage: every session that can still be read is kept.
    const DatabaseSalvage::Report salvage = DatabaseSalvage::copyFile(movedTo, database->connection());
    qCWarning(lcDatabase, "from the damaged file: %d sessions recovered, %d could not be read", salvage.sessionsRead(),
              salvage.sessionsLost());
    // The server address too, when the damaged file's meta table could not give it.
    if (!kept.serverUrl.isEmpty() && database->metaValue(kServerUrlKey).isEmpty())
        database->setMetaValue(kServerUrlKey, kept.serverUrl);
    if (report) {
        report->sessionsRecovered = salvage.sessionsRead();
        report->sessionsLost = salvage.sessionsLost();
    }
    database->checkpoint();
    return opened(std::move(database));
}

std::unique_ptr<Database> Database::openOnce(const QString &path, const Clock &clock, QString *error, bool *corrupt,
                                             QString *checkBecause, const QString &deviceIdIfNew)
{
    const QString name = newConnectionName("");
    std::unique_ptr<Database> database(new Database(name, path, &clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto failed = [&](const QSqlError &sqlError) {
        fail(error, sqlError.text());
        *corrupt = isCorruption(sqlError);
        return nullptr;
    };
    if (!db.open())
        return failed(db.lastError());
    QSqlQuery query(db);
    const QStringList pragmas{
        // Reading the schema first: a damaged header or a file that is not a database fails here.
        QStringLiteral("SELECT count(*) FROM sqlite_master"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        // Deleted and purged personal data is overwritten, not left in free pages.
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const auto &pragma : pragmas) {
        if (!query.exec(pragma))
            return failed(query.lastError());
    }
    query.finish();
    // A damaged page of a table or an index is not seen by reading the schema. Looking for it reads
    // every page, so it is done only when there is a reason (see open()); otherwise damage is found
    // by the query that reads it (noteQueryError), which asks the next open to check.
    if (onDisk(path) && checkBecause->isEmpty())
        *checkBecause = fullCheckAge(db, clock);
    if (QString damage; onDisk(path) && !checkBecause->isEmpty()) {
        qCInfo(lcDatabase) << "checking the tables for damage:" << *checkBecause;
        if (DatabaseSalvage::isDamaged(db, false, &damage)) {
            fail(error, QStringLiteral("database disk image is malformed: %1").arg(damage));
            *corrupt = true;
            return nullptr;
        }
    }
    if (!migrate(db, error)) {
        *corrupt =
            error && (error->contains(QLatin1String("malformed")) || error->contains(QLatin1String("not a database")));
        return nullptr;
    }

    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(kDeviceIdKey);
    if (!query.exec() || (!query.next() && query.lastError().isValid()))
        return failed(query.lastError());
    database->m_deviceId = query.isValid() ? query.value(0).toString() : QString();
    query.finish();
    if (database->m_deviceId.isEmpty()) {
        // A new file next to a kept identity (the old file lost or set aside) is the same device.
        const QString kept = onDisk(path) ? DeviceIdentity::load(path).deviceId : QString();
        database->m_deviceId = !deviceIdIfNew.isEmpty() ? deviceIdIfNew
                               : !kept.isEmpty()        ? kept
                                                        : QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!database->setMetaValue(kDeviceIdKey, database->m_deviceId, error))
            return nullptr;
    }
    // Files enrolled before the identity was kept outside get it now.
    if (onDisk(path))
        DeviceIdentity{database->m_deviceId, database->metaValue(kServerUrlKey)}.save(path);
    if (onDisk(path) && !checkBecause->isEmpty() &&
        !database->setMetaValue(kLastFullCheckKey, clock.nowUtc().toUTC().toString(Qt::ISODate), error))
        return nullptr;
    return database;
}

std::unique_ptr<Database> Database::openReadOnly(const QString &path, QString *error)
{
    const auto refused = [error](const QString &message) -> std::unique_ptr<Database> {
        return fail(error, message, nullptr);
    };
    if (!QFileInfo(path).isFile())
        return refused(QStringLiteral("unable to open database file: no such file"));
    const QString name = newConnectionName("ro-");
    std::unique_ptr<Database> database(new Database(name, path, nullptr));
    database->m_readOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // A WAL with content must be read, which immutable mode would skip: then SQLite's own read-only
    // mode, which needs its -shm file (there already, or made beside the database).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    DatabaseSalvage::readOnlyConnection(db, path, isMarkedReadOnly(path) && (!wal.exists() || wal.size() == 0));
    if (!db.open())
        return refused(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) ||
        !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refused(query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > latestSchemaVersion())
        return refused(QStringLiteral("the database has schema version %1, newer than this app knows (%2)")
                           .arg(version)
                           .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return refused(QStringLiteral("the database has schema version %1, older than this app's (%2): open it once "
                                      "with this version to update it")
                           .arg(version)
                           .arg(latestSchemaVersion()));
    database->m_deviceId = database->metaValue(kDeviceIdKey);
    return database;
}

bool Database::isMarkedReadOnly(const QString &path)
{
    return markedReadOnly(path) || markedReadOnly(QFileInfo(path).absolutePath());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::setMetaValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(error, query.lastError().text());
    // The enrollment is also kept outside the file, which may one day be set aside as damaged.
    if (key == kServerUrlKey && onDisk(m_path) && !m_deviceId.isEmpty())
        DeviceIdentity{m_deviceId, value}.save(m_path);
    return true;
}

bool Database::noteQueryError(const QSqlError &error) const
{
    if (!isCorruption(error))
        return false;
    if (!m_damageFound) {
        m_damageFound = true;
        qCWarning(lcDatabase) << "a query found damage in the database:" << error.nativeErrorCode();
        // A read-only copy is left as it is; the check is asked for only where it can run.
        if (!m_readOnly && onDisk(m_path))
            markCheckDue(m_path, error.databaseText());
    }
    return true;
}

bool Database::reopenAfterDamage(OpenReport *report, QString *error)
{
    Q_ASSERT(!m_readOnly && m_clock && onDisk(m_path));
    // Asked for beside the file first: if this stops half-way, the next start still checks.
    markCheckDue(m_path, QStringLiteral("reopened after damage"));
    closeConnection();
    m_openMarker.reset(); // the new connection has its own
    auto fresh = open(m_path, *m_clock, error, report);
    if (!fresh)
        return false;
    std::swap(m_connectionName, fresh->m_connectionName);
    std::swap(m_openMarker, fresh->m_openMarker);
    m_deviceId = fresh->m_deviceId;
    m_damageFound = false;
    return true;
}

bool Database::checkpoint(QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(error, query.lastError().text());
    return true;
}

} // namespace passerelle
