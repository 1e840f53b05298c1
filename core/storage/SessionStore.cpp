// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SessionStore.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

bool SessionStore::saveCompleted(const SessionRecord &record, QString *error)
{
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (id, schema, started_utc, completed_utc, utc_offset_s, app_version, device_id,"
        " counselor_id, site_id, language, ruleset, status, age, territory, nationality, identity_route, record_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.id.toString(QUuid::WithoutBraces));
    query.addBindValue(SessionRecord::kSchemaVersion);
    query.addBindValue(record.startedUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(record.completedUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(record.utcOffsetSeconds);
    query.addBindValue(record.appVersion);
    query.addBindValue(record.deviceId);
    query.addBindValue(record.counselorId);
    query.addBindValue(record.siteId);
    query.addBindValue(record.language);
    query.addBindValue(record.result.rulesetId);
    query.addBindValue(statusCode(record.result.status));
    query.addBindValue(record.result.age);
    query.addBindValue(record.input.territory);
    query.addBindValue(nationalityCode(record.input.nationality));
    query.addBindValue(record.identityPlan.routeCode());
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(query.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

std::optional<SessionRecord> SessionStore::load(const QUuid &id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT record_json FROM sessions WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().isValid() ? query.lastError().text() : QStringLiteral("no such session");
        return std::nullopt;
    }
    return SessionRecord::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object(), error);
}

int SessionStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<SessionSummary> SessionStore::page(int offset, int limit) const
{
    QList<SessionSummary> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, completed_utc, status, age, ruleset FROM sessions"
                                 " ORDER BY completed_utc DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return list;
    while (query.next()) {
        list.append({QUuid::fromString(query.value(0).toString()),
                     QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs), query.value(2).toString(),
                     query.value(3).toInt(), query.value(4).toString()});
    }
    return list;
}

} // namespace passerelle
