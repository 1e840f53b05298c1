// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityResult.h"
#include "core/eligibility/IdentityRoute.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle {

class OfferCatalogue;
struct OfferCategory;

/** A category as shown to the young person, in one language. */
struct CategoryView
{
    QString id;
    QString label;
    QString description;
    QStringList examples;
    QStringList appGroups; ///< where to look in the official app ("Concerts et festivals")
    QString iconPath;
    bool isEvent = false;
    bool isOnline = false;
};

/** Where the young person stands, as the offers page and the summary need it. */
enum class PassOutlook {
    CreditNow,     ///< eligible: a credit now
    FreeOffersNow, ///< free offers now, a credit later
    Later,         ///< not yet: a date from which it opens
    NotAvailable,  ///< not eligible: nothing is promised
};

/** Everything the explanation page and the summary show, in reading order, in one language. */
struct TailoredOffers
{
    PassOutlook outlook = PassOutlook::NotAvailable;
    QString headline;           ///< the answer at a glance
    QStringList answer;         ///< amounts and dates that apply, or what and when, or why not
    bool dontKnow = false;      ///< no category chosen: @ref chosen holds suggestions
    QString categoriesIntro;    ///< the sentence above the chosen categories
    QList<CategoryView> chosen; ///< chosen first (or the suggestions for "je ne sais pas")
    QList<CategoryView> others; ///< the rest of the catalogue, one click away
    QStringList digitalNote;    ///< the digital cap, when a chosen category has online offers
    QString howToBookTitle;     ///< "How to book" (or "How to book from 26 November 2027")
    QStringList howToBook;      ///< from installing the app to the first booking; empty if not available
    QString identityRoute;      ///< the route's name; empty if not available
    QStringList identitySteps;  ///< what the identity check will ask
    QStringList documents;      ///< documents to bring or upload (names only, never numbers)
    QStringList nextSteps;      ///< a short checklist for the summary
    QStringList elsewhere;      ///< not available: where else to look (a kind closing)
};

/**
 * Tailors the offers to one young person: the categories they chose first, the amounts and dates
 * of their eligibility result, how to book and the identity route. Sentences come from the
 * installed translation; catalogue texts are taken in @p language. Unknown category ids are skipped.
 */
class OfferGuide
{
public:
    static TailoredOffers tailor(const OfferCatalogue &catalogue, const QStringList &chosenIds,
                                 const EligibilityResult &result, const IdentityPlan &plan, IdentityDocument document,
                                 const QString &language);
    static PassOutlook outlook(const EligibilityResult &result);
    static CategoryView view(const OfferCategory &category, const OfferCatalogue &catalogue, const QString &language);
};

} // namespace passerelle
