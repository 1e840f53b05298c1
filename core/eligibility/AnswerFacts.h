// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityResult.h"
#include "core/eligibility/IdentityRoute.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle {

struct RuleSet;

/** The answer in one word: never an "error" tone for a person's situation. */
enum class AnswerTone {
    Yes,    ///< a credit or free offers now
    NotYet, ///< later: come back from a date
    No,     ///< no credit: what exists instead comes first
};

QString answerToneCode(AnswerTone tone); ///< "yes", "not_yet", "no" (the theme's "tone" property)

/** One other help for young people (facts sheet, "Other help for young people"). */
struct OtherHelp
{
    QString id;        ///< "library", "museums", "youth_card", "app", "mission_locale"
    QString pictogram; ///< resource path of its SVG pictogram (":/icons/help-library.svg")
    QString title;     ///< translated, short
    QString text;      ///< translated, one sentence
};

/** One age on the timeline, from the rule set in force. */
struct TimelineMilestone
{
    enum class Kind { FreeOffers, Credit, EndOfCredit };
    enum class State { Passed, Now, Coming, Missed };
    Kind kind = Kind::Credit;
    int age = 0;
    double amount = 0; ///< Credit: the credit of this age
    QDate date;        ///< the day this person reaches it (or the day it opens, when later)
    State state = State::Coming;
    QString label; ///< translated, short: "Offres gratuites", "50 €", "Fin du crédit"
};

/** The ages of the pass drawn across the page, with today's place among them. */
struct AnswerTimeline
{
    QList<TimelineMilestone> milestones; ///< sorted by age
    double startAge = 0;                 ///< the axis runs from startAge to endAge (years)
    double endAge = 0;
    double todayAge = 0;     ///< today, in years with their fraction (17.5: half-way to 18)
    double waitUntilAge = 0; ///< > todayAge while waiting (residence, territory): the wait ends there
    QDate waitUntil;
    QString todayLabel; ///< translated: "Aujourd’hui, 17 ans"
    QString waitLabel;  ///< translated, short: "Plus d’un an en France"; empty without a wait
    /** The same content in words, one line per milestone, for screen readers. */
    QStringList description;

    bool isEmpty() const { return milestones.isEmpty(); }
};

/**
 * The facts of the answer card, in reading order: headline, amount, the one thing to do next
 * with its date, the document needed, and for a "no" or "not yet" what exists instead. Built from
 * the engine's result only (the card says nothing the engine did not decide); translated when made.
 */
struct AnswerFacts
{
    EligibilityStatus status = EligibilityStatus::TooYoung;
    AnswerTone tone = AnswerTone::NotYet;
    QString headline;      ///< "Oui, tu as droit au pass Culture"
    QString amount;        ///< the amount, large: "150 €"; empty when there is none to say
    QString amountCaption; ///< "à dépenser maintenant", "à partir du 14 mars 2027"
    QString action;        ///< the one next thing to do, with its date
    QDate actionDate;      ///< the deadline (before) or the day to come back (from)
    QString document;      ///< what to bring for the identity check; empty without one
    QList<OtherHelp> otherHelp;
    bool otherHelpFirst = false; ///< a kind "no": what exists instead comes before the rest
    AnswerTimeline timeline;
    /** One line reminding the answer on later pages ("Ta réponse : 150 € à dépenser maintenant."). */
    QString reminder;

    /**
     * @p rules: the rule set the result was decided on (RuleBook::byId(result.rulesetId)), for the
     * timeline's ages and amounts; without it the timeline is empty. @p document: the identity
     * document the young person holds.
     */
    static AnswerFacts make(const EligibilityResult &result, const RuleSet *rules, QDate birthDate, QDate today,
                            IdentityDocument document);

    /** Every sentence the card and the timeline show, for tests ("said once"). */
    QStringList texts() const;
};

/** The other help, in the facts sheet's order. */
QList<OtherHelp> otherHelpForYoungPeople(bool appWithoutCredit);

} // namespace passerelle
