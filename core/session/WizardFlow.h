// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

class SessionModel;

/** The wizard's steps. Pages are registered by step; the order and the branching live here. */
enum class WizardStep { Welcome, Profile, Result };

/** Where the wizard goes next: tested without a display, read by the UI. */
class WizardFlow
{
public:
    static WizardStep first() { return WizardStep::Welcome; }
    /** The step after @p step for this session, or nothing when @p step is the last. */
    static std::optional<WizardStep> next(WizardStep step, const SessionModel &session);
    static QList<WizardStep> allSteps();
    static QString stepCode(WizardStep step); ///< "welcome", "profile", "result"
};

} // namespace passerelle
