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

// Sane values, not only types: a record that parses can still carry a year 10000 or an age of
// 5000 that would break a day column or a statistic. Lengths bound every string and list.
constexpr qsizetype kMaxStringLength = 200;
constexpr qsizetype kMaxListLength = 64;
constexpr int kMaxOffsetSeconds = 14 * 3600;

bool boundedLengths(const QJsonValue &value, const QString &path, RecordError *error)
{
    if (value.isString() && value.toString().size() > kMaxStringLength) {
        *error = {path, QStringLiteral("longer than %1 characters").arg(kMaxStringLength)};
        return false;
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (items.size() > kMaxListLength) {
            *error = {path, QStringLiteral("more than %1 items").arg(kMaxListLength)};
            return false;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!boundedLengths(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), error))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!boundedLengths(it.value(), join(path, it.key()), error))
                return false;
        }
    }
    return true;
}

bool inYears(const QDate &date, int first, int last)
{
    return !date.isValid() || (date.year() >= first && date.year() <= last);
}

bool saneValues(const SessionRecord &record, const QJsonObject &json, RecordError *error)
{
    if (!boundedLengths(json, QString(), error))
        return false;
    const auto refuse = [error](const QString &field, const QString &message) {
        *error = {field, message};
        return false;
    };
    if (!inYears(record.completedUtc.date(), 2020, 2100))
        return refuse(QStringLiteral("completed_utc"), QStringLiteral("must be a date from 2020 to 2100"));
    if (!inYears(record.startedUtc.date(), 2020, 2100) ||
        (record.startedUtc.isValid() && record.completedUtc.isValid() && record.startedUtc > record.completedUtc))
        return refuse(QStringLiteral("started_utc"),
                      QStringLiteral("must be a date from 2020 to 2100, before completed_utc"));
    if (record.utcOffsetSeconds < -kMaxOffsetSeconds || record.utcOffsetSeconds > kMaxOffsetSeconds)
        return refuse(QStringLiteral("utc_offset_s"), QStringLiteral("must be within -14 h and +14 h"));
    if (!inYears(record.input.birthDate, 1900, 2100))
        return refuse(QStringLiteral("input.birth_date"), QStringLiteral("must be a date from 1900 to 2100"));
    if (!inYears(record.input.appointmentDate, 2020, 2100))
        return refuse(QStringLiteral("input.appointment_date"), QStringLiteral("must be a date from 2020 to 2100"));
    if (!inYears(record.input.residentSince, 1900, 2100))
        return refuse(QStringLiteral("input.resident_since"), QStringLiteral("must be a date from 1900 to 2100"));
    if (record.result.age < 0 || record.result.age > 120)
        return refuse(QStringLiteral("result.age"), QStringLiteral("must be from 0 to 120"));
    if (record.result.amount < 0 || record.result.amount > 10000)
        return refuse(QStringLiteral("result.amount"), QStringLiteral("must be from 0 to 10000"));
    return true;
}

} // namespace

std::optional<SessionRecord> validateRecord(const QJsonObject &json, RecordError *error)
{
    RecordError local;
    if (!error)
        error = &local;
    const QJsonValue schema = json.value(QStringLiteral("schema"));
    const double version = schema.toDouble();
    if (!schema.isDouble() || version != int(version) || version < SessionRecord::kOldestSchemaVersion ||
        version > SessionRecord::kSchemaVersion) {
        *error = {QStringLiteral("schema"), QStringLiteral("unsupported version (this server reads %1 to %2)")
                                                .arg(SessionRecord::kOldestSchemaVersion)
                                                .arg(SessionRecord::kSchemaVersion)};
        return std::nullopt;
    }
    QString message;
    auto record = SessionRecord::fromJson(json, &message);
    if (!record) {
        const qsizetype colon = message.indexOf(QLatin1Char(':'));
        *error = {message.left(colon), message.mid(colon + 1).trimmed()};
        return std::nullopt;
    }
    QJsonObject reference = record->toJson();
    if (version < 2)
        reference.remove(QStringLiteral("has_educonnect")); // schema 1 had no school answer
    if (!sameShape(json, reference, QString(), error))
        return std::nullopt;
    if (!saneValues(*record, json, error))
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
                                      QStringLiteral("has_smartphone"),
                                      QStringLiteral("has_educonnect")};
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
