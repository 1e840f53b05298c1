// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace passerelle {

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE sessions ("
                 " id TEXT PRIMARY KEY,"
                 " schema INTEGER NOT NULL,"
                 " started_utc TEXT NOT NULL,"
                 " completed_utc TEXT NOT NULL,"
                 " utc_offset_s INTEGER NOT NULL,"
                 " app_version TEXT NOT NULL,"
                 " device_id TEXT NOT NULL,"
                 " counselor_id TEXT NOT NULL DEFAULT '',"
                 " site_id TEXT NOT NULL DEFAULT '',"
                 " language TEXT NOT NULL,"
                 " ruleset TEXT NOT NULL,"
                 " status TEXT NOT NULL,"
                 " age INTEGER NOT NULL,"
                 " territory TEXT NOT NULL,"
                 " nationality TEXT NOT NULL,"
                 " identity_route TEXT NOT NULL,"
                 " record_json TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX sessions_by_completion ON sessions (completed_utc DESC)"),
         }},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const int current = query.value(0).toInt();
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("the database has schema version %1, newer than this app knows (%2)")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (const auto &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (const auto &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                if (error)
                    *error = QStringLiteral("migration %1: %2").arg(migration.version).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace passerelle
