// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/AnswerFacts.h"

#include "core/eligibility/RuleSet.h"
#include "core/util/CodeTable.h"
#include "core/util/Dates.h"
#include "core/util/Money.h"

#include <QCoreApplication>

#include <cmath>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFacts)
};

/** How far the axis may run beyond the rule set's ages on either side (years). */
constexpr double kAxisMargin = 4;

QString day(QDate date)
{
    return dates::toLongText(date);
}

/** @p date as an age with its fraction: 17.5 is half-way from the 17th birthday to the 18th. */
double ageWithFraction(QDate birth, QDate date)
{
    const int years = dates::ageOn(birth, date);
    const QDate from = dates::anniversary(birth, years);
    const QDate to = dates::anniversary(birth, years + 1);
    return years + double(from.daysTo(date)) / double(std::max<qint64>(1, from.daysTo(to)));
}

/** The document the young person holds, as a noun phrase for "Ta pièce d’identité : ...". */
QString documentPhrase(IdentityDocument document)
{
    switch (document) {
    case IdentityDocument::FrenchIdCard:
        return AnswerText::tr("your French identity card");
    case IdentityDocument::FrenchPassport:
        return AnswerText::tr("your French passport");
    case IdentityDocument::ForeignId:
        return AnswerText::tr("your foreign identity card or passport");
    case IdentityDocument::ResidencePermit:
        return AnswerText::tr("your residence permit");
    case IdentityDocument::ExpiredOrLost:
        return AnswerText::tr("your French identity document, even expired");
    case IdentityDocument::None:
        break;
    }
    return {};
}

QString documentNeeded(const IdentityPlan &plan, IdentityDocument document)
{
    if (plan.route == IdentityRoute::None)
        return {};
    if (plan.route == IdentityRoute::EduConnect)
        return AnswerText::tr("Your ÉduConnect codes, given by your school. No photo needed.");
    if (document == IdentityDocument::None)
        return AnswerText::tr("An identity document: your counselor can help you ask for one.");
    const QString phrase = documentPhrase(document);
    if (plan.route == IdentityRoute::InAppCheck)
        return AnswerText::tr("Identity document: %1.").arg(phrase);
    return plan.captures.contains(CaptureCode::ProofOfAddress)
               ? AnswerText::tr("Identity document: %1, a selfie holding it and a proof of address.").arg(phrase)
               : AnswerText::tr("Identity document: %1 and a selfie holding it.").arg(phrase);
}

/** The one thing to do to unlock the credit, by the last day of the identity plan's route. */
QString confirmAction(const IdentityPlan &plan, QDate by)
{
    switch (plan.route) {
    case IdentityRoute::EduConnect:
        return AnswerText::tr("Log in with ÉduConnect in the pass Culture app by %1.").arg(day(by));
    case IdentityRoute::DemarcheNumerique:
        return AnswerText::tr("Send your file on Démarche Numérique by %1.").arg(day(by));
    case IdentityRoute::InAppCheck:
    case IdentityRoute::None:
        break;
    }
    return AnswerText::tr("Confirm your identity in the pass Culture app by %1.").arg(day(by));
}

/** For a "no": the ideas of the card come first; the one thing to do is to pick one near you. */
QString noCreditAction()
{
    return AnswerText::tr("Ask your counselor which of these ideas are near you.");
}

void fillCard(const EligibilityResult &r, IdentityDocument document, AnswerFacts &f)
{
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };
    const auto later = [&]() {
        if (!r.eligibleFrom.isValid())
            return;
        f.amount = money(r.amountAtEligibleFrom);
        f.amountCaption = AnswerText::tr("from %1").arg(day(r.eligibleFrom));
    };
    switch (r.status) {
    case EligibilityStatus::Eligible:
        f.tone = AnswerTone::Yes;
        f.headline = AnswerText::tr("Yes, the pass Culture is for you");
        f.amount = money(r.amount);
        f.amountCaption = AnswerText::tr("to spend now");
        if (r.confirmIdentityBefore.isValid()) {
            f.action = confirmAction(r.identityPlan, r.confirmIdentityBefore);
            f.actionDate = r.confirmIdentityBefore;
        }
        f.reminder =
            f.actionDate.isValid()
                ? AnswerText::tr("Reminder: %1 to spend, identity to confirm by %2.").arg(f.amount, day(f.actionDate))
                : AnswerText::tr("Reminder: %1 to spend.").arg(f.amount);
        break;
    case EligibilityStatus::FreeOffersOnly:
        f.tone = AnswerTone::Yes;
        f.headline = AnswerText::tr("Yes: free offers now, your credit later");
        later();
        f.action = r.reasons.contains(QLatin1String("has_educonnect"))
                       ? AnswerText::tr("Create your account now with your ÉduConnect codes.")
                       : AnswerText::tr("Create your account now in the pass Culture app.");
        if (r.reasons.contains(QLatin1String("has_educonnect")))
            f.document = AnswerText::tr("Your ÉduConnect codes, given by your school. No photo needed.");
        f.reminder = r.eligibleFrom.isValid() ? AnswerText::tr("Reminder: free offers now, %1 from %2.")
                                                    .arg(money(r.amountAtEligibleFrom), day(r.eligibleFrom))
                                              : AnswerText::tr("Reminder: free offers now.");
        break;
    case EligibilityStatus::TooYoung:
    case EligibilityStatus::ResidenceTooShort:
        if (r.status == EligibilityStatus::ResidenceTooShort && !r.eligibleFrom.isValid()) {
            f.tone = AnswerTone::No;
            f.headline = AnswerText::tr("No credit for you, but other good plans exist");
            f.action = noCreditAction();
            break;
        }
        f.tone = AnswerTone::NotYet;
        f.headline = r.status == EligibilityStatus::TooYoung
                         ? AnswerText::tr("Not yet: come back a little later")
                         : AnswerText::tr("Not yet: after more than one year in France");
        later();
        // The first door that opens: free offers (the account) or the credit.
        if (r.freeOffersFrom.isValid() && (!r.eligibleFrom.isValid() || r.freeOffersFrom < r.eligibleFrom)) {
            f.actionDate = r.freeOffersFrom;
            f.action = AnswerText::tr("Come back from %1 to create your account.").arg(day(f.actionDate));
        } else if (r.eligibleFrom.isValid()) {
            f.actionDate = r.eligibleFrom;
            f.action = AnswerText::tr("Come back from %1 to get your credit.").arg(day(f.actionDate));
        }
        break;
    case EligibilityStatus::TooOld:
        f.tone = AnswerTone::No;
        f.headline = AnswerText::tr("No credit at your age, but other good plans exist");
        if (r.reasons.contains(QLatin1String("may_finish_sign_up")))
            f.action = AnswerText::tr("Started your sign-up before you turned %1? Finish it in the app.")
                           .arg(r.lateSignUpStartedBeforeAge);
        else if (r.creditExpires.isValid() && r.earlierCreditValidityMonths == 0) {
            f.actionDate = r.creditExpires;
            f.action = AnswerText::tr("Already activated your pass? Use it until %1.").arg(day(r.creditExpires));
        } else
            f.action = noCreditAction();
        break;
    case EligibilityStatus::TerritoryNotCovered:
        if (r.territoryCoveredFrom.isValid()) {
            f.tone = AnswerTone::NotYet;
            f.headline = AnswerText::tr("Not yet where you live");
            f.actionDate = r.territoryCoveredFrom;
            f.action = AnswerText::tr("Come back from %1: the pass Culture arrives where you live.")
                           .arg(day(r.territoryCoveredFrom));
        } else {
            f.tone = AnswerTone::No;
            f.headline = AnswerText::tr("No pass Culture where you live, but other good plans exist");
            f.action = noCreditAction();
        }
        break;
    }
    if (f.document.isEmpty())
        f.document = documentNeeded(r.identityPlan, document);
    if (f.tone != AnswerTone::Yes) {
        f.otherHelp = otherHelpForYoungPeople(r.reasons.contains(QLatin1String("app_without_credit")));
        f.otherHelpFirst = f.tone == AnswerTone::No || r.status == EligibilityStatus::TerritoryNotCovered;
    }
    if (f.reminder.isEmpty()) {
        if (f.tone == AnswerTone::NotYet && !f.amount.isEmpty())
            f.reminder = AnswerText::tr("Reminder: %1 from %2.").arg(f.amount, day(r.eligibleFrom));
        else if (f.tone == AnswerTone::NotYet && f.actionDate.isValid())
            f.reminder = AnswerText::tr("Reminder: not yet, come back from %1.").arg(day(f.actionDate));
        else
            f.reminder = AnswerText::tr("Reminder: no pass Culture credit, other good plans exist.");
    }
}

QString milestoneLabel(const TimelineMilestone &m, const QString &currency, bool untilAge)
{
    switch (m.kind) {
    case TimelineMilestone::Kind::FreeOffers:
        return AnswerText::tr("Free offers");
    case TimelineMilestone::Kind::Credit:
        return formatAmount(m.amount, currency);
    case TimelineMilestone::Kind::EndOfCredit:
        break;
    }
    return untilAge ? AnswerText::tr("End of credit") : AnswerText::tr("Too late to start");
}

QString stateWords(TimelineMilestone::State state)
{
    switch (state) {
    case TimelineMilestone::State::Passed:
        return AnswerText::tr("passed");
    case TimelineMilestone::State::Now:
        return AnswerText::tr("now");
    case TimelineMilestone::State::Missed:
        return AnswerText::tr("not possible for you");
    case TimelineMilestone::State::Coming:
        break;
    }
    return AnswerText::tr("to come");
}

AnswerTimeline makeTimeline(const EligibilityResult &r, const RuleSet &rules, QDate birth, QDate today)
{
    AnswerTimeline t;
    const auto opens = [&birth](const AgeBracket &b) {
        const QDate reached = dates::anniversary(birth, b.age);
        return b.opensOn.isValid() && b.opensOn > reached ? b.opensOn : reached;
    };
    const auto add = [&t](TimelineMilestone::Kind kind, int age, double amount, QDate date) {
        TimelineMilestone m;
        m.kind = kind;
        m.age = age;
        m.amount = amount;
        m.date = date;
        t.milestones.append(m);
    };
    bool freeOffersShown = false;
    int lastAge = 0;
    for (const auto &b : rules.brackets) {
        lastAge = b.age + 1;
        if (b.kind == AgeBracket::Kind::FreeOffersOnly) {
            if (freeOffersShown)
                continue;
            freeOffersShown = true;
            add(TimelineMilestone::Kind::FreeOffers, b.age, 0, opens(b));
        } else {
            add(TimelineMilestone::Kind::Credit, b.age, b.amount, opens(b));
        }
    }
    if (t.milestones.isEmpty())
        return t;
    const bool untilAge = rules.creditUsableUntilAge > 0;
    const int endAge = untilAge ? rules.creditUsableUntilAge : lastAge;
    add(TimelineMilestone::Kind::EndOfCredit, endAge, 0, dates::anniversary(birth, endAge));

    const bool open = r.status == EligibilityStatus::Eligible || r.status == EligibilityStatus::FreeOffersOnly;
    for (int i = 0; i < t.milestones.size(); ++i) {
        TimelineMilestone &m = t.milestones[i];
        // The days this milestone is "now": a credit's year of age, the free offers until the next one.
        const QDate windowEnd = m.kind == TimelineMilestone::Kind::Credit ? dates::anniversary(birth, m.age + 1)
                                : i + 1 < t.milestones.size()             ? t.milestones[i + 1].date
                                                                          : QDate();
        const bool inWindow = m.date <= today && windowEnd.isValid() && today < windowEnd;
        if (m.date > today)
            m.state = TimelineMilestone::State::Coming;
        else if (open && m.kind != TimelineMilestone::Kind::EndOfCredit && inWindow)
            m.state = TimelineMilestone::State::Now;
        else if (m.kind == TimelineMilestone::Kind::Credit && inWindow && r.eligibleFrom.isValid() &&
                 r.eligibleFrom > today && r.eligibleFrom < windowEnd)
            m.state = TimelineMilestone::State::Coming; // this year's credit opens after a wait (residence)
        else
            m.state = TimelineMilestone::State::Passed;
        // A credit whose year ends before the residence condition is met will never come.
        if (m.kind == TimelineMilestone::Kind::Credit && r.residenceConditionMetOn.isValid() &&
            r.residenceConditionMetOn > today && windowEnd.isValid() && windowEnd <= r.residenceConditionMetOn)
            m.state = TimelineMilestone::State::Missed;
        m.label = milestoneLabel(m, r.currency, untilAge);
    }

    t.todayAge = ageWithFraction(birth, today);
    const double first = t.milestones.first().age;
    const double last = t.milestones.last().age;
    t.startAge = std::max(std::min(first, std::floor(t.todayAge)), first - kAxisMargin);
    t.endAge = std::min(std::max(last, std::ceil(t.todayAge + 0.01)), last + kAxisMargin);
    t.todayLabel = AnswerText::tr("Today, %n years old", nullptr, r.age);
    if (r.status == EligibilityStatus::ResidenceTooShort && r.residenceConditionMetOn > today) {
        t.waitUntil = r.residenceConditionMetOn;
        t.waitLabel = AnswerText::tr("More than one year in France");
    } else if (r.status == EligibilityStatus::TerritoryNotCovered && r.territoryCoveredFrom > today) {
        t.waitUntil = r.territoryCoveredFrom;
        t.waitLabel = AnswerText::tr("The pass arrives where you live");
    }
    if (t.waitUntil.isValid())
        t.waitUntilAge = ageWithFraction(birth, t.waitUntil);

    for (const auto &m : t.milestones)
        t.description << AnswerText::tr("At %n years old: %1, %2.", nullptr, m.age).arg(m.label, stateWords(m.state));
    t.description << AnswerText::tr("You are %n years old today.", nullptr, r.age);
    if (t.waitUntil.isValid())
        t.description << AnswerText::tr("Wait until %1: %2.").arg(day(t.waitUntil), t.waitLabel);
    return t;
}

} // namespace

QString answerToneCode(AnswerTone tone)
{
    static constexpr auto kTones = codeTable<AnswerTone>({
        {AnswerTone::Yes, "yes"},
        {AnswerTone::NotYet, "not_yet"},
        {AnswerTone::No, "no"},
    });
    static_assert(kTones.isWellFormed());
    return kTones.code(tone);
}

QList<OtherHelp> otherHelpForYoungPeople(bool appWithoutCredit)
{
    QList<OtherHelp> help{
        {QStringLiteral("library"), QStringLiteral(":/icons/help-library.svg"), AnswerText::tr("Libraries"),
         AnswerText::tr("Borrow books, films, music and games, free or almost free.")},
        {QStringLiteral("museums"), QStringLiteral(":/icons/help-museum.svg"), AnswerText::tr("National museums"),
         AnswerText::tr("Free before 26 if you live in the European Union.")},
        {QStringLiteral("youth_card"), QStringLiteral(":/icons/help-youth-card.svg"), AnswerText::tr("Youth cards"),
         AnswerText::tr("Discounts from your region or town: ask the Mission Locale or the town hall.")},
    };
    if (appWithoutCredit)
        help.append({QStringLiteral("app"), QStringLiteral(":/icons/help-app.svg"),
                     AnswerText::tr("The pass Culture app"),
                     AnswerText::tr("Even without credit, find cultural events near you.")});
    help.append({QStringLiteral("mission_locale"), QStringLiteral(":/icons/help-mission-locale.svg"),
                 AnswerText::tr("Mission Locale outings"),
                 AnswerText::tr("Outings and events with the Mission Locale and its partners.")});
    return help;
}

AnswerFacts AnswerFacts::make(const EligibilityResult &result, const RuleSet *rules, QDate birthDate, QDate today,
                              IdentityDocument document)
{
    AnswerFacts f;
    f.status = result.status;
    fillCard(result, document, f);
    if (rules && birthDate.isValid() && today.isValid())
        f.timeline = makeTimeline(result, *rules, birthDate, today);
    return f;
}

QStringList AnswerFacts::texts() const
{
    QStringList out{headline, amount, amountCaption, action, document};
    for (const auto &help : otherHelp)
        out << help.title << help.text;
    for (const auto &m : timeline.milestones)
        out << m.label;
    out << timeline.todayLabel << timeline.waitLabel;
    out.removeAll(QString());
    return out;
}

} // namespace passerelle
