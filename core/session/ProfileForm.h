// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityInput.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/session/DateFields.h"

#include <QList>

#include <optional>

namespace passerelle {

class EligibilityEngine;

/**
 * What the profile page shows, as typed. The page copies widgets into it; all checks live here
 * so they are tested without a display.
 */
struct ProfileForm
{
    DateFields birth;
    Nationality nationality = Nationality::French;
    DateFields residentSince;
    QString territory = QStringLiteral("metro");
    IdentityDocument document = IdentityDocument::FrenchIdCard;
    bool hasSmartphone = true;
    bool hasEduConnect = false; ///< at school, with the ÉduConnect codes the school gave

    /** Whether the residence date is asked (only for nationals of a country outside the EU/EEA/CH). */
    bool asksResidenceDate() const { return nationality == Nationality::Other; }

    struct Check
    {
        std::optional<EligibilityInput> input; ///< set when there is no error
        QList<InputError> errors;              ///< one per field at most, in form order
    };
    Check check(const EligibilityEngine &engine, QDate appointmentDate) const;

    /** The form as typed from a checked input (its identity answers included). */
    static ProfileForm fromInput(const EligibilityInput &input);
};

} // namespace passerelle
