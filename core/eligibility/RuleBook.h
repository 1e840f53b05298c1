// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/RuleSet.h"

#include <QList>

namespace passerelle {

/**
 * All the rule sets, validated together: two rule sets may not both be in force on the same day
 * for the same territory. Loaded once at start; read-only afterwards.
 */
class RuleBook
{
public:
    /** The rule files embedded in the application (resources/rules). */
    static RuleBook builtIn(QString *error = nullptr);

    /** Loads every *.json file in @p directory (a path or a ":/..." resource folder). */
    bool loadDirectory(const QString &directory, QString *error);
    /** Adds one rule set, refusing it when it overlaps one already loaded. */
    bool add(RuleSet ruleSet, QString *error);

    bool isEmpty() const { return m_ruleSets.isEmpty(); }
    const QList<RuleSet> &ruleSets() const { return m_ruleSets; }
    const RuleSet *byId(const QString &id) const;

    /** The rule set in force on @p date for @p territory, or null if none covers it. */
    const RuleSet *inForce(QDate date, const QString &territory) const;
    /** Some rule set in force on @p date (metropolitan France first), or null before the first. */
    const RuleSet *anyInForce(QDate date) const;
    /** The first rule set after @p date that covers @p territory, or null. */
    const RuleSet *nextCovering(QDate date, const QString &territory) const;

private:
    QList<RuleSet> m_ruleSets; ///< sorted by validFrom
};

} // namespace passerelle
