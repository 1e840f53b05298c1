// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/RecordValidator.h"

#include <QJsonArray>

namespace passerelle::sync {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

// The shape comes from the core model itself: what toJson() writes back after fromJson() is the
// schema, so the validator cannot drift from the record. Null in the reference marks an optional
// value (a date not set), which may be null or of any scalar type the model then parses.
bool sameShape(const QJsonValue &received, const QJsonValue &reference, const QString &path, RecordError *error);

bool sameShape(const QJsonObject &received, const QJsonObject &reference, const QString &path, RecordError *error)
{
    for (auto it = received.begin(); it != received.end(); ++it) {
        if (!reference.contains(it.key())) {
            *error = {join(path, it.key()), QStringLiteral("unknown field")};
            return false;
        }
    }
    for (auto it = reference.begin(); it != reference.end(); ++it) {
        const QString field = join(path, it.key());
        if (!received.contains(it.key())) {
            // Optional values: a date not set (null) or a list added after schema 1 (empty).
            if (it.value().isNull() || (it.value().isArray() && it.value().toArray().isEmpty()))
                continue;
            *error = {field, QStringLiteral("missing")};
            return false;
        }
        if (!sameShape(received.value(it.key()), it.value(), field, error))
            return false;
    }
    return true;
}

bool sameShape(const QJsonValue &received, const QJsonValue &reference, const QString &path, RecordError *error)
{
    if (reference.isNull() || received.isNull()) {
        if (received.isObject() || received.isArray()) {
            *error = {path, QStringLiteral("must be a scalar value or null")};
            return false;
        }
        return true;
    }
    if (received.type() != reference.type()) {
        *error = {path, QStringLiteral("must be %1").arg(typeName(reference.type()))};
        return false;
    }
    if (received.isObject())
        return sameShape(received.toObject(), reference.toObject(), path, error);
    if (received.isArray()) {
        const QJsonArray items = received.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                *error = {QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("must be a string")};
                return false;
            }
        }
    }
    return true;
}

} // namespace

std::optional<SessionRecord> validateRecord(const QJsonObject &json, RecordError *error)
{
    RecordError local;
    if (!error)
        error = &local;
    const QJsonValue schema = json.value(QStringLiteral("schema"));
    if (!schema.isDouble() || schema.toDouble() != SessionRecord::kSchemaVersion) {
        *error = {QStringLiteral("schema"),
                  QStringLiteral("unsupported version (this server reads %1)").arg(SessionRecord::kSchemaVersion)};
        return std::nullopt;
    }
    QString message;
    auto record = SessionRecord::fromJson(json, &message);
    if (!record) {
        const qsizetype colon = message.indexOf(QLatin1Char(':'));
        *error = {message.left(colon), message.mid(colon + 1).trimmed()};
        return std::nullopt;
    }
    if (!sameShape(json, record->toJson(), QString(), error))
        return std::nullopt;
    return record;
}

QJsonObject minimisedRecord(const QJsonObject &record)
{
    static const QStringList topLevel{QStringLiteral("schema"),
                                      QStringLiteral("id"),
                                      QStringLiteral("started_utc"),
                                      QStringLiteral("completed_utc"),
                                      QStringLiteral("utc_offset_s"),
                                      QStringLiteral("app_version"),
                                      QStringLiteral("device_id"),
                                      QStringLiteral("counselor_id"),
                                      QStringLiteral("site_id"),
                                      QStringLiteral("language"),
                                      QStringLiteral("identity_document"),
                                      QStringLiteral("has_smartphone")};
    static const QStringList inputKept{QStringLiteral("appointment_date"), QStringLiteral("nationality"),
                                       QStringLiteral("territory")};
    static const QStringList resultKept{QStringLiteral("status"),   QStringLiteral("age"),
                                        QStringLiteral("ruleset"),  QStringLiteral("amount"),
                                        QStringLiteral("currency"), QStringLiteral("bonus_possible"),
                                        QStringLiteral("reasons")};
    static const QStringList planKept{QStringLiteral("route"), QStringLiteral("captures"), QStringLiteral("reasons")};
    const auto pick = [](const QJsonObject &from, const QStringList &keys) {
        QJsonObject out;
        for (const auto &key : keys) {
            if (from.contains(key))
                out.insert(key, from.value(key));
        }
        return out;
    };
    QJsonObject out = pick(record, topLevel);
    out.insert(QStringLiteral("input"), pick(record.value(QStringLiteral("input")).toObject(), inputKept));
    out.insert(QStringLiteral("result"), pick(record.value(QStringLiteral("result")).toObject(), resultKept));
    out.insert(QStringLiteral("identity_plan"),
               pick(record.value(QStringLiteral("identity_plan")).toObject(), planKept));
    out.insert(QStringLiteral("minimised"), true);
    return out;
}

} // namespace passerelle::sync
