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

void addCreditSentences(const EligibilityResult &r, QStringList &out)
{
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };
    if (r.nextAmountFrom.isValid())
        out << EligibilityExplainerText::tr("From %1, you will get %2 more.")
                   .arg(day(r.nextAmountFrom), money(r.nextAmount));
    if (r.confirmIdentityBefore.isValid())
        out << EligibilityExplainerText::tr("Confirm your identity in the pass Culture app by %1 at the latest.")
                   .arg(day(r.confirmIdentityBefore));
    if (r.creditExpires.isValid())
        out << EligibilityExplainerText::tr("You can spend your credit until %1.").arg(day(r.creditExpires));
    else if (r.creditValidityMonths > 0)
        out << EligibilityExplainerText::tr("You can spend your credit for %n months after you activate it.", nullptr,
                                            r.creditValidityMonths);
    if (r.digitalCap)
        out << EligibilityExplainerText::tr("For online offers, you can spend up to %1 in total.")
                   .arg(money(*r.digitalCap));
    if (r.bonusPossible) {
        out << EligibilityExplainerText::tr("You may get %1 more at 18.").arg(money(r.bonusAmount));
        for (const auto &code : r.bonusConditions)
            out << EligibilityExplainer::bonusConditionText(code);
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

QString EligibilityExplainer::bonusConditionText(const QString &code)
{
    if (code == QLatin1String("modest_household_quotient"))
        return EligibilityExplainerText::tr("This extra money is for families with a modest income.");
    if (code == QLatin1String("aeeh_or_aah"))
        return EligibilityExplainerText::tr(
            "It is also for young people who receive the AEEH or the AAH (disability allowances).");
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
        out << EligibilityExplainerText::tr("You need to live in France for at least one year first.");
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
        if (r.creditExpires.isValid())
            out << EligibilityExplainerText::tr(
                       "Did you activate your pass before? Then you can still use it until %1.")
                       .arg(day(r.creditExpires));
        out << otherHelp();
        break;
    case EligibilityStatus::TerritoryNotCovered:
        out << EligibilityExplainerText::tr("The pass Culture is not available where you live.");
        if (r.territoryCoveredFrom.isValid())
            out << EligibilityExplainerText::tr("It will be available from %1.").arg(day(r.territoryCoveredFrom));
        out << otherHelp();
        break;
    }
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
