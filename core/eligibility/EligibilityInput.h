// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/IdentityRoute.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace passerelle {

enum class Nationality { French, EuEeaSwiss, Other };

QString nationalityCode(Nationality nationality); ///< "fr", "eu", "other"
std::optional<Nationality> nationalityFromCode(const QString &code);
QString nationalityDisplayName(Nationality nationality); ///< translated

/** What the eligibility check needs to know about the young person. */
struct EligibilityInput
{
    QDate birthDate;
    QDate appointmentDate;
    Nationality nationality = Nationality::French;
    QDate residentSince; ///< only read for other nationals
    QString territory = QStringLiteral("metro");
    /**
     * What decides the identity route (document, smartphone, school). Not written by toJson(): a
     * session record keeps these answers in its own fields (identity_document, has_smartphone, ...).
     */
    IdentityCircumstances identity;

    /** Whether the residence date matters for this nationality. */
    bool needsResidenceDate() const { return nationality == Nationality::Other; }

    QJsonObject toJson() const;
    static std::optional<EligibilityInput> fromJson(const QJsonObject &json);
    friend bool operator==(const EligibilityInput &, const EligibilityInput &) = default;
};

/** One problem with the input, for the field it concerns. */
struct InputError
{
    QString field;   ///< "birth_date", "appointment_date", "resident_since", "territory"
    QString code;    ///< stable code for tests and scripts
    QString message; ///< plain-language sentence, translated
};

} // namespace passerelle
