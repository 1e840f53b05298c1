// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/ProfileForm.h"

#include <QList>

namespace passerelle {

/** A made-up young person for demos: a profile ready to show, relative to the appointment date. */
struct DemoPersona
{
    QString id;          ///< "lyceen17", "resident18", "adult20"
    QString title;       ///< translated, for the picker button
    QString description; ///< translated, one sentence
    ProfileForm profile;
};

/**
 * The three demo personas, with birth and residence dates computed from @p appointmentDate so
 * that they show the same answers whatever the day of the webinar: a French high-school student
 * of 17 (eligible), an 18-year-old from outside the EU living in France for 8 months (not yet:
 * one year of residence is needed) and a 20-year-old (too old).
 */
QList<DemoPersona> demoPersonas(QDate appointmentDate);

} // namespace passerelle
