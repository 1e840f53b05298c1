// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

/** An amount that applies from a date on (the digital cap changes by arrêté); none: no cap from then. */
struct DatedAmount
{
    QDate from;
    std::optional<double> amount;
};

/**
 * The most a credit may spend on online offers. Dated, per territory where it differs from the
 * national one, and read either on the appointment date or on the date the credit is activated
 * (the 2026 cap applies to credits activated from its date: an older credit keeps its cap).
 */
struct DigitalCapRule
{
    enum class Follows { AppointmentDate, ActivationDate };
    Follows follows = Follows::AppointmentDate;
    QList<DatedAmount> national;
    QMap<QString, QList<DatedAmount>> byTerritory; ///< territory code -> its own schedule

    bool isDefined() const { return !national.isEmpty() || !byTerritory.isEmpty(); }
    /** The schedule that applies to @p territory (its own, else the national one). */
    const QList<DatedAmount> &scheduleFor(const QString &territory) const;
    /** The entry in force on @p date for @p territory, or null when the rule says nothing. */
    const DatedAmount *entryOn(QDate date, const QString &territory) const;
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
    QStringList conditions;         ///< condition codes, e.g. "modest_household_quotient"
    double quotientFamilialMax = 0; ///< for "modest_household_quotient": the highest quotient familial
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
    DigitalCapRule digitalCap;
    std::optional<Bonus> bonus;
    bool eduConnect = false; ///< the school login (ÉduConnect) can open the account at this age
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
    /** "more than N years": met from the day after the Nth anniversary of arrival (else on it). */
    bool residenceMoreThan = false;
    QStringList territories;
    bool pilotAreasOnly = false;
    int creditUsableUntilAge = 0; ///< 0 when the rule set does not say
    /** Who started the sign-up in the app before this age can still finish it until lateSignUpUntilAge (0: no). */
    int lateSignUpStartedBeforeAge = 0;
    int lateSignUpUntilAge = 0;
    QDate appWithoutCreditFrom; ///< since when anyone may use the app without credit (invalid: not said)
    QList<AgeBracket> brackets; ///< sorted by age, contiguous

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
