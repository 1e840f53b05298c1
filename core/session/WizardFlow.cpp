// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/WizardFlow.h"

#include "core/eligibility/EligibilityResult.h"
#include "core/session/SessionModel.h"

#include <array>

namespace passerelle {

namespace {

bool always(const SessionModel &)
{
    return true;
}

bool hasResult(const SessionModel &session)
{
    return session.result().has_value();
}

bool asksInterests(const SessionModel &session)
{
    return session.result() && WizardFlow::canSignUp(*session.result());
}

bool capturesDocuments(const SessionModel &session)
{
    return WizardFlow::capturesDocuments(session);
}

struct StepEntry
{
    WizardStep step;
    const char *code;
    bool (*applies)(const SessionModel &);
};

// The appointment in order. A step is one row; a step that does not apply is skipped.
// The Result step needs no condition: the profile page keeps Next disabled until
// SessionModel::checkProfile() has no error.
constexpr std::array kSteps{
    StepEntry{WizardStep::Welcome, "welcome", always},
    StepEntry{WizardStep::Profile, "profile", always},
    StepEntry{WizardStep::Result, "result", always},
    StepEntry{WizardStep::Capture, "capture", capturesDocuments},
    StepEntry{WizardStep::Interests, "interests", asksInterests},
    StepEntry{WizardStep::Offers, "offers", hasResult},
    StepEntry{WizardStep::Summary, "summary", hasResult},
};

const StepEntry *entry(WizardStep step)
{
    for (const auto &e : kSteps) {
        if (e.step == step)
            return &e;
    }
    return nullptr;
}

} // namespace

bool WizardFlow::canSignUp(const EligibilityResult &result)
{
    return result.status == EligibilityStatus::Eligible || result.status == EligibilityStatus::FreeOffersOnly ||
           result.eligibleFrom.isValid();
}

bool WizardFlow::capturesDocuments(const SessionModel &session)
{
    const auto &result = session.result();
    return result && !session.identityPlan().captures.isEmpty() &&
           (result->status == EligibilityStatus::Eligible || result->status == EligibilityStatus::FreeOffersOnly);
}

bool WizardFlow::applies(WizardStep step, const SessionModel &session)
{
    const StepEntry *e = entry(step);
    return e && e->applies(session);
}

std::optional<WizardStep> WizardFlow::next(WizardStep step, const SessionModel &session)
{
    bool after = false;
    for (const auto &e : kSteps) {
        if (after && e.applies(session))
            return e.step;
        after = after || e.step == step;
    }
    return std::nullopt;
}

QList<WizardStep> WizardFlow::allSteps()
{
    QList<WizardStep> steps;
    for (const auto &e : kSteps)
        steps << e.step;
    return steps;
}

QList<WizardStep> WizardFlow::plannedSteps(const SessionModel &session)
{
    QList<WizardStep> steps;
    for (const auto &e : kSteps) {
        if (session.result() ? e.applies(session) : e.step != WizardStep::Capture)
            steps << e.step;
    }
    return steps;
}

QString WizardFlow::stepCode(WizardStep step)
{
    const StepEntry *e = entry(step);
    return e ? QString::fromLatin1(e->code) : QString();
}

} // namespace passerelle
