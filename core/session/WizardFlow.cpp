// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/WizardFlow.h"

#include "session/SessionModel.h"

namespace passerelle {

std::optional<WizardStep> WizardFlow::next(WizardStep step, const SessionModel &session)
{
    switch (step) {
    case WizardStep::Welcome:
        return WizardStep::Profile;
    case WizardStep::Profile:
        // The result needs a profile without errors; the page keeps Next disabled until then.
        if (!session.checkProfile().input)
            return WizardStep::Profile;
        return WizardStep::Result;
    case WizardStep::Result:
        break;
    }
    return std::nullopt;
}

QList<WizardStep> WizardFlow::allSteps()
{
    return {WizardStep::Welcome, WizardStep::Profile, WizardStep::Result};
}

QString WizardFlow::stepCode(WizardStep step)
{
    switch (step) {
    case WizardStep::Welcome:
        return QStringLiteral("welcome");
    case WizardStep::Profile:
        return QStringLiteral("profile");
    case WizardStep::Result:
        break;
    }
    return QStringLiteral("result");
}

} // namespace passerelle
