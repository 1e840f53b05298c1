// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

/** An amount that applies from a date on (the digital cap changes by arrêté). */
struct DatedAmount
{
    QDate from;
    double amount = 0;
};

/** How long a credit lasts once granted. */
struct CreditValidity
{
    enum class Type { None, UntilAge, MonthsAfterActivation };
    Type type = Type::None;
    int value = 0; ///< the age (UntilAge, exclusive) or the number of months
};

struct Bonus
{
    double amount = 0;
    QStringList conditions; ///< condition codes, e.g. "modest_household_quotient"
};

/** What one age gets under a rule set. */
struct AgeBracket
{
    enum class Kind { Credit, FreeOffersOnly };
    int age = 0;
    Kind kind = Kind::Credit;
    double amount = 0;
    QDate opensOn;            ///< when this age opened, if later than the rule set
    int confirmBeforeAge = 0; ///< identity must be confirmed before the day before this birthday
    CreditValidity validity;
    QList<DatedAmount> digitalCap;
    std::optional<Bonus> bonus;

    /** The digital cap in force on @p date, if the rule set defines one. */
    std::optional<double> digitalCapOn(QDate date) const;
};

/**
 * One dated rule set (R0 ... R4), loaded from resources/rules/. Pure data: the engine reads it,
 * nothing in the code knows amounts or ages.
 */
struct RuleSet
{
    int schema = 0;
    QString id;
    QString name;
    QString source;
    QString fileName;
    QDate validFrom;
    QDate validUntil; ///< inclusive; invalid when still in force
    QString currency;
    int minResidenceYearsOtherNationals = 1;
    QStringList territories;
    bool pilotAreasOnly = false;
    int creditUsableUntilAge = 0; ///< 0 when the rule set does not say
    QList<AgeBracket> brackets;   ///< sorted by age, contiguous

    bool coversDate(QDate date) const;
    bool coversTerritory(const QString &code) const;
    const AgeBracket *bracketForAge(int age) const;
    int minAge() const;
    int maxAgeExclusive() const;

    /**
     * Parses and validates one rule file. On failure returns nothing and sets @p error to a
     * message naming the file and the field ("R3.json: brackets[1].amount: ...").
     */
    static std::optional<RuleSet> fromJson(const QByteArray &json, const QString &fileName, QString *error);
};

} // namespace passerelle
