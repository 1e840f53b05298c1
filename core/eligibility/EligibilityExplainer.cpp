// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/EligibilityExplainer.h"

#include "core/util/Dates.h"
#include "core/util/Money.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct EligibilityExplainerText
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityExplainer)
};

QString day(QDate date)
{
    return dates::toLongText(date);
}

/** The deadline, said for the route of the one identity plan. */
QString confirmSentence(const EligibilityResult &r)
{
    const QString by = day(r.confirmIdentityBefore);
    switch (r.identityPlan.route) {
    case IdentityRoute::InAppCheck:
        return EligibilityExplainerText::tr("Confirm your identity in the pass Culture app by %1 at the latest.")
            .arg(by);
    case IdentityRoute::EduConnect:
        return EligibilityExplainerText::tr(
                   "Confirm your identity with ÉduConnect in the pass Culture app by %1 at the latest.")
            .arg(by);
    case IdentityRoute::DemarcheNumerique:
        return EligibilityExplainerText::tr("Send your file on Démarche Numérique by %1 at the latest.").arg(by);
    case IdentityRoute::None:
        break;
    }
    return EligibilityExplainerText::tr("Confirm your identity by %1 at the latest.").arg(by);
}

void addDigitalCapSentences(const EligibilityResult &r, QStringList &out)
{
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };
    if (r.digitalCap)
        out << EligibilityExplainerText::tr("For online offers, you can spend up to %1 in total.")
                   .arg(money(*r.digitalCap));
    else if (r.reasons.contains(QLatin1String("no_digital_cap")))
        out << EligibilityExplainerText::tr("Where you live, there is no limit for online offers.");
    if (!r.digitalCapChangedOn.isValid())
        return;
    if (r.digitalCapBeforeChange)
        out << EligibilityExplainerText::tr("If you activated your credit before %1, this limit is %2.")
                   .arg(day(r.digitalCapChangedOn), money(*r.digitalCapBeforeChange));
    else
        out << EligibilityExplainerText::tr(
                   "If you activated your credit before %1, there is no limit for online offers.")
                   .arg(day(r.digitalCapChangedOn));
}

void addCreditSentences(const EligibilityResult &r, QStringList &out)
{
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };
    if (r.nextAmountFrom.isValid())
        out << EligibilityExplainerText::tr("From %1, you will get %2 more.")
                   .arg(day(r.nextAmountFrom), money(r.nextAmount));
    if (r.confirmIdentityBefore.isValid())
        out << confirmSentence(r);
    if (r.creditExpires.isValid())
        out << EligibilityExplainerText::tr("You can spend your credit until %1.").arg(day(r.creditExpires));
    else if (r.creditValidityMonths > 0)
        out << EligibilityExplainerText::tr("You can spend your credit for %n months after you activate it.", nullptr,
                                            r.creditValidityMonths);
    addDigitalCapSentences(r, out);
    if (r.bonusPossible) {
        // The tense follows the age: at 18 "you may be able to get", at 17 "at 18, you may be able to get";
        // at 18 with the credit still to come (residence), "you will maybe be able to get".
        const QString bonus = money(r.bonusAmount);
        if (r.bonusAtThisAge && r.status == EligibilityStatus::Eligible)
            out << EligibilityExplainerText::tr("You may be able to get %1 more.").arg(bonus);
        else if (r.bonusAtThisAge)
            out << EligibilityExplainerText::tr("Then you may be able to get %1 more.").arg(bonus);
        else
            out << EligibilityExplainerText::tr("At %1, you may be able to get %2 more.").arg(r.bonusAge).arg(bonus);
        for (const auto &code : r.bonusConditions)
            out << EligibilityExplainer::bonusConditionText(code, r);
        if (r.bonusConditions.size() > 1)
            out << EligibilityExplainerText::tr("There is only one bonus, even if both apply.");
        out << (r.bonusAtThisAge && r.status == EligibilityStatus::Eligible
                    ? EligibilityExplainerText::tr("You ask for it in the app once your credit is unlocked, "
                                                   "with the identity of a parent.")
                    : EligibilityExplainerText::tr("You will ask for it in the app once your credit of %1 is "
                                                   "unlocked, with the identity of a parent.")
                          .arg(r.bonusAge));
        out << EligibilityExplainerText::tr("Your counselor can check this with you.");
    }
}

void addLaterCredit(const EligibilityResult &r, QStringList &out)
{
    if (r.eligibleFrom.isValid())
        out << EligibilityExplainerText::tr("From %1, you will get %2.")
                   .arg(day(r.eligibleFrom), formatAmount(r.amountAtEligibleFrom, r.currency));
}

QString otherHelp()
{
    return EligibilityExplainerText::tr(
        "Your counselor can show you other ways to enjoy culture and leisure near you.");
}

} // namespace

QString EligibilityExplainer::bonusConditionText(const QString &code, const EligibilityResult &r)
{
    if (code == QLatin1String("modest_household_quotient"))
        return r.bonusQuotientMax > 0
                   ? EligibilityExplainerText::tr("It is for you if your family's quotient familial (CAF or MSA) "
                                                  "was at most %1 over the months when you were 17.")
                         .arg(formatAmount(r.bonusQuotientMax, r.currency))
                   : EligibilityExplainerText::tr("This extra money is for families with a modest income.");
    if (code == QLatin1String("aeeh_or_aah"))
        return EligibilityExplainerText::tr(
            "It is also for you if you receive the AAH or your family receives the AEEH (disability allowances).");
    return code;
}

QStringList EligibilityExplainer::sentences(const EligibilityResult &r)
{
    QStringList out;
    switch (r.status) {
    case EligibilityStatus::Eligible:
        out << EligibilityExplainerText::tr("Good news: you can get the pass Culture.");
        out << EligibilityExplainerText::tr("You are %n years old.", nullptr, r.age) + QLatin1Char(' ') +
                   EligibilityExplainerText::tr("You can get %1 now.").arg(formatAmount(r.amount, r.currency));
        addCreditSentences(r, out);
        break;
    case EligibilityStatus::FreeOffersOnly:
        out << EligibilityExplainerText::tr("You can already create your account and book free offers.");
        if (r.reasons.contains(QLatin1String("educonnect_offered")))
            out << (r.reasons.contains(QLatin1String("has_educonnect"))
                        ? EligibilityExplainerText::tr("Open it with your ÉduConnect codes, given by your school.")
                        : EligibilityExplainerText::tr(
                              "If your school gave you ÉduConnect codes, you can open it with them."));
        addLaterCredit(r, out);
        addCreditSentences(r, out);
        break;
    case EligibilityStatus::TooYoung:
        out << EligibilityExplainerText::tr("It is a bit early for the pass Culture.");
        if (r.freeOffersFrom.isValid())
            out << EligibilityExplainerText::tr("From %1, you can book free offers.").arg(day(r.freeOffersFrom));
        addLaterCredit(r, out);
        addCreditSentences(r, out);
        break;
    case EligibilityStatus::ResidenceTooShort:
        out << EligibilityExplainerText::tr("You need to live in France for more than one year first.");
        if (r.eligibleFrom.isValid()) {
            addLaterCredit(r, out);
            addCreditSentences(r, out);
        } else {
            out << EligibilityExplainerText::tr("By then, you will be past the age limit.");
            out << EligibilityExplainerText::tr("So the pass Culture will not be possible for you.");
            out << otherHelp();
        }
        break;
    case EligibilityStatus::TooOld:
        out << EligibilityExplainerText::tr("You are %n years old.", nullptr, r.age) + QLatin1Char(' ') +
                   EligibilityExplainerText::tr("This is past the age to get a new pass Culture credit.");
        // "Until 21" only for credits activated under the rules that say so.
        if (r.creditExpires.isValid() && r.earlierCreditValidityMonths > 0)
            out << EligibilityExplainerText::tr(
                       "Did you activate your pass from %1 on? Then you can still use it until %2.")
                       .arg(day(r.earlierRulesBefore), day(r.creditExpires));
        else if (r.creditExpires.isValid())
            out << EligibilityExplainerText::tr(
                       "Did you activate your pass before? Then you can still use it until %1.")
                       .arg(day(r.creditExpires));
        if (r.earlierCreditValidityMonths > 0)
            out << EligibilityExplainerText::tr("Did you activate it before %1? Then it lasts %n months after you "
                                                "activated it.",
                                                nullptr, r.earlierCreditValidityMonths)
                       .arg(day(r.earlierRulesBefore));
        if (r.reasons.contains(QLatin1String("may_finish_sign_up")))
            out << EligibilityExplainerText::tr(
                       "Did you start your sign-up in the app before you turned %1? Then you can still finish it.")
                       .arg(r.lateSignUpStartedBeforeAge);
        out << otherHelp();
        break;
    case EligibilityStatus::TerritoryNotCovered:
        out << EligibilityExplainerText::tr("The pass Culture is not available where you live.");
        if (r.territoryCoveredFrom.isValid())
            out << EligibilityExplainerText::tr("It will be available from %1.").arg(day(r.territoryCoveredFrom));
        out << otherHelp();
        break;
    }
    if (r.reasons.contains(QLatin1String("app_without_credit")))
        out << EligibilityExplainerText::tr(
            "Even without credit, you can use the pass Culture app to find cultural events near you.");
    if (r.reasons.contains(QLatin1String("pilot_areas_only")))
        out << EligibilityExplainerText::tr(
            "At that time, the pass existed only in some test départements. Check that yours was one of them.");
    return out;
}

QString EligibilityExplainer::explain(const EligibilityResult &result)
{
    return sentences(result).join(QLatin1Char('\n'));
}

} // namespace passerelle
