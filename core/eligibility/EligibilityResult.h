// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/IdentityRoute.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

enum class EligibilityStatus {
    Eligible,
    FreeOffersOnly,
    TooYoung,
    TooOld,
    ResidenceTooShort,
    TerritoryNotCovered,
};

QString statusCode(EligibilityStatus status); ///< "eligible", "free_offers_only", ...
std::optional<EligibilityStatus> statusFromCode(const QString &code);
/** The answer at a glance, translated ("Tu peux avoir le pass Culture"). */
QString statusHeadline(EligibilityStatus status);

/** The answer of the eligibility engine: everything the result page, the summary and records need. */
struct EligibilityResult
{
    EligibilityStatus status = EligibilityStatus::TooYoung;
    int age = 0;
    QString rulesetId;
    QString rulesetName;
    double amount = 0; ///< credit for this age, now (0 unless eligible)
    QString currency = QStringLiteral("EUR");
    double cumulativeAmount = 0; ///< this age's credit and the ones still to come
    double nextAmount = 0;       ///< the next credit to come, if any
    QDate nextAmountFrom;
    QDate eligibleFrom;              ///< since when (eligible) or from when (not yet)
    double amountAtEligibleFrom = 0; ///< the credit granted at eligibleFrom
    QDate confirmIdentityBefore;     ///< last day to confirm identity and activate
    QDate creditExpires;             ///< when the rule set fixes a date
    int creditValidityMonths = 0;    ///< when the credit lasts N months after activation
    QDate residenceConditionMetOn;
    QDate freeOffersFrom;       ///< when free offers open, for those too young for them
    QDate territoryCoveredFrom; ///< when a later rule set covers a territory not covered yet
    bool bonusPossible = false;
    double bonusAmount = 0;
    QStringList bonusConditions;
    std::optional<double> digitalCap; ///< for a credit activated now (or when it opens); none: no cap
    /**
     * When the cap follows the activation date and this person could have activated before it
     * last changed: the day it changed, and the cap a credit activated before keeps (none: no cap).
     */
    QDate digitalCapChangedOn;
    std::optional<double> digitalCapBeforeChange;
    QStringList reasons;
    QString explanation;
    /**
     * The one identity plan, chosen with the answer: the explanation, the result page and the
     * record all read it. Not written by toJson() (the record holds it as identity_plan).
     */
    IdentityPlan identityPlan;
    bool bonusAtThisAge = false;         ///< the bonus is for the current age (else at a later one); not in JSON
    int bonusAge = 0;                    ///< the age whose credit carries the bonus; not in JSON
    double bonusQuotientMax = 0;         ///< the quotient familial limit of the bonus; not in JSON
    int lateSignUpStartedBeforeAge = 0;  ///< with reason "may_finish_sign_up"; not in JSON
    QDate earlierRulesBefore;            ///< with "earlier_credit_lasts_months": the rules changed on this day
    int earlierCreditValidityMonths = 0; ///< how long a credit activated before then lasts; not in JSON

    QJsonObject toJson() const;
    static std::optional<EligibilityResult> fromJson(const QJsonObject &json);
};

} // namespace passerelle
