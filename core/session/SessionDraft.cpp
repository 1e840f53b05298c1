// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/SessionDraft.h"

#include "core/session/CaptureOutcome.h"
#include "core/session/SessionModel.h"

#include <QJsonArray>

namespace passerelle {

namespace {

// The state's keys are stored: never rename one.
QJsonObject dateFields(const DateFields &fields)
{
    return {{QStringLiteral("day"), fields.day},
            {QStringLiteral("month"), fields.month},
            {QStringLiteral("year"), fields.year}};
}

DateFields dateFields(const QJsonObject &json)
{
    return {json.value(QStringLiteral("day")).toString(), json.value(QStringLiteral("month")).toString(),
            json.value(QStringLiteral("year")).toString()};
}

} // namespace

Draft SessionDraft::fromModel(const SessionModel &model, WizardStep step)
{
    const ProfileForm &profile = model.profile();
    QJsonObject outcomes;
    const QMap<QString, QString> outcomeCodes = model.captureOutcomeCodes();
    for (auto it = outcomeCodes.cbegin(); it != outcomeCodes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    QJsonObject state{
        {QStringLiteral("version"), 1},
        {QStringLiteral("appointment_date"), model.appointmentDate().toString(Qt::ISODate)},
        {QStringLiteral("language"), model.language()},
        {QStringLiteral("birth"), dateFields(profile.birth)},
        // Questions left unanswered stay null: a resumed draft chooses nothing for them.
        {QStringLiteral("nationality"),
         profile.nationality ? QJsonValue(nationalityCode(*profile.nationality)) : QJsonValue()},
        {QStringLiteral("resident_since"), dateFields(profile.residentSince)},
        {QStringLiteral("territory"), profile.territory},
        {QStringLiteral("document"),
         profile.document ? QJsonValue(identityDocumentCode(*profile.document)) : QJsonValue()},
        {QStringLiteral("has_smartphone"), profile.hasSmartphone ? QJsonValue(*profile.hasSmartphone) : QJsonValue()},
        {QStringLiteral("has_educonnect"), profile.hasEduConnect ? QJsonValue(*profile.hasEduConnect) : QJsonValue()},
        {QStringLiteral("categories"), QJsonArray::fromStringList(model.chosenCategories())},
        {QStringLiteral("document_expiry"), model.documentExpiry().toString(Qt::ISODate)},
        {QStringLiteral("capture_outcomes"), outcomes},
    };
    Draft draft;
    draft.id = model.id();
    draft.startedUtc = model.startedUtc();
    draft.step = step;
    draft.state = state;
    draft.images = model.captureImageList();
    return draft;
}

std::optional<WizardStep> SessionDraft::restore(SessionModel &model, const Draft &draft)
{
    const QJsonObject &state = draft.state;
    if (state.value(QStringLiteral("version")).toInt() != 1 || draft.id.isNull())
        return std::nullopt;
    model.resume(draft.id, draft.startedUtc);
    const QDate date = QDate::fromString(state.value(QStringLiteral("appointment_date")).toString(), Qt::ISODate);
    if (date.isValid())
        model.setAppointmentDate(date);
    const QString language = state.value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        model.setLanguage(language);
    ProfileForm profile;
    profile.birth = dateFields(state.value(QStringLiteral("birth")).toObject());
    profile.nationality = nationalityFromCode(state.value(QStringLiteral("nationality")).toString());
    profile.residentSince = dateFields(state.value(QStringLiteral("resident_since")).toObject());
    profile.territory = state.value(QStringLiteral("territory")).toString();
    profile.document = identityDocumentFromCode(state.value(QStringLiteral("document")).toString());
    const auto answer = [&state](const char *key) -> std::optional<bool> {
        const QJsonValue value = state.value(QLatin1String(key));
        return value.isBool() ? std::optional(value.toBool()) : std::nullopt;
    };
    profile.hasSmartphone = answer("has_smartphone");
    profile.hasEduConnect = answer("has_educonnect");
    model.setProfile(profile);
    const WizardStep step = draft.step;
    // Past the profile, the answer was shown: compute it again (same profile, same rules).
    if (step != WizardStep::Welcome && step != WizardStep::Profile)
        model.evaluate();
    model.setDocumentExpiry(QDate::fromString(state.value(QStringLiteral("document_expiry")).toString(), Qt::ISODate));
    QStringList categories;
    for (const auto &value : state.value(QStringLiteral("categories")).toArray())
        categories << value.toString();
    model.setChosenCategories(categories);
    QMap<CaptureCode, QByteArray> images;
    for (const auto &image : draft.images)
        images.insert(image.capture, image.data);
    const QJsonObject outcomes = state.value(QStringLiteral("capture_outcomes")).toObject();
    // A skipped capture, or one whose picture is gone, restores as skipped; an outcome code this
    // version does not know (it never writes one) restores as accepted.
    // A capture code this version does not know (it never writes one) is left out.
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
        const std::optional<CaptureCode> capture = captureCodeFromString(it.key());
        if (!capture)
            continue;
        const std::optional<CaptureOutcome> outcome = captureOutcomeFromCode(it.value().toString());
        if (outcome == CaptureOutcome::Skipped || !images.contains(*capture))
            model.skipCapture(*capture);
        else
            model.keepCapture(*capture, images.value(*capture), outcome.value_or(CaptureOutcome::Accepted));
    }
    return step;
}

} // namespace passerelle
