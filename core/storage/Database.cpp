// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/Migrations.h"
#include "core/util/Fail.h"

#include <QDateTime>
#include <QFile>
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
    // The WAL and shared-memory files belong to the damaged file: they go with it.
    for (const auto &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
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
    return openOnce(path, error, &corrupt);
}

std::unique_ptr<Database> Database::openOnce(const QString &path, QString *error, bool *corrupt)
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
    if (!migrate(db, error)) {
        *corrupt =
            error && (error->contains(QLatin1String("malformed")) || error->contains(QLatin1String("not a database")));
        return nullptr;
    }

    database->m_deviceId = database->metaValue(QStringLiteral("device_id"));
    if (database->m_deviceId.isEmpty()) {
        database->m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!database->setMetaValue(QStringLiteral("device_id"), database->m_deviceId, error))
            return nullptr;
    }
    return database;
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
