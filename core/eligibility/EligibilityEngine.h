// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityInput.h"
#include "core/eligibility/EligibilityResult.h"

#include <QList>

namespace passerelle {

class RuleBook;

/**
 * Answers "can this young person get the pass Culture, how much, until when?" on the rule set in
 * force on the appointment date for their territory. Stateless; the rule book must outlive it.
 */
class EligibilityEngine
{
public:
    explicit EligibilityEngine(const RuleBook &ruleBook)
        : m_ruleBook(&ruleBook)
    {}

    /** Problems with the input, each for one field; empty when evaluate() may be called. */
    QList<InputError> validate(const EligibilityInput &input) const;

    /** The answer, with its explanation in the current language. Requires a valid input. */
    EligibilityResult evaluate(const EligibilityInput &input) const;

    const RuleBook &ruleBook() const { return *m_ruleBook; }

private:
    const RuleBook *m_ruleBook;
};

} // namespace passerelle
