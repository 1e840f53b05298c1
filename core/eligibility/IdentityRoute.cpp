// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/IdentityRoute.h"

#include "core/util/CodeTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct IdentityRouteText
{
    Q_DECLARE_TR_FUNCTIONS(IdentityRoute)
};

constexpr auto kDocuments = codeTable<IdentityDocument>({
    {IdentityDocument::FrenchIdCard, "fr_id_card"},
    {IdentityDocument::FrenchPassport, "fr_passport"},
    {IdentityDocument::ForeignId, "foreign_id"},
    {IdentityDocument::ResidencePermit, "residence_permit"},
    {IdentityDocument::ExpiredOrLost, "expired_or_lost"},
    {IdentityDocument::None, "none"},
});
static_assert(kDocuments.isWellFormed());

constexpr auto kRoutes = codeTable<IdentityRoute>({
    {IdentityRoute::InAppCheck, "in_app"},
    {IdentityRoute::DemarcheNumerique, "demarche_numerique"},
    {IdentityRoute::EduConnect, "educonnect"},
});
static_assert(kRoutes.isWellFormed());
} // namespace

QString identityDocumentCode(IdentityDocument document)
{
    return kDocuments.code(document);
}

std::optional<IdentityDocument> identityDocumentFromCode(const QString &code)
{
    return kDocuments.fromCode(code);
}

QList<IdentityDocument> allIdentityDocuments()
{
    return kDocuments.values();
}

QString identityDocumentDisplayName(IdentityDocument document)
{
    switch (document) {
    case IdentityDocument::FrenchIdCard:
        return IdentityRouteText::tr("French identity card, still valid");
    case IdentityDocument::FrenchPassport:
        return IdentityRouteText::tr("French passport, still valid");
    case IdentityDocument::ForeignId:
        return IdentityRouteText::tr("Foreign identity card or passport");
    case IdentityDocument::ResidencePermit:
        return IdentityRouteText::tr("Residence permit (titre de séjour)");
    case IdentityDocument::ExpiredOrLost:
        return IdentityRouteText::tr("French document expired or lost");
    case IdentityDocument::None:
        break;
    }
    return IdentityRouteText::tr("No identity document");
}

QString captureDisplayName(CaptureCode capture)
{
    switch (capture) {
    case CaptureCode::IdFront:
        return IdentityRouteText::tr("Front of the identity document");
    case CaptureCode::IdBack:
        return IdentityRouteText::tr("Back of the identity document");
    case CaptureCode::PassportPage:
        return IdentityRouteText::tr("Passport photo page");
    case CaptureCode::SelfieWithId:
        return IdentityRouteText::tr("Selfie holding the document");
    case CaptureCode::ProofOfAddress:
        return IdentityRouteText::tr("Proof of address");
    }
    return captureCodeString(capture);
}

namespace {
QList<CaptureCode> documentPictures(IdentityDocument document)
{
    return document == IdentityDocument::FrenchPassport ? QList<CaptureCode>{CaptureCode::PassportPage}
                                                        : QList<CaptureCode>{CaptureCode::IdFront, CaptureCode::IdBack};
}

bool foreignDocument(IdentityDocument document)
{
    return document == IdentityDocument::ForeignId || document == IdentityDocument::ResidencePermit;
}
} // namespace

IdentityPlan planIdentityCheck(IdentityDocument document, bool hasSmartphone)
{
    IdentityCircumstances c;
    c.document = document;
    c.hasSmartphone = hasSmartphone;
    return planIdentityRoute(c, true, false);
}

IdentityPlan planIdentityRoute(const IdentityCircumstances &c, bool creditToUnlock, bool eduConnectOffered)
{
    IdentityPlan plan;
    if (!creditToUnlock) {
        plan.route = IdentityRoute::None;
        plan.reasons << QStringLiteral("no_credit_to_unlock");
        return plan;
    }
    if (eduConnectOffered && c.hasEduConnect) {
        plan.route = IdentityRoute::EduConnect;
        plan.reasons << QStringLiteral("educonnect_codes");
        return plan;
    }
    const bool frenchInDate =
        (c.document == IdentityDocument::FrenchIdCard || c.document == IdentityDocument::FrenchPassport) &&
        !c.documentExpired;
    plan.captures = documentPictures(c.document);
    if (frenchInDate && c.hasSmartphone) {
        plan.route = IdentityRoute::InAppCheck;
        plan.reasons << QStringLiteral("french_document_in_date");
        return plan;
    }
    plan.route = IdentityRoute::DemarcheNumerique;
    if (c.documentExpired)
        plan.reasons << QStringLiteral("document_expired");
    else if (!frenchInDate)
        plan.reasons << QStringLiteral("document_not_accepted_in_app");
    if (!c.hasSmartphone)
        plan.reasons << QStringLiteral("no_smartphone");
    if (c.document == IdentityDocument::None)
        plan.reasons << QStringLiteral("no_document");
    plan.captures << CaptureCode::SelfieWithId;
    // A proof of address only with a foreign document (or, without one yet, for a foreign national).
    if (foreignDocument(c.document) || (c.document == IdentityDocument::None && !c.frenchNational))
        plan.captures << CaptureCode::ProofOfAddress;
    return plan;
}

QString IdentityPlan::routeCode() const
{
    return kRoutes.code(route);
}

QString IdentityPlan::routeName() const
{
    switch (route) {
    case IdentityRoute::InAppCheck:
        return IdentityRouteText::tr("Photo check in the pass Culture app");
    case IdentityRoute::DemarcheNumerique:
        return IdentityRouteText::tr("Online file on Démarche Numérique");
    case IdentityRoute::EduConnect:
        return IdentityRouteText::tr("ÉduConnect, your school login, in the pass Culture app");
    case IdentityRoute::None:
        break;
    }
    return IdentityRouteText::tr("When your credit opens");
}

QStringList IdentityPlan::steps() const
{
    QStringList steps;
    switch (route) {
    case IdentityRoute::InAppCheck:
        steps << IdentityRouteText::tr("In the pass Culture app, you take a photo of your document and of your face.")
              << IdentityRouteText::tr("Use the original document, not a copy or a screen.")
              << IdentityRouteText::tr("You have three tries.");
        break;
    case IdentityRoute::EduConnect:
        steps << IdentityRouteText::tr(
                     "In the pass Culture app, choose ÉduConnect and log in with the codes your school gave you.")
              << IdentityRouteText::tr("No photo is needed, and there is no wait.");
        break;
    case IdentityRoute::DemarcheNumerique:
        steps << IdentityRouteText::tr("You send your file on the Démarche Numérique website.")
              << (captures.contains(CaptureCode::ProofOfAddress)
                      ? IdentityRouteText::tr(
                            "You need: your identity document, a selfie holding it, and a proof of address.")
                      : IdentityRouteText::tr("You need: your identity document and a selfie holding it."))
              << IdentityRouteText::tr("The answer takes up to 5 days.");
        if (reasons.contains(QLatin1String("document_expired")))
            steps << IdentityRouteText::tr("An expired document may be refused.");
        break;
    case IdentityRoute::None:
        break;
    }
    if (reasons.contains(QLatin1String("no_document")))
        steps << IdentityRouteText::tr(
            "First, you need an identity document. Your counselor can help you ask for one.");
    return steps;
}

QJsonObject IdentityPlan::toJson() const
{
    QJsonArray captureArray;
    for (const CaptureCode capture : captures)
        captureArray.append(captureCodeString(capture));
    return {{QStringLiteral("route"), route == IdentityRoute::None ? QJsonValue() : QJsonValue(routeCode())},
            {QStringLiteral("captures"), captureArray},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

std::optional<IdentityPlan> IdentityPlan::fromJson(const QJsonObject &json)
{
    IdentityPlan plan;
    const QJsonValue routeValue = json.value(QStringLiteral("route"));
    const auto route =
        routeValue.isNull() ? std::optional(IdentityRoute::None) : kRoutes.fromCode(routeValue.toString());
    if (!route)
        return std::nullopt;
    plan.route = *route;
    for (const auto &v : json.value(QStringLiteral("captures")).toArray()) {
        const auto capture = captureCodeFromString(v.toString());
        if (!capture)
            return std::nullopt;
        plan.captures << *capture;
    }
    for (const auto &v : json.value(QStringLiteral("reasons")).toArray())
        plan.reasons << v.toString();
    return plan;
}

} // namespace passerelle
