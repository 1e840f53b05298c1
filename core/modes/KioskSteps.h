// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/KioskStep.h"
#include "core/session/ProfileForm.h"

#include <QDate>
#include <QList>

namespace passerelle {

/**
 * The steps of this visit, in order, from what is answered so far: @p form as typed, the visit's
 * @p visitDate, and whether the answer, once known, leaves @p nothingAvailable (no credit and no
 * free offers now or later: the answer says what exists instead, and there are no offers to show).
 */
QList<KioskStep> kioskSteps(const ProfileForm &form, QDate visitDate, bool nothingAvailable);

} // namespace passerelle
