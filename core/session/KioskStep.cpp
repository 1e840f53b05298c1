// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/KioskStep.h"

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
} // namespace

QString kioskStepCode(KioskStep step)
{
    return kSteps.code(step);
}

} // namespace passerelle
