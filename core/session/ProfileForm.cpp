// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/ProfileForm.h"

#include "core/eligibility/EligibilityEngine.h"

#include <algorithm>

namespace passerelle {

ProfileForm::Check ProfileForm::check(const EligibilityEngine &engine, QDate appointmentDate) const
{
    Check result;
    EligibilityInput input;
    input.appointmentDate = appointmentDate;
    input.nationality = nationality;
    input.territory = territory;
    input.identity.document = document;
    input.identity.hasSmartphone = hasSmartphone;
    input.identity.hasEduConnect = hasEduConnect;

    QString message;
    input.birthDate = birth.toDate(&message);
    if (!input.birthDate.isValid())
        result.errors.append({QStringLiteral("birth_date"), QStringLiteral("fields"), message});
    if (asksResidenceDate()) {
        input.residentSince = residentSince.toDate(&message);
        if (!input.residentSince.isValid())
            result.errors.append({QStringLiteral("resident_since"), QStringLiteral("fields"), message});
    }

    // The engine's own checks, for the fields that are not already wrong as typed.
    for (const auto &error : engine.validate(input)) {
        const bool alreadyReported = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                                 [&error](const InputError &e) { return e.field == error.field; });
        if (!alreadyReported)
            result.errors.append(error);
    }
    if (result.errors.isEmpty())
        result.input = input;
    return result;
}

ProfileForm ProfileForm::fromInput(const EligibilityInput &input)
{
    ProfileForm form;
    form.birth = DateFields::fromDate(input.birthDate);
    form.nationality = input.nationality;
    form.residentSince = DateFields::fromDate(input.residentSince);
    form.territory = input.territory;
    form.document = input.identity.document;
    form.hasSmartphone = input.identity.hasSmartphone;
    form.hasEduConnect = input.identity.hasEduConnect;
    return form;
}

} // namespace passerelle
