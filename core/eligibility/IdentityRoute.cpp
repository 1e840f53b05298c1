// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/IdentityRoute.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct IdentityRouteText
{
    Q_DECLARE_TR_FUNCTIONS(IdentityRoute)
};

constexpr std::array<std::pair<IdentityDocument, const char *>, 6> kDocuments{{
    {IdentityDocument::FrenchIdCard, "fr_id_card"},
    {IdentityDocument::FrenchPassport, "fr_passport"},
    {IdentityDocument::ForeignId, "foreign_id"},
    {IdentityDocument::ResidencePermit, "residence_permit"},
    {IdentityDocument::ExpiredOrLost, "expired_or_lost"},
    {IdentityDocument::None, "none"},
}};
} // namespace

QString identityDocumentCode(IdentityDocument document)
{
    for (const auto &[value, code] : kDocuments) {
        if (value == document)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<IdentityDocument> identityDocumentFromCode(const QString &code)
{
    for (const auto &[value, text] : kDocuments) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<IdentityDocument> allIdentityDocuments()
{
    QList<IdentityDocument> list;
    for (const auto &entry : kDocuments)
        list << entry.first;
    return list;
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

IdentityPlan planIdentityCheck(IdentityDocument document, bool hasSmartphone)
{
    IdentityPlan plan;
    const bool frenchInDate =
        document == IdentityDocument::FrenchIdCard || document == IdentityDocument::FrenchPassport;
    const bool passport = document == IdentityDocument::FrenchPassport;
    if (frenchInDate && hasSmartphone) {
        plan.route = IdentityRoute::InAppCheck;
        plan.reasons << QStringLiteral("french_document_in_date");
        plan.captures = passport ? QStringList{QStringLiteral("passport_page")}
                                 : QStringList{QStringLiteral("id_front"), QStringLiteral("id_back")};
        return plan;
    }
    plan.route = IdentityRoute::DemarcheNumerique;
    if (!frenchInDate)
        plan.reasons << QStringLiteral("document_not_accepted_in_app");
    if (!hasSmartphone)
        plan.reasons << QStringLiteral("no_smartphone");
    if (document == IdentityDocument::None)
        plan.reasons << QStringLiteral("no_document");
    plan.captures = passport ? QStringList{QStringLiteral("passport_page")}
                             : QStringList{QStringLiteral("id_front"), QStringLiteral("id_back")};
    plan.captures << QStringLiteral("selfie_with_id") << QStringLiteral("proof_of_address");
    return plan;
}

QString IdentityPlan::routeCode() const
{
    return route == IdentityRoute::InAppCheck ? QStringLiteral("in_app") : QStringLiteral("demarche_numerique");
}

QString IdentityPlan::routeName() const
{
    return route == IdentityRoute::InAppCheck ? IdentityRouteText::tr("Photo check in the pass Culture app")
                                              : IdentityRouteText::tr("Online file on Démarche Numérique");
}

QStringList IdentityPlan::steps() const
{
    QStringList steps;
    if (route == IdentityRoute::InAppCheck) {
        steps << IdentityRouteText::tr("In the pass Culture app, you take a photo of your document and of your face.")
              << IdentityRouteText::tr("Use the original document, not a copy or a screen.")
              << IdentityRouteText::tr("You have three tries.");
    } else {
        steps << IdentityRouteText::tr("You send your file on the Démarche Numérique website.")
              << IdentityRouteText::tr("You need: your identity document, a selfie holding it, and a proof of address.")
              << IdentityRouteText::tr("The answer comes within a few days.");
    }
    if (reasons.contains(QLatin1String("no_document")))
        steps << IdentityRouteText::tr(
            "First, you need an identity document. Your counselor can help you ask for one.");
    return steps;
}

QJsonObject IdentityPlan::toJson() const
{
    return {{QStringLiteral("route"), routeCode()},
            {QStringLiteral("captures"), QJsonArray::fromStringList(captures)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

std::optional<IdentityPlan> IdentityPlan::fromJson(const QJsonObject &json)
{
    IdentityPlan plan;
    const QString route = json.value(QStringLiteral("route")).toString();
    if (route == QLatin1String("in_app"))
        plan.route = IdentityRoute::InAppCheck;
    else if (route == QLatin1String("demarche_numerique"))
        plan.route = IdentityRoute::DemarcheNumerique;
    else
        return std::nullopt;
    for (const auto &v : json.value(QStringLiteral("captures")).toArray())
        plan.captures << v.toString();
    for (const auto &v : json.value(QStringLiteral("reasons")).toArray())
        plan.reasons << v.toString();
    return plan;
}

} // namespace passerelle
