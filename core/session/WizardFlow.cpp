// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/WizardFlow.h"

#include "session/SessionModel.h"

namespace passerelle {

std::optional<WizardStep> WizardFlow::next(WizardStep step, const SessionModel &session)
{
    Q_UNUSED(session) // the capture and offers steps branch on it
    switch (step) {
    case WizardStep::Welcome:
        return WizardStep::Profile;
    case WizardStep::Profile:
        // The profile page keeps Next disabled until SessionModel::checkProfile() has no error.
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
