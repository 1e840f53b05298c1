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
 * so they are tested without a display. Nothing that decides the answer is chosen for the young
 * person: every such question starts unanswered (issue 15) and the form is not complete until
 * each one asked is answered.
 */
struct ProfileForm
{
    DateFields birth;
    std::optional<Nationality> nationality;
    DateFields residentSince;
    QString territory; ///< territory code; empty while unanswered
    std::optional<IdentityDocument> document;
    std::optional<bool> hasSmartphone;
    std::optional<bool> hasEduConnect; ///< at school, with the ÉduConnect codes the school gave

    /** Whether the residence date is asked (only for nationals of a country outside the EU/EEA/CH). */
    bool asksResidenceDate() const { return nationality == Nationality::Other; }
    /**
     * Whether the school question is asked: ÉduConnect only matters before 18, so it is asked once
     * the birth date says the young person is under 18 on @p appointmentDate.
     */
    bool asksSchool(QDate appointmentDate) const;

    struct Check
    {
        std::optional<EligibilityInput> input; ///< set when there is no error
        QList<InputError> errors;              ///< one per field at most, in form order
    };
    /**
     * Fields: "birth_date", "nationality", "resident_since", "territory", "document",
     * "smartphone", "school"; an unanswered question has the code "unanswered".
     */
    Check check(const EligibilityEngine &engine, QDate appointmentDate) const;

    /** The form as typed from a checked input (its identity answers included). */
    static ProfileForm fromInput(const EligibilityInput &input);
};

} // namespace passerelle
