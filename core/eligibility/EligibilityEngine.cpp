// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/EligibilityEngine.h"

#include "core/eligibility/EligibilityExplainer.h"
#include "core/eligibility/RuleBook.h"
#include "core/eligibility/Territory.h"
#include "core/util/Dates.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct EligibilityEngineText
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityEngine)
};

constexpr int kMaxPlausibleAge = 120;

/** The days during which one age's offer is open to this person: [start, end). */
struct Window
{
    QDate start;
    QDate end;
    bool isOpen() const { return start < end; }
};

Window windowOf(const AgeBracket &bracket, QDate birth, QDate residenceMet)
{
    Window w{dates::anniversary(birth, bracket.age), dates::anniversary(birth, bracket.age + 1)};
    if (bracket.opensOn.isValid() && bracket.opensOn > w.start)
        w.start = bracket.opensOn;
    if (residenceMet.isValid() && residenceMet > w.start)
        w.start = residenceMet;
    return w;
}

/** The first day this person could activate a credit under @p rs (clamped to its start). */
QDate firstCreditStart(const RuleSet &rs, QDate birth, QDate residenceMet)
{
    for (const auto &b : rs.brackets) {
        const Window w = windowOf(b, birth, residenceMet);
        if (b.kind == AgeBracket::Kind::Credit && w.isOpen())
            return std::max(w.start, rs.validFrom);
    }
    return {};
}

/**
 * The digital cap of a credit activated on @p activation; when the cap follows the activation date
 * and it changed after this person could first activate, the cap an earlier credit keeps.
 */
void applyDigitalCap(const RuleSet &rs, const AgeBracket &bracket, const QString &territory, QDate activation,
                     QDate firstPossibleActivation, EligibilityResult &r)
{
    const DigitalCapRule &rule = bracket.digitalCap;
    const DatedAmount *entry = rule.entryOn(activation, territory);
    if (!entry)
        return;
    r.digitalCap = entry->amount;
    if (!entry->amount)
        r.reasons << QStringLiteral("no_digital_cap");
    if (rule.follows != DigitalCapRule::Follows::ActivationDate || !firstPossibleActivation.isValid() ||
        entry->from <= std::max(firstPossibleActivation, rs.validFrom))
        return;
    const DatedAmount *before = rule.entryOn(entry->from.addDays(-1), territory);
    if (before && before != entry && before->amount != entry->amount) {
        r.digitalCapChangedOn = entry->from;
        r.digitalCapBeforeChange = before->amount;
        r.reasons << QStringLiteral("digital_cap_follows_activation");
    }
}

/**
 * A 19- or 20-year-old who turned 18 under older rules may have activated a credit that lasts N
 * months after activation, not until 21: say so instead of promising the date.
 */
void noteEarlierCreditValidity(const RuleBook &book, const RuleSet &rs, const EligibilityInput &in,
                               EligibilityResult &r)
{
    const RuleSet *earlier = book.inForce(rs.validFrom.addDays(-1), in.territory);
    if (!earlier || earlier->brackets.isEmpty())
        return;
    // The oldest age's credit under the earlier rules (18), if this person reached it before they changed.
    const AgeBracket &oldest = earlier->brackets.last();
    if (oldest.validity.type != CreditValidity::Type::MonthsAfterActivation ||
        dates::anniversary(in.birthDate, oldest.age) >= rs.validFrom)
        return;
    r.earlierRulesBefore = rs.validFrom;
    r.earlierCreditValidityMonths = oldest.validity.value;
    r.reasons << QStringLiteral("earlier_credit_lasts_months");
}

} // namespace

QList<InputError> EligibilityEngine::validate(const EligibilityInput &in) const
{
    QList<InputError> errors;
    const auto add = [&errors](const char *field, const char *code, const QString &message) {
        errors.append({QString::fromLatin1(field), QString::fromLatin1(code), message});
    };
    if (!in.birthDate.isValid())
        add("birth_date", "invalid_date", EligibilityEngineText::tr("The birth date is not a real date."));
    if (!in.appointmentDate.isValid())
        add("appointment_date", "invalid_date", EligibilityEngineText::tr("The appointment date is not a real date."));
    if (in.birthDate.isValid() && in.appointmentDate.isValid()) {
        if (in.birthDate > in.appointmentDate)
            add("birth_date", "birth_after_appointment",
                EligibilityEngineText::tr("The birth date is after the appointment date."));
        else if (dates::ageOn(in.birthDate, in.appointmentDate) > kMaxPlausibleAge)
            add("birth_date", "implausible_age", EligibilityEngineText::tr("Check the year of birth."));
    }
    if (!territories::isKnown(in.territory))
        add("territory", "unknown_territory", EligibilityEngineText::tr("Choose a place of residence from the list."));
    if (in.needsResidenceDate()) {
        if (!in.residentSince.isValid())
            add("resident_since", "missing",
                EligibilityEngineText::tr("Enter the date since when you live in France."));
        else if (in.birthDate.isValid() && in.residentSince < in.birthDate)
            add("resident_since", "before_birth",
                EligibilityEngineText::tr("The date of arrival in France is before the birth date."));
        else if (in.appointmentDate.isValid() && in.residentSince > in.appointmentDate)
            add("resident_since", "after_appointment",
                EligibilityEngineText::tr("The date of arrival in France is in the future."));
    }
    if (in.appointmentDate.isValid() && !m_ruleBook->anyInForce(in.appointmentDate)) {
        const QDate first = m_ruleBook->isEmpty() ? QDate() : m_ruleBook->ruleSets().first().validFrom;
        add("appointment_date", "no_rules_on_date",
            EligibilityEngineText::tr("The pass Culture did not exist yet on that date (it started on %1).")
                .arg(dates::toLongText(first)));
    }
    return errors;
}

EligibilityResult EligibilityEngine::evaluate(const EligibilityInput &in) const
{
    EligibilityResult r;
    const QDate on = in.appointmentDate;
    const QDate birth = in.birthDate;
    r.age = dates::ageOn(birth, on);

    const RuleSet *rs = m_ruleBook->inForce(on, in.territory);
    if (!rs) {
        const RuleSet *reference = m_ruleBook->anyInForce(on);
        r.status = EligibilityStatus::TerritoryNotCovered;
        if (reference) {
            r.rulesetId = reference->id;
            r.rulesetName = reference->name;
            r.currency = reference->currency;
        }
        r.reasons << QStringLiteral("territory_not_covered");
        if (const RuleSet *later = m_ruleBook->nextCovering(on, in.territory)) {
            r.reasons << QStringLiteral("territory_covered_later");
            r.territoryCoveredFrom = later->validFrom;
        }
        r.identityPlan = planIdentityRoute(in.identity, false, false);
        r.explanation = EligibilityExplainer::explain(r);
        return r;
    }

    r.rulesetId = rs->id;
    r.rulesetName = rs->name;
    r.currency = rs->currency;

    QDate residenceMet;
    if (in.needsResidenceDate()) {
        residenceMet = dates::anniversary(in.residentSince, rs->minResidenceYearsOtherNationals);
        if (rs->residenceMoreThan)
            residenceMet = residenceMet.addDays(1);
        r.residenceConditionMetOn = residenceMet;
    }
    const bool residenceOk = !residenceMet.isValid() || residenceMet <= on;
    const AgeBracket *current = rs->bracketForAge(r.age);

    // The first credit this person can still get, and the ones after it.
    const AgeBracket *target = nullptr;
    Window targetWindow;
    for (const auto &b : rs->brackets) {
        const Window w = windowOf(b, birth, residenceMet);
        if (b.kind == AgeBracket::Kind::Credit && w.end > on && w.isOpen()) {
            target = &b;
            targetWindow = w;
            break;
        }
    }

    if (r.age >= rs->maxAgeExclusive()) {
        r.status = EligibilityStatus::TooOld;
        r.reasons << QStringLiteral("above_maximum_age");
        target = nullptr;
        if (rs->creditUsableUntilAge > r.age) {
            r.reasons << QStringLiteral("credit_usable_if_activated");
            r.creditExpires = dates::anniversary(birth, rs->creditUsableUntilAge).addDays(-1);
            noteEarlierCreditValidity(*m_ruleBook, *rs, in, r);
        }
        if (rs->lateSignUpStartedBeforeAge > 0 && r.age >= rs->lateSignUpStartedBeforeAge &&
            r.age < rs->lateSignUpUntilAge) {
            r.reasons << QStringLiteral("may_finish_sign_up");
            r.lateSignUpStartedBeforeAge = rs->lateSignUpStartedBeforeAge;
        }
    } else if (!residenceOk) {
        r.status = EligibilityStatus::ResidenceTooShort;
        r.reasons << QStringLiteral("residence_too_short");
        if (!target)
            r.reasons << QStringLiteral("residence_met_after_age_limit");
    } else if (!current) {
        r.status = EligibilityStatus::TooYoung;
        r.reasons << QStringLiteral("below_minimum_age");
    } else if (current->opensOn.isValid() && on < current->opensOn) {
        r.status = EligibilityStatus::TooYoung;
        r.reasons << QStringLiteral("age_not_open_yet");
    } else if (current->kind == AgeBracket::Kind::FreeOffersOnly) {
        r.status = EligibilityStatus::FreeOffersOnly;
        r.reasons << QStringLiteral("free_offers_only_at_this_age");
    } else {
        r.status = EligibilityStatus::Eligible;
        r.reasons << QStringLiteral("credit_for_this_age");
        r.amount = current->amount;
    }

    if (target) {
        r.eligibleFrom = targetWindow.start;
        r.amountAtEligibleFrom = target->amount;
        r.confirmIdentityBefore = dates::anniversary(birth, target->confirmBeforeAge).addDays(-1);
        if (target->validity.type == CreditValidity::Type::UntilAge)
            r.creditExpires = dates::anniversary(birth, target->validity.value).addDays(-1);
        else if (target->validity.type == CreditValidity::Type::MonthsAfterActivation)
            r.creditValidityMonths = target->validity.value;
        applyDigitalCap(*rs, *target, in.territory, std::max(on, targetWindow.start),
                        firstCreditStart(*rs, birth, residenceMet), r);

        bool afterTarget = false;
        for (const auto &b : rs->brackets) {
            if (&b == target)
                afterTarget = true;
            const Window w = windowOf(b, birth, residenceMet);
            if (!afterTarget || b.kind != AgeBracket::Kind::Credit || !w.isOpen())
                continue;
            r.cumulativeAmount += b.amount;
            if (&b != target && !r.nextAmountFrom.isValid()) {
                r.nextAmount = b.amount;
                r.nextAmountFrom = w.start;
            }
            if (b.bonus && !r.bonusPossible) {
                r.bonusPossible = true;
                r.bonusAmount = b.bonus->amount;
                r.bonusConditions = b.bonus->conditions;
                r.bonusQuotientMax = b.bonus->quotientFamilialMax;
                r.bonusAtThisAge = &b == current;
                r.bonusAge = b.age;
            }
        }
    }

    // Free offers (from 15 under the 2025 rules) for those who have not reached them yet.
    if (r.status == EligibilityStatus::TooYoung || r.status == EligibilityStatus::FreeOffersOnly ||
        r.status == EligibilityStatus::ResidenceTooShort) {
        for (const auto &b : rs->brackets) {
            if (b.kind != AgeBracket::Kind::FreeOffersOnly)
                continue;
            const Window w = windowOf(b, birth, residenceMet);
            if (w.isOpen() && w.end > on) {
                r.freeOffersFrom = w.start;
                break;
            }
        }
    }

    // The one identity plan: ÉduConnect where the rule set offers it at this age.
    IdentityCircumstances identity = in.identity;
    identity.frenchNational = in.nationality == Nationality::French;
    const bool eduConnectOffered = current && current->eduConnect && r.status != EligibilityStatus::TooOld;
    r.identityPlan = planIdentityRoute(identity, r.status == EligibilityStatus::Eligible, eduConnectOffered);
    if (eduConnectOffered && r.status == EligibilityStatus::FreeOffersOnly) {
        r.reasons << QStringLiteral("educonnect_offered");
        if (identity.hasEduConnect)
            r.reasons << QStringLiteral("has_educonnect");
    }
    if (r.status != EligibilityStatus::Eligible && r.status != EligibilityStatus::FreeOffersOnly &&
        rs->appWithoutCreditFrom.isValid() && on >= rs->appWithoutCreditFrom)
        r.reasons << QStringLiteral("app_without_credit");

    if (rs->pilotAreasOnly)
        r.reasons << QStringLiteral("pilot_areas_only");
    if (r.bonusPossible)
        r.reasons << QStringLiteral("bonus_may_apply");
    r.explanation = EligibilityExplainer::explain(r);
    return r;
}

} // namespace passerelle
