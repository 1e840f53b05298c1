// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/KioskSteps.h"

#include "core/util/CodeTable.h"

namespace passerelle {

namespace {
constexpr auto kSteps = codeTable<KioskStep>({
    {KioskStep::BirthDate, "birth_date"},
    {KioskStep::Nationality, "nationality"},
    {KioskStep::ResidentSince, "resident_since"},
    {KioskStep::Territory, "territory"},
    {KioskStep::Document, "document"},
    {KioskStep::Smartphone, "smartphone"},
    {KioskStep::School, "school"},
    {KioskStep::Answer, "answer"},
    {KioskStep::Interests, "interests"},
    {KioskStep::Offers, "offers"},
    {KioskStep::TakeAway, "take_away"},
});
static_assert(kSteps.isWellFormed());

/** Under 18 on @p day, or not known yet (the question is then kept). */
bool mayBeUnder18(const ProfileForm &form, QDate day)
{
    QString error;
    const QDate birth = form.birth.toDate(&error);
    return !birth.isValid() || !day.isValid() || birth.addYears(18) > day;
}
} // namespace

QString kioskStepCode(KioskStep step)
{
    return kSteps.code(step);
}

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
