// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/RuleSet.h"

#include "core/eligibility/Territory.h"
#include "core/util/CodeTable.h"
#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle {

namespace {

constexpr int kMinSchemaVersion = 1;
constexpr int kSchemaVersion = 2; ///< 2: digital_cap may be an object (per territory, no cap, activation date)

constexpr auto kBracketKinds = codeTable<AgeBracket::Kind>({
    {AgeBracket::Kind::Credit, "credit"},
    {AgeBracket::Kind::FreeOffersOnly, "free_offers_only"},
});
static_assert(kBracketKinds.isWellFormed());

/** The validity types a rule file may name (Type::None is the absence of one). */
constexpr auto kValidityTypes = codeTable<CreditValidity::Type>({
    {CreditValidity::Type::UntilAge, "until_age"},
    {CreditValidity::Type::MonthsAfterActivation, "months_after_activation"},
});
static_assert(kValidityTypes.isWellFormed());

/** "must be "a" or "b"": the codes a field accepts, for its error message. */
QString mustBeOneOf(const QStringList &codes)
{
    return QStringLiteral("must be \"%1\"").arg(codes.join(QStringLiteral("\" or \"")));
}

/** Reads typed fields out of a JSON object and remembers the first error with its path. */
class FieldReader
{
public:
    FieldReader(QString fileName, QString *error)
        : m_file(std::move(fileName))
        , m_error(error)
    {}

    bool failed() const { return m_failed; }

    bool fail(const QString &path, const QString &what)
    {
        if (!m_failed && m_error)
            *m_error = QStringLiteral("%1: %2: %3").arg(m_file, path, what);
        m_failed = true;
        return false;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + key, QStringLiteral("missing"));
            return {};
        }
        if (!v.isString() || v.toString().isEmpty()) {
            fail(path + key, QStringLiteral("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const auto v = o.value(key);
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        const QDate d = dates::parseIso(v.toString());
        if (!v.isString() || !d.isValid())
            fail(path + key, QStringLiteral("must be a date as YYYY-MM-DD"));
        return d;
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, double min, double max)
    {
        const auto v = o.value(key);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(path + key, QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max)
    {
        const double d = number(o, path, key, min, max);
        if (!m_failed && d != static_cast<int>(d))
            fail(path + key, QStringLiteral("must be a whole number"));
        return static_cast<int>(d);
    }

private:
    QString m_file;
    QString *m_error;
    bool m_failed = false;
};

QList<DatedAmount> readSchedule(FieldReader &r, const QJsonValue &value, const QString &path)
{
    QList<DatedAmount> list;
    if (!value.isArray()) {
        r.fail(path, QStringLiteral("must be an array"));
        return list;
    }
    const auto array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2].").arg(path).arg(i);
        const auto item = array.at(i).toObject();
        DatedAmount amount{r.date(item, itemPath, QStringLiteral("from")), std::nullopt};
        // "amount": null says "no cap from this date"; a missing amount is a mistake.
        if (!item.contains(QStringLiteral("amount")))
            r.fail(itemPath + QStringLiteral("amount"), QStringLiteral("missing (null means no cap)"));
        else if (!item.value(QStringLiteral("amount")).isNull())
            amount.amount = r.number(item, itemPath, QStringLiteral("amount"), 0, 1e7);
        if (!list.isEmpty() && amount.from <= list.last().from)
            r.fail(itemPath + QStringLiteral("from"), QStringLiteral("must be later than the previous entry"));
        list << amount;
    }
    return list;
}

/**
 * "digital_cap": either a dated list read on the appointment date (schema 1), or an object
 * {"follows": "appointment_date"|"activation_date", "national": [...], "territories": {"976": [...]}}.
 */
DigitalCapRule readDigitalCap(FieldReader &r, const QJsonObject &o, const QString &path)
{
    DigitalCapRule rule;
    const QString capPath = path + QStringLiteral("digital_cap");
    const auto value = o.value(QStringLiteral("digital_cap"));
    if (value.isUndefined())
        return rule;
    if (value.isArray()) {
        rule.national = readSchedule(r, value, capPath);
        return rule;
    }
    if (!value.isObject()) {
        r.fail(capPath, QStringLiteral("must be an array or an object"));
        return rule;
    }
    const auto cap = value.toObject();
    const QString follows = r.string(cap, capPath + QLatin1Char('.'), QStringLiteral("follows"));
    if (follows == QLatin1String("activation_date"))
        rule.follows = DigitalCapRule::Follows::ActivationDate;
    else if (follows != QLatin1String("appointment_date") && !r.failed())
        r.fail(capPath + QStringLiteral(".follows"),
               QStringLiteral("must be \"appointment_date\" or \"activation_date\""));
    if (cap.contains(QStringLiteral("national")))
        rule.national = readSchedule(r, cap.value(QStringLiteral("national")), capPath + QStringLiteral(".national"));
    const auto byTerritory = cap.value(QStringLiteral("territories")).toObject();
    for (auto it = byTerritory.begin(); it != byTerritory.end() && !r.failed(); ++it) {
        const QString territoryPath = QStringLiteral("%1.territories.%2").arg(capPath, it.key());
        if (!territories::isKnown(it.key()))
            r.fail(territoryPath, QStringLiteral("unknown territory code"));
        rule.byTerritory.insert(it.key(), readSchedule(r, it.value(), territoryPath));
    }
    if (!r.failed() && !rule.isDefined())
        r.fail(capPath, QStringLiteral("must give a national or a territory schedule"));
    return rule;
}

std::optional<AgeBracket> readBracket(FieldReader &r, const QJsonObject &o, const QString &path)
{
    AgeBracket b;
    b.age = r.integer(o, path, QStringLiteral("age"), 0, 30);
    const auto kind = kBracketKinds.fromCode(r.string(o, path, QStringLiteral("kind")));
    if (kind)
        b.kind = *kind;
    else
        r.fail(path + QStringLiteral("kind"), mustBeOneOf(kBracketKinds.codes()));
    b.opensOn = r.date(o, path, QStringLiteral("opens_on"), false);
    const auto eduConnect = o.value(QStringLiteral("educonnect"));
    if (!eduConnect.isUndefined() && !eduConnect.isBool())
        r.fail(path + QStringLiteral("educonnect"), QStringLiteral("must be true or false"));
    b.eduConnect = eduConnect.toBool(false);
    if (b.kind == AgeBracket::Kind::Credit) {
        b.amount = r.number(o, path, QStringLiteral("amount"), 1, 1e6);
        b.confirmBeforeAge = r.integer(o, path, QStringLiteral("confirm_before_age"), b.age + 1, 30);
        const auto validity = o.value(QStringLiteral("validity")).toObject();
        const QString vpath = path + QStringLiteral("validity.");
        const auto type = kValidityTypes.fromCode(r.string(validity, vpath, QStringLiteral("type")));
        if (type == CreditValidity::Type::UntilAge) {
            b.validity = {*type, r.integer(validity, vpath, QStringLiteral("age"), b.age + 1, 30)};
        } else if (type == CreditValidity::Type::MonthsAfterActivation) {
            b.validity = {*type, r.integer(validity, vpath, QStringLiteral("months"), 1, 120)};
        } else if (!r.failed()) {
            r.fail(vpath + QStringLiteral("type"), mustBeOneOf(kValidityTypes.codes()));
        }
        b.digitalCap = readDigitalCap(r, o, path);
        if (o.contains(QStringLiteral("bonus"))) {
            const auto bonus = o.value(QStringLiteral("bonus")).toObject();
            const QString bpath = path + QStringLiteral("bonus.");
            Bonus parsed{r.number(bonus, bpath, QStringLiteral("amount"), 1, 1e6), {}};
            for (const auto &c : bonus.value(QStringLiteral("conditions")).toArray())
                parsed.conditions << c.toString();
            if (parsed.conditions.contains(QLatin1String("modest_household_quotient")))
                parsed.quotientFamilialMax = r.number(bonus, bpath, QStringLiteral("quotient_familial_max"), 1, 1e6);
            if (parsed.conditions.isEmpty())
                r.fail(bpath + QStringLiteral("conditions"), QStringLiteral("must list at least one condition"));
            b.bonus = parsed;
        }
    }
    if (r.failed())
        return std::nullopt;
    return b;
}

} // namespace

const QList<DatedAmount> &DigitalCapRule::scheduleFor(const QString &territory) const
{
    const auto it = byTerritory.constFind(territory);
    return it != byTerritory.constEnd() ? *it : national;
}

const DatedAmount *DigitalCapRule::entryOn(QDate date, const QString &territory) const
{
    const auto &schedule = scheduleFor(territory);
    const DatedAmount *entry = nullptr;
    for (const auto &e : schedule) {
        if (e.from <= date)
            entry = &e;
    }
    // Before its first date, a schedule's first entry stands (the rule set's own start).
    if (!entry && !schedule.isEmpty())
        entry = &schedule.first();
    return entry;
}

bool RuleSet::coversDate(QDate date) const
{
    return date >= validFrom && (!validUntil.isValid() || date <= validUntil);
}

bool RuleSet::coversTerritory(const QString &code) const
{
    return territories.contains(code);
}

const AgeBracket *RuleSet::bracketForAge(int age) const
{
    for (const auto &b : brackets) {
        if (b.age == age)
            return &b;
    }
    return nullptr;
}

int RuleSet::minAge() const
{
    return brackets.first().age;
}

int RuleSet::maxAgeExclusive() const
{
    return brackets.last().age + 1;
}

std::optional<RuleSet> RuleSet::fromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    FieldReader r(fileName, error);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QStringLiteral("offset %1").arg(parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail(QStringLiteral("(top level)"), QStringLiteral("must be a JSON object"));
        return std::nullopt;
    }
    const auto o = doc.object();
    RuleSet rs;
    rs.fileName = fileName;
    rs.schema = r.integer(o, {}, QStringLiteral("schema"), kMinSchemaVersion, kSchemaVersion);
    rs.id = r.string(o, {}, QStringLiteral("id"));
    rs.name = r.string(o, {}, QStringLiteral("name"));
    rs.source = r.string(o, {}, QStringLiteral("source"), false);
    rs.validFrom = r.date(o, {}, QStringLiteral("valid_from"));
    rs.validUntil = r.date(o, {}, QStringLiteral("valid_until"), false);
    if (!r.failed() && rs.validUntil.isValid() && rs.validUntil < rs.validFrom)
        r.fail(QStringLiteral("valid_until"), QStringLiteral("must not be before valid_from"));
    rs.currency = r.string(o, {}, QStringLiteral("currency"));
    if (!r.failed() && rs.currency != QLatin1String("EUR") && rs.currency != QLatin1String("XPF"))
        r.fail(QStringLiteral("currency"), QStringLiteral("must be \"EUR\" or \"XPF\""));
    rs.minResidenceYearsOtherNationals = r.integer(o, {}, QStringLiteral("min_residence_years_other_nationals"), 0, 10);
    const QString residence = o.value(QStringLiteral("residence_condition")).toString(QStringLiteral("at_least"));
    rs.residenceMoreThan = residence == QLatin1String("more_than");
    if (!r.failed() && !rs.residenceMoreThan && residence != QLatin1String("at_least"))
        r.fail(QStringLiteral("residence_condition"), QStringLiteral("must be \"more_than\" or \"at_least\""));
    rs.pilotAreasOnly = o.value(QStringLiteral("pilot_areas_only")).toBool(false);
    if (o.contains(QStringLiteral("credit_usable_until_age")))
        rs.creditUsableUntilAge = r.integer(o, {}, QStringLiteral("credit_usable_until_age"), 1, 40);

    if (o.contains(QStringLiteral("late_sign_up"))) {
        const auto late = o.value(QStringLiteral("late_sign_up")).toObject();
        const QString lpath = QStringLiteral("late_sign_up.");
        rs.lateSignUpStartedBeforeAge = r.integer(late, lpath, QStringLiteral("started_before_age"), 1, 40);
        rs.lateSignUpUntilAge = r.integer(late, lpath, QStringLiteral("until_age"), rs.lateSignUpStartedBeforeAge, 40);
    }
    rs.appWithoutCreditFrom = r.date(o, {}, QStringLiteral("app_without_credit_from"), false);

    const auto territories = o.value(QStringLiteral("territories")).toArray();
    if (!r.failed() && territories.isEmpty())
        r.fail(QStringLiteral("territories"), QStringLiteral("must list at least one territory"));
    for (qsizetype i = 0; i < territories.size() && !r.failed(); ++i) {
        const QString code = territories.at(i).toString();
        if (!territories::isKnown(code))
            r.fail(QStringLiteral("territories[%1]").arg(i), QStringLiteral("unknown territory code \"%1\"").arg(code));
        rs.territories << code;
    }

    const auto brackets = o.value(QStringLiteral("brackets")).toArray();
    if (!r.failed() && brackets.isEmpty())
        r.fail(QStringLiteral("brackets"), QStringLiteral("must list at least one age"));
    for (qsizetype i = 0; i < brackets.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("brackets[%1].").arg(i);
        auto bracket = readBracket(r, brackets.at(i).toObject(), path);
        if (!bracket)
            break;
        if (!rs.brackets.isEmpty() && bracket->age != rs.brackets.last().age + 1)
            r.fail(path + QStringLiteral("age"), QStringLiteral("ages must follow each other without gaps"));
        rs.brackets << *bracket;
    }
    if (r.failed())
        return std::nullopt;
    return rs;
}

} // namespace passerelle
