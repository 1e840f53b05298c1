// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/offers/OfferGuide.h"

#include "core/eligibility/EligibilityExplainer.h"
#include "core/offers/OfferCatalogue.h"
#include "core/util/Dates.h"
#include "core/util/ListText.h"
#include "core/util/Money.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct OfferGuideText
{
    Q_DECLARE_TR_FUNCTIONS(OfferGuide)
};

QString day(QDate date)
{
    return dates::toLongText(date);
}

/** "Un abonnement..." read inside a sentence: "un abonnement...". */
QString inSentence(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

/** The first day something opens for a young person who is not eligible yet. */
QDate opensOn(const EligibilityResult &r)
{
    for (const QDate &date : {r.freeOffersFrom, r.eligibleFrom, r.territoryCoveredFrom}) {
        if (date.isValid())
            return date;
    }
    return {};
}

QStringList groupsToLookIn(const QList<CategoryView> &chosen)
{
    QStringList groups;
    for (const auto &category : chosen) {
        for (const auto &group : category.appGroups) {
            if (!groups.contains(group))
                groups << group;
        }
    }
    return groups;
}

QString quoted(const QStringList &names)
{
    QStringList list;
    for (const auto &name : names)
        list << OfferGuideText::tr("\"%1\"").arg(name);
    return listText(list);
}

QStringList bookingSteps(const TailoredOffers &t, const EligibilityResult &r, const IdentityPlan &plan)
{
    QStringList steps;
    if (plan.reasons.contains(QLatin1String("no_smartphone")))
        steps << OfferGuideText::tr("On a computer, go to the pass Culture website: passculture.app.");
    else
        steps << OfferGuideText::tr("Install the pass Culture app on your phone. It is free.");
    steps << OfferGuideText::tr("Create your account with your e-mail address.");
    const QStringList groups = groupsToLookIn(t.chosen);
    const QString lookIn = groups.isEmpty()
                               ? OfferGuideText::tr("Look for an offer near you or online.")
                               : OfferGuideText::tr("Look for an offer. In the app, look in: %1.").arg(quoted(groups));
    if (t.outlook == PassOutlook::FreeOffersNow) {
        steps << lookIn << OfferGuideText::tr("Book free offers now.");
        if (r.eligibleFrom.isValid())
            steps << OfferGuideText::tr("From %1, confirm your identity to get your credit.").arg(day(r.eligibleFrom));
        return steps;
    }
    steps << OfferGuideText::tr("Confirm your identity: %1.").arg(plan.routeName())
          << OfferGuideText::tr("Your credit then arrives on your account.") << lookIn
          << OfferGuideText::tr("Book it in the app. On the day, show your booking on your phone.");
    return steps;
}

QStringList checklist(const TailoredOffers &t, const EligibilityResult &r)
{
    QStringList steps;
    const QString install = OfferGuideText::tr("Install the pass Culture app and create your account.");
    const QString firstIdea = t.chosen.isEmpty() || t.chosen.first().examples.isEmpty()
                                  ? QString()
                                  : inSentence(t.chosen.first().examples.first());
    switch (t.outlook) {
    case PassOutlook::CreditNow:
        steps << install;
        steps << (r.confirmIdentityBefore.isValid()
                      ? OfferGuideText::tr("Confirm your identity by %1.").arg(day(r.confirmIdentityBefore))
                      : OfferGuideText::tr("Confirm your identity in the app."));
        steps << (firstIdea.isEmpty() ? OfferGuideText::tr("Book your first offer.")
                                      : OfferGuideText::tr("Book your first offer: %1?").arg(firstIdea));
        if (r.creditExpires.isValid())
            steps << OfferGuideText::tr("Use your credit by %1 at the latest.").arg(day(r.creditExpires));
        break;
    case PassOutlook::FreeOffersNow:
        steps << install << OfferGuideText::tr("Book a free offer.");
        if (r.eligibleFrom.isValid())
            steps << OfferGuideText::tr("On %1, confirm your identity to get %2.")
                         .arg(day(r.eligibleFrom), formatAmount(r.amountAtEligibleFrom, r.currency));
        break;
    case PassOutlook::Later:
        steps << OfferGuideText::tr("Put a reminder in your phone for %1.").arg(day(opensOn(r)))
              << OfferGuideText::tr("On that day, install the pass Culture app and create your account.")
              << OfferGuideText::tr("Keep your identity document valid.");
        break;
    case PassOutlook::NotAvailable:
        steps << OfferGuideText::tr("Talk with your counselor about outings near you.")
              << OfferGuideText::tr("Look at the ideas on this page.");
        break;
    }
    return steps;
}

QStringList elsewhere(const EligibilityResult &r)
{
    QStringList lines;
    lines << OfferGuideText::tr(
        "Libraries lend books, comics, films and music. Signing up is often free for young people.");
    if (r.age < 26)
        lines << OfferGuideText::tr("Many museums and monuments are free before 26. Ask at the entrance.");
    lines << OfferGuideText::tr("Your town or your region may have a youth card with discounts.")
          << OfferGuideText::tr("Your Mission Locale can tell you about outings and help near you.");
    return lines;
}

} // namespace

PassOutlook OfferGuide::outlook(const EligibilityResult &r)
{
    switch (r.status) {
    case EligibilityStatus::Eligible:
        return PassOutlook::CreditNow;
    case EligibilityStatus::FreeOffersOnly:
        return PassOutlook::FreeOffersNow;
    case EligibilityStatus::TooYoung:
    case EligibilityStatus::ResidenceTooShort:
    case EligibilityStatus::TerritoryNotCovered:
        return opensOn(r).isValid() ? PassOutlook::Later : PassOutlook::NotAvailable;
    case EligibilityStatus::TooOld:
        break;
    }
    return PassOutlook::NotAvailable;
}

CategoryView OfferGuide::view(const OfferCategory &category, const OfferCatalogue &catalogue, const QString &language)
{
    CategoryView v;
    v.id = category.id;
    v.label = category.label.in(language);
    v.description = category.description.in(language);
    v.examples = category.exampleTexts(language);
    for (const auto &groupId : category.groups) {
        if (const auto *group = catalogue.groupById(groupId))
            v.appGroups << group->name.in(language);
    }
    v.iconPath = category.iconPath;
    v.isEvent = category.isEvent;
    v.isOnline = category.isOnline;
    return v;
}

TailoredOffers OfferGuide::tailor(const OfferCatalogue &catalogue, const QStringList &chosenIds,
                                  const EligibilityResult &result, const IdentityPlan &plan, IdentityDocument document,
                                  const QString &language)
{
    TailoredOffers t;
    t.outlook = outlook(result);
    t.headline = statusHeadline(result.status);
    t.answer = EligibilityExplainer::sentences(result);
    const bool available = t.outlook != PassOutlook::NotAvailable;

    QStringList first;
    for (const auto &id : chosenIds) {
        if (catalogue.byId(id) && !first.contains(id))
            first << id;
    }
    t.dontKnow = first.isEmpty();
    if (t.dontKnow)
        first = catalogue.suggestedWhenUnsure();
    for (const auto &id : std::as_const(first))
        t.chosen << view(*catalogue.byId(id), catalogue, language);
    for (const auto &category : catalogue.categories()) {
        if (!first.contains(category.id))
            t.others << view(category, catalogue, language);
    }
    if (available)
        t.categoriesIntro = t.dontKnow
                                ? OfferGuideText::tr("You don't know yet? Here is what many young people choose.")
                                : OfferGuideText::tr("You like this. The pass Culture has it.");
    else
        t.categoriesIntro = t.dontKnow ? OfferGuideText::tr("Some ideas to go out near you.")
                                       : OfferGuideText::tr("What you like also exists near you.");

    if (available && result.digitalCap) {
        QStringList online;
        for (const auto &category : catalogue.categories()) {
            if (first.contains(category.id))
                online << category.onlineExampleTexts(language);
        }
        if (!online.isEmpty()) {
            QStringList shown;
            for (const auto &text : online.mid(0, 2))
                shown << inSentence(text);
            t.digitalNote << OfferGuideText::tr("Online offers have a limit: %1 in total.")
                                 .arg(formatAmount(*result.digitalCap, result.currency))
                          << OfferGuideText::tr("For example: %1.").arg(listText(shown));
        }
    }

    if (available) {
        const QDate from = opensOn(result);
        t.howToBookTitle = t.outlook == PassOutlook::Later ? OfferGuideText::tr("How to book, from %1").arg(day(from))
                                                           : OfferGuideText::tr("How to book");
        t.howToBook = bookingSteps(t, result, plan);
        t.identityRoute = plan.routeName();
        t.identitySteps = plan.steps();
        if (document != IdentityDocument::None)
            t.documents << OfferGuideText::tr("Your document: %1").arg(identityDocumentDisplayName(document));
        for (const auto &capture : plan.captures)
            t.documents << captureDisplayName(capture);
    } else {
        t.elsewhere = elsewhere(result);
    }
    t.nextSteps = checklist(t, result);
    return t;
}

} // namespace passerelle
