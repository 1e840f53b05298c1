// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityResult.h"

#include <QString>
#include <QStringList>

namespace passerelle {

/**
 * Writes the answer for the young person: short sentences, one idea each, "tu" in French
 * (FALC). Uses the installed translation and the default locale for dates and amounts.
 */
class EligibilityExplainer
{
public:
    /** The sentences, in reading order. */
    static QStringList sentences(const EligibilityResult &result);
    /** The sentences joined, one per line. */
    static QString explain(const EligibilityResult &result);
    /** A plain sentence for a bonus condition code ("modest_household_quotient"). */
    static QString bonusConditionText(const QString &code, const EligibilityResult &result);
};

} // namespace passerelle
