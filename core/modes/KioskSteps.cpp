// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/KioskSteps.h"

namespace passerelle {

namespace {
/** Under 18 on @p day, or not known yet (the question is then kept). */
bool mayBeUnder18(const ProfileForm &form, QDate day)
{
    QString error;
    const QDate birth = form.birth.toDate(&error);
    return !birth.isValid() || !day.isValid() || birth.addYears(18) > day;
}
} // namespace

QList<KioskStep> kioskSteps(const ProfileForm &form, QDate visitDate, bool nothingAvailable)
{
    QList<KioskStep> steps{KioskStep::BirthDate, KioskStep::Nationality};
    if (form.asksResidenceDate())
        steps << KioskStep::ResidentSince;
    steps << KioskStep::Territory << KioskStep::Document << KioskStep::Smartphone;
    if (mayBeUnder18(form, visitDate))
        steps << KioskStep::School;
    steps << KioskStep::Answer;
    if (!nothingAvailable)
        steps << KioskStep::Interests << KioskStep::Offers;
    steps << KioskStep::TakeAway;
    return steps;
}

} // namespace passerelle
