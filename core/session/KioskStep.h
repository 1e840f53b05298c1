// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * The steps of a visit at the lobby kiosk, a flow of its own for a young person alone: the
 * answers one at a time, the answer, what they like, the offers, and what to take away. No ID
 * photo step: the kiosk keeps nothing, and nobody is there to use the pictures. Below storage so
 * that the kiosk's anonymous statistics count visits by step; the order of a visit is
 * kioskSteps() (core/modes/KioskSteps.h).
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

/** "birth_date", "nationality", ... as counted by the kiosk's anonymous statistics (stored). */
QString kioskStepCode(KioskStep step);

} // namespace passerelle
