// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Transaction.h"
#include "core/util/Fail.h"

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
             QStringLiteral("CREATE TABLE sessions ("
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
        // 2: personal data sealed (FieldCipher), images, drafts and the audit log. Version 1 kept the
        // whole record in clear: it moves to legacy_json, which SessionStore seals then clears as
        // soon as a data key is available. Clear columns are the statistics only.
        {2,
         {
             QStringLiteral("ALTER TABLE sessions RENAME TO sessions_v1"),
             QStringLiteral("DROP INDEX sessions_by_completion"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id TEXT PRIMARY KEY,"
                            " schema INTEGER NOT NULL,"
                            " started_utc TEXT NOT NULL,"
                            " completed_utc TEXT NOT NULL,"
                            " local_day TEXT NOT NULL,"
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
                            " categories TEXT NOT NULL DEFAULT '',"
                            " captures TEXT NOT NULL DEFAULT '{}',"
                            " personal BLOB,"
                            " first_name BLOB,"
                            " last_name BLOB,"
                            " legacy_json TEXT,"
                            " personal_purged_utc TEXT,"
                            " images_uploaded_utc TEXT,"
                            " images_purged_utc TEXT)"),
             QStringLiteral(
                 "INSERT INTO sessions (id, schema, started_utc, completed_utc, local_day, utc_offset_s, app_version,"
                 " device_id, counselor_id, site_id, language, ruleset, status, age, territory, nationality,"
                 " identity_route, legacy_json)"
                 " SELECT id, schema, started_utc, completed_utc,"
                 " date(completed_utc, utc_offset_s || ' seconds'), utc_offset_s, app_version, device_id,"
                 " counselor_id, site_id, language, ruleset, status, age, territory, nationality, identity_route,"
                 " record_json FROM sessions_v1"),
             QStringLiteral("DROP TABLE sessions_v1"),
             QStringLiteral("CREATE INDEX sessions_by_completion ON sessions (completed_utc DESC)"),
             QStringLiteral("CREATE INDEX sessions_by_day ON sessions (local_day)"),
             QStringLiteral("CREATE TABLE session_images ("
                            " session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                            " capture TEXT NOT NULL,"
                            " data BLOB NOT NULL,"
                            " PRIMARY KEY (session_id, capture))"),
             QStringLiteral("CREATE TABLE drafts ("
                            " id TEXT PRIMARY KEY,"
                            " started_utc TEXT NOT NULL,"
                            " updated_utc TEXT NOT NULL,"
                            " step TEXT NOT NULL,"
                            " step_index INTEGER NOT NULL,"
                            " state BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE draft_images ("
                            " draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
                            " capture TEXT NOT NULL,"
                            " data BLOB NOT NULL,"
                            " PRIMARY KEY (draft_id, capture))"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " seq INTEGER PRIMARY KEY,"
                            " at_utc TEXT NOT NULL,"
                            " event TEXT NOT NULL,"
                            " session_id TEXT NOT NULL DEFAULT '',"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
        // 3: the retention purge at start looks only at sessions still holding images or personal
        // data, so start-up does not grow with the history.
        {3,
         {
             QStringLiteral("CREATE INDEX sessions_images_due ON sessions (completed_utc)"
                            " WHERE images_purged_utc IS NULL"),
             QStringLiteral("CREATE INDEX sessions_personal_due ON sessions (completed_utc)"
                            " WHERE personal_purged_utc IS NULL"),
             QStringLiteral("CREATE INDEX drafts_by_update ON drafts (updated_utc)"),
         }},
        // 10: the sync outbox (core/sync/Outbox), one row per completed session, written in the same
        // transaction as the session. Sessions completed before this version are queued too.
        {10,
         {
             QStringLiteral("CREATE TABLE outbox ("
                            " session_id TEXT PRIMARY KEY,"
                            " state TEXT NOT NULL DEFAULT 'queued',"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_utc TEXT NOT NULL DEFAULT '',"
                            " receipt TEXT,"
                            " last_error TEXT,"
                            " queued_utc TEXT NOT NULL,"
                            " updated_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_utc)"),
             QStringLiteral("INSERT INTO outbox (session_id, queued_utc, updated_utc)"
                            " SELECT id, completed_utc, completed_utc FROM sessions"),
         }},
        // 11: image upload (core/sync): when the server asks for images, the parts declared with
        // the session (size, SHA-256) and how far each upload went, so a restart resumes it; the
        // session's receipt while its images are still uploading (state stays 'queued').
        {11,
         {
             QStringLiteral("CREATE TABLE outbox_parts ("
                            " session_id TEXT NOT NULL REFERENCES outbox (session_id) ON DELETE CASCADE,"
                            " part TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " confirmed_offset INTEGER NOT NULL DEFAULT 0,"
                            " completed_utc TEXT,"
                            " PRIMARY KEY (session_id, part))"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN session_receipt TEXT"),
         }},
        // 12: the kiosk's anonymous statistics (KioskStatistics), kept only when its policy says so:
        // counters per day, ending, last step, outcome and age; no id, no time of day, no name.
        {12,
         {
             QStringLiteral("CREATE TABLE kiosk_statistics ("
                            " day TEXT NOT NULL,"
                            " ending TEXT NOT NULL,"
                            " step TEXT NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " age INTEGER NOT NULL,"
                            " visits INTEGER NOT NULL,"
                            " PRIMARY KEY (day, ending, step, outcome, age))"),
             QStringLiteral("CREATE TABLE kiosk_statistics_categories ("
                            " day TEXT NOT NULL,"
                            " ending TEXT NOT NULL,"
                            " step TEXT NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " age INTEGER NOT NULL,"
                            " category TEXT NOT NULL,"
                            " chosen INTEGER NOT NULL,"
                            " PRIMARY KEY (day, ending, step, outcome, age, category))"),
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
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(error, query.lastError().text());
    const int current = query.value(0).toInt();
    if (current > latestSchemaVersion())
        return fail(error, QStringLiteral("the database has schema version %1, newer than this app knows (%2)")
                               .arg(current)
                               .arg(latestSchemaVersion()));
    for (const auto &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        Transaction transaction(db);
        if (!transaction.isOpen())
            return fail(error, transaction.error());
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (const auto &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return fail(error,
                            QStringLiteral("migration %1: %2").arg(migration.version).arg(query.lastError().text()));
        }
        if (!transaction.commit(error))
            return false;
    }
    return true;
}

} // namespace passerelle
