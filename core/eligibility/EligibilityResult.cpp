// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/EligibilityResult.h"

#include "core/util/CodeTable.h"
#include "core/util/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace passerelle {

namespace {
constexpr auto kStatuses = codeTable<EligibilityStatus>({
    {EligibilityStatus::Eligible, "eligible"},
    {EligibilityStatus::FreeOffersOnly, "free_offers_only"},
    {EligibilityStatus::TooYoung, "too_young"},
    {EligibilityStatus::TooOld, "too_old"},
    {EligibilityStatus::ResidenceTooShort, "residence_too_short"},
    {EligibilityStatus::TerritoryNotCovered, "territory_not_covered"},
});
static_assert(kStatuses.isWellFormed());

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(dates::toIso(date)) : QJsonValue();
}
} // namespace

QString statusCode(EligibilityStatus status)
{
    return kStatuses.code(status);
}

std::optional<EligibilityStatus> statusFromCode(const QString &code)
{
    return kStatuses.fromCode(code);
}

QString statusHeadline(EligibilityStatus status)
{
    switch (status) {
    case EligibilityStatus::Eligible:
        return QCoreApplication::translate("Eligibility", "You can get the pass Culture");
    case EligibilityStatus::FreeOffersOnly:
        return QCoreApplication::translate("Eligibility", "Free offers now, your credit later");
    case EligibilityStatus::TooYoung:
        return QCoreApplication::translate("Eligibility", "Not yet: it is a bit early");
    case EligibilityStatus::TooOld:
        return QCoreApplication::translate("Eligibility", "The age limit has passed");
    case EligibilityStatus::ResidenceTooShort:
        return QCoreApplication::translate("Eligibility", "Not yet: more than one year in France is needed");
    case EligibilityStatus::TerritoryNotCovered:
        break;
    }
    return QCoreApplication::translate("Eligibility", "Not available where you live");
}

QJsonObject EligibilityResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), statusCode(status));
    o.insert(QStringLiteral("age"), age);
    o.insert(QStringLiteral("ruleset"), rulesetId);
    o.insert(QStringLiteral("ruleset_name"), rulesetName);
    o.insert(QStringLiteral("amount"), amount);
    o.insert(QStringLiteral("currency"), currency);
    o.insert(QStringLiteral("cumulative_amount"), cumulativeAmount);
    o.insert(QStringLiteral("next_amount"), nextAmount);
    o.insert(QStringLiteral("next_amount_from"), dateValue(nextAmountFrom));
    o.insert(QStringLiteral("eligible_from"), dateValue(eligibleFrom));
    o.insert(QStringLiteral("amount_at_eligible_from"), amountAtEligibleFrom);
    o.insert(QStringLiteral("confirm_identity_before"), dateValue(confirmIdentityBefore));
    o.insert(QStringLiteral("credit_expires"), dateValue(creditExpires));
    o.insert(QStringLiteral("credit_validity_months"),
             creditValidityMonths > 0 ? QJsonValue(creditValidityMonths) : QJsonValue());
    o.insert(QStringLiteral("residence_condition_met_on"), dateValue(residenceConditionMetOn));
    o.insert(QStringLiteral("free_offers_from"), dateValue(freeOffersFrom));
    o.insert(QStringLiteral("territory_covered_from"), dateValue(territoryCoveredFrom));
    o.insert(QStringLiteral("bonus_possible"), bonusPossible);
    o.insert(QStringLiteral("bonus_amount"), bonusPossible ? QJsonValue(bonusAmount) : QJsonValue());
    o.insert(QStringLiteral("bonus_conditions"), QJsonArray::fromStringList(bonusConditions));
    o.insert(QStringLiteral("digital_cap"), digitalCap ? QJsonValue(*digitalCap) : QJsonValue());
    o.insert(QStringLiteral("digital_cap_changed_on"), dateValue(digitalCapChangedOn));
    o.insert(QStringLiteral("digital_cap_before_change"),
             digitalCapBeforeChange ? QJsonValue(*digitalCapBeforeChange) : QJsonValue());
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    o.insert(QStringLiteral("explanation"), explanation);
    return o;
}

std::optional<EligibilityResult> EligibilityResult::fromJson(const QJsonObject &o)
{
    const auto status = statusFromCode(o.value(QStringLiteral("status")).toString());
    if (!status)
        return std::nullopt;
    const auto date = [&o](const char *key) { return dates::parseIso(o.value(QLatin1String(key)).toString()); };
    EligibilityResult r;
    r.status = *status;
    r.age = o.value(QStringLiteral("age")).toInt();
    r.rulesetId = o.value(QStringLiteral("ruleset")).toString();
    r.rulesetName = o.value(QStringLiteral("ruleset_name")).toString();
    r.amount = o.value(QStringLiteral("amount")).toDouble();
    r.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    r.cumulativeAmount = o.value(QStringLiteral("cumulative_amount")).toDouble();
    r.nextAmount = o.value(QStringLiteral("next_amount")).toDouble();
    r.nextAmountFrom = date("next_amount_from");
    r.eligibleFrom = date("eligible_from");
    r.amountAtEligibleFrom = o.value(QStringLiteral("amount_at_eligible_from")).toDouble();
    r.confirmIdentityBefore = date("confirm_identity_before");
    r.creditExpires = date("credit_expires");
    r.creditValidityMonths = o.value(QStringLiteral("credit_validity_months")).toInt();
    r.residenceConditionMetOn = date("residence_condition_met_on");
    r.freeOffersFrom = date("free_offers_from");
    r.territoryCoveredFrom = date("territory_covered_from");
    r.bonusPossible = o.value(QStringLiteral("bonus_possible")).toBool();
    r.bonusAmount = o.value(QStringLiteral("bonus_amount")).toDouble();
    for (const auto &c : o.value(QStringLiteral("bonus_conditions")).toArray())
        r.bonusConditions << c.toString();
    if (o.value(QStringLiteral("digital_cap")).isDouble())
        r.digitalCap = o.value(QStringLiteral("digital_cap")).toDouble();
    r.digitalCapChangedOn = date("digital_cap_changed_on");
    if (o.value(QStringLiteral("digital_cap_before_change")).isDouble())
        r.digitalCapBeforeChange = o.value(QStringLiteral("digital_cap_before_change")).toDouble();
    for (const auto &c : o.value(QStringLiteral("reasons")).toArray())
        r.reasons << c.toString();
    r.explanation = o.value(QStringLiteral("explanation")).toString();
    return r;
}

} // namespace passerelle
