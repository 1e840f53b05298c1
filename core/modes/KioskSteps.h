// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/ProfileForm.h"

#include <QDate>
#include <QList>
#include <QString>

namespace passerelle {

/**
 * The steps of a visit at the lobby kiosk, a flow of its own for a young person alone: the
 * answers one at a time, the answer, what they like, the offers, and what to take away. No ID
 * photo step: the kiosk keeps nothing, and nobody is there to use the pictures.
 */
enum class KioskStep {
    BirthDate,
    Nationality,
    ResidentSince, ///< only for nationals of a country outside the EU/EEA/Switzerland
    Territory,
    Document,
    Smartphone,
    School, ///< only under 18 on the visit's date (ÉduConnect is for 15 to 17)
    Answer,
    Interests, ///< not when nothing is available (the answer says what exists instead)
    Offers,    ///< idem
    TakeAway,
};

/** "birth_date", "nationality", ... as counted by the kiosk's anonymous statistics. */
QString kioskStepCode(KioskStep step);

/**
 * The steps of this visit, in order, from what is answered so far: @p form as typed, the visit's
 * @p visitDate, and whether the answer, once known, leaves @p nothingAvailable (no credit and no
 * free offers now or later: the answer says what exists instead, and there are no offers to show).
 */
QList<KioskStep> kioskSteps(const ProfileForm &form, QDate visitDate, bool nothingAvailable);

} // namespace passerelle
