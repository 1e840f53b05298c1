// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/ProfileForm.h"

#include "core/eligibility/EligibilityEngine.h"
#include "core/util/Dates.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle {

namespace {
/** Translation context for this file's messages. */
struct ProfileFormText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileForm)
};

InputError unanswered(const char *field, const QString &message)
{
    return {QString::fromLatin1(field), QStringLiteral("unanswered"), message};
}
} // namespace

bool ProfileForm::asksSchool(QDate appointmentDate) const
{
    QString ignored;
    const QDate born = birth.toDate(&ignored);
    return born.isValid() && born <= appointmentDate && dates::ageOn(born, appointmentDate) < 18;
}

ProfileForm::Check ProfileForm::check(const EligibilityEngine &engine, QDate appointmentDate) const
{
    Check result;
    EligibilityInput input;
    input.appointmentDate = appointmentDate;
    input.nationality = nationality.value_or(Nationality::French);
    input.territory = territory;
    input.identity.document = document.value_or(IdentityDocument::None);
    input.identity.hasSmartphone = hasSmartphone.value_or(false);
    input.identity.hasEduConnect = asksSchool(appointmentDate) && hasEduConnect.value_or(false);

    QString message;
    input.birthDate = birth.toDate(&message);
    if (!input.birthDate.isValid())
        result.errors.append({QStringLiteral("birth_date"), QStringLiteral("fields"), message});
    if (!nationality)
        result.errors.append(unanswered("nationality", ProfileFormText::tr("Choose your nationality.")));
    if (asksResidenceDate()) {
        input.residentSince = residentSince.toDate(&message);
        if (!input.residentSince.isValid())
            result.errors.append({QStringLiteral("resident_since"), QStringLiteral("fields"), message});
    }
    if (territory.isEmpty())
        result.errors.append(unanswered("territory", ProfileFormText::tr("Choose where you live.")));
    if (!document)
        result.errors.append(unanswered("document", ProfileFormText::tr("Choose the identity document you have.")));
    if (!hasSmartphone)
        result.errors.append(unanswered("smartphone", ProfileFormText::tr("Answer yes or no.")));
    if (asksSchool(appointmentDate) && !hasEduConnect)
        result.errors.append(unanswered("school", ProfileFormText::tr("Answer yes or no.")));

    // The engine's own checks, for the fields that are not already wrong as typed.
    for (const auto &error : engine.validate(input)) {
        const bool alreadyReported = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                                 [&error](const InputError &e) { return e.field == error.field; });
        if (!alreadyReported)
            result.errors.append(error);
    }
    // In form order, so the first message is about the first field to fix.
    static const QStringList order{QStringLiteral("birth_date"),  QStringLiteral("appointment_date"),
                                   QStringLiteral("nationality"), QStringLiteral("resident_since"),
                                   QStringLiteral("territory"),   QStringLiteral("document"),
                                   QStringLiteral("smartphone"),  QStringLiteral("school")};
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const InputError &a, const InputError &b) {
        return order.indexOf(a.field) < order.indexOf(b.field);
    });
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
