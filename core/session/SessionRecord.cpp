// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/SessionRecord.h"

#include "core/util/Fail.h"

#include <QJsonArray>

namespace passerelle {

QJsonObject SessionRecord::toJson() const
{
    return {
        {QStringLiteral("schema"), kSchemaVersion},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("started_utc"), startedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("completed_utc"), completedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("utc_offset_s"), utcOffsetSeconds},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("counselor_id"), counselorId},
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("language"), language},
        {QStringLiteral("input"), input.toJson()},
        {QStringLiteral("identity_document"), identityDocumentCode(document)},
        {QStringLiteral("has_smartphone"), hasSmartphone},
        {QStringLiteral("has_educonnect"), hasEduConnect},
        {QStringLiteral("result"), result.toJson()},
        {QStringLiteral("identity_plan"), identityPlan.toJson()},
        {QStringLiteral("chosen_categories"), QJsonArray::fromStringList(chosenCategories)},
    };
}

std::optional<SessionRecord> SessionRecord::fromJson(const QJsonObject &json, QString *error)
{
    const auto invalid = [error](const char *field, const char *what) {
        return fail(error, QStringLiteral("%1: %2").arg(QLatin1String(field), QLatin1String(what)), std::nullopt);
    };
    const int schema = json.value(QStringLiteral("schema")).toInt();
    if (schema < kOldestSchemaVersion || schema > kSchemaVersion)
        return invalid("schema", "unsupported version");
    SessionRecord r;
    r.id = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    if (r.id.isNull())
        return invalid("id", "must be a UUID");
    r.startedUtc = QDateTime::fromString(json.value(QStringLiteral("started_utc")).toString(), Qt::ISODateWithMs);
    r.completedUtc = QDateTime::fromString(json.value(QStringLiteral("completed_utc")).toString(), Qt::ISODateWithMs);
    if (!r.startedUtc.isValid())
        return invalid("started_utc", "must be an ISO 8601 date and time");
    if (!r.completedUtc.isValid())
        return invalid("completed_utc", "must be an ISO 8601 date and time");
    r.utcOffsetSeconds = json.value(QStringLiteral("utc_offset_s")).toInt();
    r.appVersion = json.value(QStringLiteral("app_version")).toString();
    r.deviceId = json.value(QStringLiteral("device_id")).toString();
    r.counselorId = json.value(QStringLiteral("counselor_id")).toString();
    r.siteId = json.value(QStringLiteral("site_id")).toString();
    r.language = json.value(QStringLiteral("language")).toString();
    const auto input = EligibilityInput::fromJson(json.value(QStringLiteral("input")).toObject());
    if (!input)
        return invalid("input", "must hold birth_date, appointment_date and nationality");
    r.input = *input;
    const auto document = identityDocumentFromCode(json.value(QStringLiteral("identity_document")).toString());
    if (!document)
        return invalid("identity_document", "unknown document code");
    r.document = *document;
    r.hasSmartphone = json.value(QStringLiteral("has_smartphone")).toBool(true);
    r.hasEduConnect = json.value(QStringLiteral("has_educonnect")).toBool(false);
    const auto result = EligibilityResult::fromJson(json.value(QStringLiteral("result")).toObject());
    if (!result)
        return invalid("result", "must hold a known status");
    r.result = *result;
    const auto plan = IdentityPlan::fromJson(json.value(QStringLiteral("identity_plan")).toObject());
    if (!plan)
        return invalid("identity_plan", "must hold a known route");
    r.identityPlan = *plan;
    if (schema < 2 && (plan->route == IdentityRoute::EduConnect || plan->route == IdentityRoute::None))
        return invalid("identity_plan", "route not in schema 1");
    // Added after schema 1 shipped: absent means no category chosen.
    const auto chosen = json.value(QStringLiteral("chosen_categories"));
    if (!chosen.isUndefined() && !chosen.isNull() && !chosen.isArray())
        return invalid("chosen_categories", "must be an array of category ids");
    for (const auto &id : chosen.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return invalid("chosen_categories", "must be an array of category ids");
        r.chosenCategories << id.toString();
    }
    return r;
}

} // namespace passerelle
