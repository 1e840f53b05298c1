// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli eligibility: the eligibility engine for scripts and support staff.
#include "cli/CliCommand.h"

#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/eligibility/Territory.h"
#include "core/util/CaptureCode.h"
#include "core/util/Dates.h"
#include "core/util/ListText.h"
#include "core/util/Money.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace passerelle::cli {

namespace {

/** Translation context for this file's sentences. */
struct EligibilityCommandText
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityCommand)
};

QString dateOrDash(QDate date)
{
    return date.isValid() ? dates::toLongText(date) : QStringLiteral("-");
}

void printReadable(const EligibilityResult &r, QTextStream &out)
{
    const auto line = [&out](const QString &label, const QString &value) { out << label << " : " << value << '\n'; };
    out << statusHeadline(r.status) << " (" << statusCode(r.status) << ")\n";
    line(EligibilityCommandText::tr("Age"), QString::number(r.age));
    line(EligibilityCommandText::tr("Rules"), QStringLiteral("%1, %2").arg(r.rulesetId, r.rulesetName));
    line(EligibilityCommandText::tr("Amount now"), formatAmount(r.amount, r.currency));
    line(EligibilityCommandText::tr("Total still to come"), formatAmount(r.cumulativeAmount, r.currency));
    line(EligibilityCommandText::tr("Eligible from"), dateOrDash(r.eligibleFrom));
    line(EligibilityCommandText::tr("Confirm identity by"), dateOrDash(r.confirmIdentityBefore));
    line(EligibilityCommandText::tr("Credit expires"),
         r.creditValidityMonths > 0 && !r.creditExpires.isValid()
             ? EligibilityCommandText::tr("%1 months after activation").arg(r.creditValidityMonths)
             : dateOrDash(r.creditExpires));
    line(EligibilityCommandText::tr("Residence condition met on"), dateOrDash(r.residenceConditionMetOn));
    line(EligibilityCommandText::tr("Bonus possible"),
         r.bonusPossible ? EligibilityCommandText::tr("yes") : EligibilityCommandText::tr("no"));
    line(EligibilityCommandText::tr("Digital cap"),
         r.digitalCap ? formatAmount(*r.digitalCap, r.currency)
                      : (r.reasons.contains(QLatin1String("no_digital_cap")) ? EligibilityCommandText::tr("none")
                                                                             : QStringLiteral("-")));
    QStringList captures;
    for (const CaptureCode capture : r.identityPlan.captures)
        captures << captureCodeString(capture);
    line(EligibilityCommandText::tr("Identity route"),
         r.identityPlan.route == IdentityRoute::None ? QStringLiteral("-") : r.identityPlan.routeName());
    line(EligibilityCommandText::tr("Pictures to prepare"),
         captures.isEmpty() ? QStringLiteral("-") : listText(captures));
    line(EligibilityCommandText::tr("Reasons"), r.reasons.join(QStringLiteral(", ")));
    out << '\n' << r.explanation << '\n';
}

} // namespace

int runEligibility(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption birth(QStringLiteral("birth-date"), QStringLiteral("Birth date (required)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("Appointment date (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption nationality(QStringLiteral("nationality"), QStringLiteral("fr (default), eu or other."),
                                         QStringLiteral("fr|eu|other"), QStringLiteral("fr"));
    const QCommandLineOption residentSince(QStringLiteral("resident-since"),
                                           QStringLiteral("Living in France since (needed for --nationality other)."),
                                           QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption territory(QStringLiteral("territory"),
                                       QStringLiteral("Where the young person lives: %1 (default metro).")
                                           .arg(territories::codes().join(QStringLiteral(", "))),
                                       QStringLiteral("CODE"), territories::defaultCode());
    QStringList documentCodes;
    for (const auto document : allIdentityDocuments())
        documentCodes << identityDocumentCode(document);
    const QCommandLineOption document(
        QStringLiteral("document"), QStringLiteral("The identity document held (default fr_id_card)."),
        documentCodes.join(QLatin1Char('|')), identityDocumentCode(IdentityDocument::FrenchIdCard));
    const QCommandLineOption smartphone(QStringLiteral("smartphone"),
                                        QStringLiteral("Has a smartphone for the in-app check (default yes)."),
                                        QStringLiteral("yes|no"), QStringLiteral("yes"));
    const QCommandLineOption school(QStringLiteral("school"),
                                    QStringLiteral("At school, with ÉduConnect codes (default no)."),
                                    QStringLiteral("yes|no"), QStringLiteral("no"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Checks pass Culture eligibility on the rules in force on a date."),
             .options = {birth, on, nationality, residentSince, territory, document, smartphone, school, json}}))
        return *exit;

    const auto parseDate = [&](const QCommandLineOption &option, QDate *date) {
        *date = dates::parseIso(parser.value(option));
        return date->isValid();
    };
    EligibilityInput input;
    if (!parser.isSet(birth))
        return badInput(context, EligibilityCommandText::tr("--birth-date is required (YYYY-MM-DD)."));
    if (!parseDate(birth, &input.birthDate))
        return badInput(context, EligibilityCommandText::tr("--birth-date: \"%1\" is not a real date as YYYY-MM-DD.")
                                     .arg(parser.value(birth)));
    input.appointmentDate = context.clock.today();
    if (parser.isSet(on) && !parseDate(on, &input.appointmentDate))
        return badInput(
            context,
            EligibilityCommandText::tr("--on: \"%1\" is not a real date as YYYY-MM-DD.").arg(parser.value(on)));
    const auto nat = nationalityFromCode(parser.value(nationality));
    if (!nat)
        return badInput(
            context,
            EligibilityCommandText::tr("--nationality: \"%1\" is not fr, eu or other.").arg(parser.value(nationality)));
    input.nationality = *nat;
    if (parser.isSet(residentSince) && !parseDate(residentSince, &input.residentSince))
        return badInput(context,
                        EligibilityCommandText::tr("--resident-since: \"%1\" is not a real date as YYYY-MM-DD.")
                            .arg(parser.value(residentSince)));
    input.territory = parser.value(territory);
    if (!territories::isKnown(input.territory))
        return badInput(context, EligibilityCommandText::tr("--territory: unknown code \"%1\" (one of: %2).")
                                     .arg(input.territory, territories::codes().join(QStringLiteral(", "))));

    const auto doc = identityDocumentFromCode(parser.value(document));
    if (!doc)
        return badInput(context, EligibilityCommandText::tr("--document: \"%1\" is not one of: %2.")
                                     .arg(parser.value(document), documentCodes.join(QStringLiteral(", "))));
    input.identity.document = *doc;
    const auto yesNo = [&parser](const QCommandLineOption &option, bool *value) {
        const QString text = parser.value(option);
        *value = text == QLatin1String("yes");
        return *value || text == QLatin1String("no");
    };
    if (!yesNo(smartphone, &input.identity.hasSmartphone))
        return badInput(
            context,
            EligibilityCommandText::tr("--smartphone: \"%1\" is not yes or no.").arg(parser.value(smartphone)));
    if (!yesNo(school, &input.identity.hasEduConnect))
        return badInput(context,
                        EligibilityCommandText::tr("--school: \"%1\" is not yes or no.").arg(parser.value(school)));

    QString error;
    const RuleBook book = RuleBook::builtIn(&error);
    if (book.isEmpty() || !error.isEmpty()) {
        context.err << "passerelle-cli: " << error << Qt::endl;
        return Failure;
    }
    const EligibilityEngine engine(book);
    const auto errors = engine.validate(input);
    if (!errors.isEmpty()) {
        const auto &first = errors.first();
        const QString option = QStringLiteral("--") + QString(first.field).replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString name = first.field == QLatin1String("appointment_date") ? QStringLiteral("--on") : option;
        return badInput(context, QStringLiteral("%1: %2").arg(name, first.message));
    }
    const EligibilityResult result = engine.evaluate(input);
    if (parser.isSet(json)) {
        // The route and the pictures are the record's identity_plan: null route with no credit to unlock.
        QJsonObject object = result.toJson();
        const QJsonObject plan = result.identityPlan.toJson();
        object.insert(QStringLiteral("identity_route"), plan.value(QStringLiteral("route")));
        object.insert(QStringLiteral("captures"), plan.value(QStringLiteral("captures")));
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else
        printReadable(result, context.out);
    return Ok;
}

} // namespace passerelle::cli
