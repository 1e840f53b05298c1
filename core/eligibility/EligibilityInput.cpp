// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/EligibilityInput.h"

#include "core/util/CodeTable.h"
#include "core/util/Dates.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
constexpr auto kNationalities = codeTable<Nationality>({
    {Nationality::French, "fr"},
    {Nationality::EuEeaSwiss, "eu"},
    {Nationality::Other, "other"},
});
static_assert(kNationalities.isWellFormed());
} // namespace

QString nationalityCode(Nationality nationality)
{
    return kNationalities.code(nationality);
}

std::optional<Nationality> nationalityFromCode(const QString &code)
{
    return kNationalities.fromCode(code);
}

QString nationalityDisplayName(Nationality nationality)
{
    switch (nationality) {
    case Nationality::French:
        return QCoreApplication::translate("Nationality", "French");
    case Nationality::EuEeaSwiss:
        return QCoreApplication::translate("Nationality", "Another EU or EEA country, or Switzerland");
    case Nationality::Other:
        break;
    }
    return QCoreApplication::translate("Nationality", "Another country");
}

QJsonObject EligibilityInput::toJson() const
{
    QJsonObject o{{QStringLiteral("birth_date"), dates::toIso(birthDate)},
                  {QStringLiteral("appointment_date"), dates::toIso(appointmentDate)},
                  {QStringLiteral("nationality"), nationalityCode(nationality)},
                  {QStringLiteral("territory"), territory}};
    o.insert(QStringLiteral("resident_since"),
             residentSince.isValid() ? QJsonValue(dates::toIso(residentSince)) : QJsonValue());
    return o;
}

std::optional<EligibilityInput> EligibilityInput::fromJson(const QJsonObject &json)
{
    EligibilityInput input;
    input.birthDate = dates::parseIso(json.value(QStringLiteral("birth_date")).toString());
    input.appointmentDate = dates::parseIso(json.value(QStringLiteral("appointment_date")).toString());
    const auto nationality = nationalityFromCode(json.value(QStringLiteral("nationality")).toString());
    input.residentSince = dates::parseIso(json.value(QStringLiteral("resident_since")).toString());
    input.territory = json.value(QStringLiteral("territory")).toString();
    if (!input.birthDate.isValid() || !input.appointmentDate.isValid() || !nationality)
        return std::nullopt;
    input.nationality = *nationality;
    return input;
}

} // namespace passerelle
