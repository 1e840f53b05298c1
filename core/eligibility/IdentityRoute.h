// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CaptureCode.h"

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
    EduConnect,        ///< the school login (ÉduConnect): no photos, no wait
    None,              ///< no credit to unlock on the appointment date
};

/** What decides the identity route, as the profile page asks it. */
struct IdentityCircumstances
{
    IdentityDocument document = IdentityDocument::FrenchIdCard;
    bool documentExpired = false; ///< the document's expiry date, when typed, is past
    bool hasSmartphone = true;
    bool hasEduConnect = false; ///< at school, with ÉduConnect codes given by the school
    bool frenchNational = true; ///< decides the proof of address when there is no document yet
    friend bool operator==(const IdentityCircumstances &, const IdentityCircumstances &) = default;
};

/** What the counselor prepares: the route and the pictures to take at the desk. */
struct IdentityPlan
{
    IdentityRoute route = IdentityRoute::InAppCheck;
    QList<CaptureCode> captures; ///< the pictures to take, in order
    QStringList reasons;         ///< why this route: "french_document_in_date", "no_smartphone", ...

    QString routeCode() const; ///< "in_app", "educonnect", "demarche_numerique"; empty for None
    QString routeName() const; ///< translated
    /** Plain sentences for the young person, in reading order. */
    QStringList steps() const;

    QJsonObject toJson() const;
    static std::optional<IdentityPlan> fromJson(const QJsonObject &json);
};

/**
 * The route by document alone (photo check or Démarche Numérique), for a French national; the
 * full choice, with ÉduConnect and "no credit to unlock", is planIdentityRoute().
 */
IdentityPlan planIdentityCheck(IdentityDocument document, bool hasSmartphone);

/**
 * The one identity plan every sentence about the identity route comes from. @p creditToUnlock:
 * the young person can unlock a credit on the appointment date (else the route is None);
 * @p eduConnectOffered: the rule set offers ÉduConnect at this age and place.
 */
IdentityPlan planIdentityRoute(const IdentityCircumstances &circumstances, bool creditToUnlock, bool eduConnectOffered);

QString captureDisplayName(CaptureCode capture);

} // namespace passerelle
