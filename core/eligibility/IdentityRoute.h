// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

/** The identity document the young person has with them. */
enum class IdentityDocument {
    FrenchIdCard,    ///< French CNI, in date
    FrenchPassport,  ///< French passport, in date
    ForeignId,       ///< foreign ID card or passport
    ResidencePermit, ///< titre de séjour
    ExpiredOrLost,   ///< a French document that is expired or lost
    None,
};

QString identityDocumentCode(IdentityDocument document);
std::optional<IdentityDocument> identityDocumentFromCode(const QString &code);
QString identityDocumentDisplayName(IdentityDocument document);
QList<IdentityDocument> allIdentityDocuments();

/** How the official app will check the young person's identity. */
enum class IdentityRoute {
    InAppCheck,        ///< photo/video check in the pass Culture app
    DemarcheNumerique, ///< the slower online file (Démarche Numérique)
};

/** What the counselor prepares: the route and the pictures to take at the desk. */
struct IdentityPlan
{
    IdentityRoute route = IdentityRoute::InAppCheck;
    QStringList captures; ///< "id_front", "id_back", "passport_page", "selfie_with_id", "proof_of_address"
    QStringList reasons;  ///< why this route: "french_document_in_date", "no_smartphone", ...

    QString routeCode() const; ///< "in_app" or "demarche_numerique"
    QString routeName() const; ///< translated
    /** Plain sentences for the young person, in reading order. */
    QStringList steps() const;

    QJsonObject toJson() const;
    static std::optional<IdentityPlan> fromJson(const QJsonObject &json);
};

/** Chooses the route from the document held and whether the young person has a smartphone. */
IdentityPlan planIdentityCheck(IdentityDocument document, bool hasSmartphone);

QString captureDisplayName(const QString &captureCode);

} // namespace passerelle
