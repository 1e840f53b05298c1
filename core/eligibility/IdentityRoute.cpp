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

QString captureDisplayName(const QString &code)
{
    if (code == QLatin1String("id_front"))
        return IdentityRouteText::tr("Front of the identity document");
    if (code == QLatin1String("id_back"))
        return IdentityRouteText::tr("Back of the identity document");
    if (code == QLatin1String("passport_page"))
        return IdentityRouteText::tr("Passport photo page");
    if (code == QLatin1String("selfie_with_id"))
        return IdentityRouteText::tr("Selfie holding the document");
    if (code == QLatin1String("proof_of_address"))
        return IdentityRouteText::tr("Proof of address");
    return code;
}

namespace {
QStringList documentPictures(IdentityDocument document)
{
    return document == IdentityDocument::FrenchPassport
               ? QStringList{QStringLiteral("passport_page")}
               : QStringList{QStringLiteral("id_front"), QStringLiteral("id_back")};
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
    plan.captures << QStringLiteral("selfie_with_id");
    // A proof of address only with a foreign document (or, without one yet, for a foreign national).
    if (foreignDocument(c.document) || (c.document == IdentityDocument::None && !c.frenchNational))
        plan.captures << QStringLiteral("proof_of_address");
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
              << (captures.contains(QLatin1String("proof_of_address"))
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
    return {{QStringLiteral("route"), route == IdentityRoute::None ? QJsonValue() : QJsonValue(routeCode())},
            {QStringLiteral("captures"), QJsonArray::fromStringList(captures)},
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
    for (const auto &v : json.value(QStringLiteral("captures")).toArray())
        plan.captures << v.toString();
    for (const auto &v : json.value(QStringLiteral("reasons")).toArray())
        plan.reasons << v.toString();
    return plan;
}

} // namespace passerelle
