// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/DatabaseSalvage.h"
#include "core/storage/DeviceIdentity.h"
#include "core/storage/Migrations.h"
#include "core/util/Fail.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace passerelle {

Q_LOGGING_CATEGORY(lcDatabase, "passerelle.storage")

namespace {

// SQLITE_CORRUPT and SQLITE_NOTADB: the file is there but is not (or no longer) a database.
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") ||
           error.databaseText().contains(QLatin1String("malformed")) ||
           error.databaseText().contains(QLatin1String("not a database"));
}

QString moveAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QStringLiteral("cannot move the damaged database aside");
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

bool onDisk(const QString &path)
{
    return path != QLatin1String(":memory:");
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, OpenReport *report)
{
    bool corrupt = false;
    auto database = openOnce(path, error, &corrupt);
    if (database || !corrupt)
        return database;
    const QString movedTo = moveAside(path, error);
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
    database = openOnce(path, error, &corrupt, deviceId);
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
    return database;
}

std::unique_ptr<Database> Database::openOnce(const QString &path, QString *error, bool *corrupt,
                                             const QString &deviceIdIfNew)
{
    const QString name = QStringLiteral("passerelle-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<Database> database(new Database(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto fail = [&](const QSqlError &sqlError) {
        if (error)
            *error = sqlError.text();
        *corrupt = isCorruption(sqlError);
        return nullptr;
    };
    if (!db.open())
        return fail(db.lastError());
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
            return fail(query.lastError());
    }
    query.finish();
    // A damaged page of a table or an index is not seen by reading the schema: look for it, so
    // a listing never stops short without saying so.
    if (QString damage; path != QLatin1String(":memory:") && DatabaseSalvage::isDamaged(db, false, &damage)) {
        if (error)
            *error = QStringLiteral("database disk image is malformed: %1").arg(damage);
        *corrupt = true;
        return nullptr;
    }
    if (!migrate(db, error)) {
        *corrupt =
            error && (error->contains(QLatin1String("malformed")) || error->contains(QLatin1String("not a database")));
        return nullptr;
    }

    database->m_deviceId = database->metaValue(kDeviceIdKey);
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
    return database;
}

std::unique_ptr<Database> Database::openReadOnly(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!QFileInfo(path).isFile())
        return fail(QStringLiteral("unable to open database file: no such file"));
    const QString name = QStringLiteral("passerelle-ro-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<Database> database(new Database(name, path));
    database->m_readOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // A WAL with content must be read, which immutable mode would skip: then SQLite's own read-only
    // mode, which needs its -shm file (there already, or made beside the database).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    DatabaseSalvage::readOnlyConnection(db, path, isMarkedReadOnly(path) && (!wal.exists() || wal.size() == 0));
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) ||
        !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > latestSchemaVersion())
        return fail(QStringLiteral("the database has schema version %1, newer than this app knows (%2)")
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return fail(QStringLiteral("the database has schema version %1, older than this app's (%2): open it once "
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

bool Database::checkpoint(QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(error, query.lastError().text());
    return true;
}

} // namespace passerelle
