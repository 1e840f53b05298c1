// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/Draft.h"
#include "core/session/WizardFlow.h"

namespace passerelle {

class SessionModel;

/**
 * The session in progress as a draft, and back. The state holds what the pages show (the
 * profile as typed, the appointment date, the chosen categories, the document's expiry, the
 * capture outcomes); the pictures go with the draft's images. Results are not stored: they are
 * computed again from the profile on resume, with the same rules.
 */
class SessionDraft
{
public:
    /** The draft of @p model, saved at @p step. */
    static Draft fromModel(const SessionModel &model, WizardStep step);
    /** Puts @p draft back in @p model (same id and start); the step to go back to, or nothing when
        the state cannot be read. */
    static std::optional<WizardStep> restore(SessionModel &model, const Draft &draft);
};

} // namespace passerelle
