// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityInput.h"
#include "core/eligibility/EligibilityResult.h"
#include "core/eligibility/IdentityRoute.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace passerelle {

/**
 * One completed appointment, as stored, exported and later synced. Immutable once completed:
 * its id is also the idempotency key the sync uses.
 */
struct SessionRecord
{
    /** 2: the "educonnect" route, a null route (no credit to unlock) and has_educonnect. */
    static constexpr int kSchemaVersion = 2;
    static constexpr int kOldestSchemaVersion = 1; ///< still read (exports, older clients)

    QUuid id;
    QDateTime startedUtc;
    QDateTime completedUtc;
    int utcOffsetSeconds = 0; ///< local time = completedUtc + offset (the counselor's clock)
    QString appVersion;
    QString deviceId;
    QString counselorId;
    QString siteId;
    QString language;
    EligibilityInput input;
    IdentityDocument document = IdentityDocument::FrenchIdCard;
    bool hasSmartphone = true;
    bool hasEduConnect = false; ///< at school with ÉduConnect codes (schema 2)
    EligibilityResult result;
    IdentityPlan identityPlan;
    QStringList chosenCategories; ///< offer category ids the young person likes; empty: "je ne sais pas"

    QJsonObject toJson() const;
    /** Reads a record (e.g. an exported SESSION.json); @p error names the first bad field. */
    static std::optional<SessionRecord> fromJson(const QJsonObject &json, QString *error);
};

} // namespace passerelle
