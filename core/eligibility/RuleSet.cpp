// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/RuleSet.h"

#include "core/eligibility/Territory.h"
#include "core/util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle {

namespace {

constexpr int kSchemaVersion = 1;

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

QList<DatedAmount> readDatedAmounts(FieldReader &r, const QJsonObject &o, const QString &path)
{
    QList<DatedAmount> list;
    const auto value = o.value(QStringLiteral("digital_cap"));
    if (value.isUndefined())
        return list;
    if (!value.isArray()) {
        r.fail(path + QStringLiteral("digital_cap"), QStringLiteral("must be an array"));
        return list;
    }
    const auto array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1digital_cap[%2].").arg(path).arg(i);
        const auto item = array.at(i).toObject();
        DatedAmount amount{r.date(item, itemPath, QStringLiteral("from")),
                           r.number(item, itemPath, QStringLiteral("amount"), 0, 1e6)};
        if (!list.isEmpty() && amount.from <= list.last().from)
            r.fail(itemPath + QStringLiteral("from"), QStringLiteral("must be later than the previous entry"));
        list << amount;
    }
    return list;
}

std::optional<AgeBracket> readBracket(FieldReader &r, const QJsonObject &o, const QString &path)
{
    AgeBracket b;
    b.age = r.integer(o, path, QStringLiteral("age"), 0, 30);
    const QString kind = r.string(o, path, QStringLiteral("kind"));
    if (kind == QLatin1String("credit"))
        b.kind = AgeBracket::Kind::Credit;
    else if (kind == QLatin1String("free_offers_only"))
        b.kind = AgeBracket::Kind::FreeOffersOnly;
    else
        r.fail(path + QStringLiteral("kind"), QStringLiteral("must be \"credit\" or \"free_offers_only\""));
    b.opensOn = r.date(o, path, QStringLiteral("opens_on"), false);
    if (b.kind == AgeBracket::Kind::Credit) {
        b.amount = r.number(o, path, QStringLiteral("amount"), 1, 1e6);
        b.confirmBeforeAge = r.integer(o, path, QStringLiteral("confirm_before_age"), b.age + 1, 30);
        const auto validity = o.value(QStringLiteral("validity")).toObject();
        const QString vpath = path + QStringLiteral("validity.");
        const QString type = r.string(validity, vpath, QStringLiteral("type"));
        if (type == QLatin1String("until_age")) {
            b.validity = {CreditValidity::Type::UntilAge,
                          r.integer(validity, vpath, QStringLiteral("age"), b.age + 1, 30)};
        } else if (type == QLatin1String("months_after_activation")) {
            b.validity = {CreditValidity::Type::MonthsAfterActivation,
                          r.integer(validity, vpath, QStringLiteral("months"), 1, 120)};
        } else if (!r.failed()) {
            r.fail(vpath + QStringLiteral("type"),
                   QStringLiteral("must be \"until_age\" or \"months_after_activation\""));
        }
        b.digitalCap = readDatedAmounts(r, o, path);
        if (o.contains(QStringLiteral("bonus"))) {
            const auto bonus = o.value(QStringLiteral("bonus")).toObject();
            const QString bpath = path + QStringLiteral("bonus.");
            Bonus parsed{r.number(bonus, bpath, QStringLiteral("amount"), 1, 1e6), {}};
            for (const auto &c : bonus.value(QStringLiteral("conditions")).toArray())
                parsed.conditions << c.toString();
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

std::optional<double> AgeBracket::digitalCapOn(QDate date) const
{
    std::optional<double> cap;
    for (const auto &entry : digitalCap) {
        if (entry.from <= date)
            cap = entry.amount;
    }
    if (!cap && !digitalCap.isEmpty())
        cap = digitalCap.first().amount;
    return cap;
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
    rs.schema = r.integer(o, {}, QStringLiteral("schema"), kSchemaVersion, kSchemaVersion);
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
    rs.pilotAreasOnly = o.value(QStringLiteral("pilot_areas_only")).toBool(false);
    if (o.contains(QStringLiteral("credit_usable_until_age")))
        rs.creditUsableUntilAge = r.integer(o, {}, QStringLiteral("credit_usable_until_age"), 1, 40);

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
