// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

class SessionModel;
struct EligibilityResult;

/**
 * The wizard's steps. Pages are registered by step; the order and the branching live in
 * WizardFlow. New steps are added at the end of the enum (page ids stay stable) and placed in
 * the flow's order table.
 */
enum class WizardStep { Welcome, Profile, Result, Interests, Offers, Summary, Capture };

/** Where the wizard goes next: tested without a display, read by the UI. */
class WizardFlow
{
public:
    static WizardStep first() { return WizardStep::Welcome; }
    /** The step after @p step for this session, or nothing when @p step is the last. */
    static std::optional<WizardStep> next(WizardStep step, const SessionModel &session);
    /** Every step, in the order of the appointment. */
    static QList<WizardStep> allSteps();
    static QString stepCode(WizardStep step); ///< "welcome", "profile", "result", "interests", ...
    /** The step spelled @p code exactly (stepCode's inverse); nothing for any other text. */
    static std::optional<WizardStep> stepFromCode(QStringView code);
    /**
     * The steps this session goes through, in order, for "Étape 2 sur 6": those that apply once the
     * answer is known; before it, the usual path (every step but the photos, which only some
     * sessions take at the desk).
     */
    static QList<WizardStep> plannedSteps(const SessionModel &session);
    /** Whether @p step is shown for this session (the welcome page always is). */
    static bool applies(WizardStep step, const SessionModel &session);
    /**
     * The young person can sign up now or later (eligible, free offers only, or a date from
     * which it opens): they are asked what they like. Otherwise the offers page is a kind closing.
     */
    static bool canSignUp(const EligibilityResult &result);
    /**
     * The documents are photographed at the desk: the identity plan has pictures and the young
     * person can sign up now (eligible or free offers only).
     */
    static bool capturesDocuments(const SessionModel &session);
};

} // namespace passerelle
