// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/WizardFlow.h"

#include "core/eligibility/EligibilityResult.h"
#include "core/session/SessionModel.h"
#include "core/util/CodeTable.h"

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

// The steps' codes are stored (a draft's step): never rename one.
constexpr auto kStepCodes = codeTable<WizardStep>({
    {WizardStep::Welcome, "welcome"},
    {WizardStep::Profile, "profile"},
    {WizardStep::Result, "result"},
    {WizardStep::Interests, "interests"},
    {WizardStep::Offers, "offers"},
    {WizardStep::Summary, "summary"},
    {WizardStep::Capture, "capture"},
});
static_assert(kStepCodes.isWellFormed());

struct StepEntry
{
    WizardStep step;
    bool (*applies)(const SessionModel &);
};

// The appointment in order. A step is one row; a step that does not apply is skipped.
// The Result step needs no condition: the profile page keeps Next disabled until
// SessionModel::checkProfile() has no error.
constexpr std::array kSteps{
    StepEntry{WizardStep::Welcome, always},          StepEntry{WizardStep::Profile, always},
    StepEntry{WizardStep::Result, always},           StepEntry{WizardStep::Capture, capturesDocuments},
    StepEntry{WizardStep::Interests, asksInterests}, StepEntry{WizardStep::Offers, hasResult},
    StepEntry{WizardStep::Summary, hasResult},
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
    return kStepCodes.code(step);
}

std::optional<WizardStep> WizardFlow::stepFromCode(QStringView code)
{
    return kStepCodes.fromCode(code);
}

} // namespace passerelle
