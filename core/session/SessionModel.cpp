// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/SessionModel.h"

#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"

namespace passerelle {

SessionModel::SessionModel(const EligibilityEngine &engine, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_language(currentLanguage())
{
    start();
}

void SessionModel::start()
{
    m_id = QUuid::createUuid();
    m_startedUtc = m_clock.nowUtc();
    m_appointmentDate = m_clock.today();
    m_profile = ProfileForm();
    m_input.reset();
    m_result.reset();
    m_identityPlan = IdentityPlan();
    m_chosenCategories.clear();
    m_documentExpiry = QDate();
    m_captureImages.clear();
    m_captureOutcomes.clear();
    emit changed();
}

void SessionModel::resume(const QUuid &id, const QDateTime &startedUtc)
{
    start();
    m_id = id;
    m_startedUtc = startedUtc;
    emit changed();
}

void SessionModel::setAppointmentDate(QDate date)
{
    m_appointmentDate = date;
    m_result.reset();
    emit changed();
}

void SessionModel::setProfile(const ProfileForm &profile)
{
    m_profile = profile;
    m_result.reset();
    emit changed();
}

ProfileForm::Check SessionModel::checkProfile() const
{
    return m_profile.check(m_engine, m_appointmentDate);
}

AnswerFacts SessionModel::answerFacts() const
{
    if (!m_result || !m_input)
        return {};
    return AnswerFacts::make(*m_result, m_engine.ruleBook().byId(m_result->rulesetId), m_input->birthDate,
                             m_appointmentDate, m_input->identity.document);
}

bool SessionModel::evaluate()
{
    const auto check = checkProfile();
    if (!check.input) {
        m_result.reset();
        return false;
    }
    // One plan: the engine chooses the identity route with the answer, so every sentence agrees.
    EligibilityInput input = *check.input;
    input.identity.documentExpired = documentExpired();
    m_input = input;
    m_result = m_engine.evaluate(input);
    m_identityPlan = m_result->identityPlan;
    emit changed();
    return true;
}

void SessionModel::setDocumentExpiry(QDate expiry)
{
    if (expiry == m_documentExpiry)
        return;
    m_documentExpiry = expiry;
    if (m_result)
        evaluate();
    emit changed();
}

std::optional<CaptureOutcome> SessionModel::captureOutcome(CaptureCode capture) const
{
    const auto it = m_captureOutcomes.constFind(capture);
    return it == m_captureOutcomes.cend() ? std::nullopt : std::optional(*it);
}

void SessionModel::keepCapture(CaptureCode capture, const QByteArray &jpeg, CaptureOutcome outcome)
{
    m_captureImages.insert(capture, jpeg);
    m_captureOutcomes.insert(capture, outcome);
    emit changed();
}

void SessionModel::skipCapture(CaptureCode capture)
{
    m_captureImages.remove(capture);
    m_captureOutcomes.insert(capture, CaptureOutcome::Skipped);
    emit changed();
}

QMap<QString, QString> SessionModel::captureOutcomeCodes() const
{
    QMap<QString, QString> codes;
    for (auto it = m_captureOutcomes.cbegin(); it != m_captureOutcomes.cend(); ++it)
        codes.insert(captureCodeString(it.key()), captureOutcomeCode(it.value()));
    return codes;
}

QList<SessionImage> SessionModel::captureImageList() const
{
    QList<SessionImage> images;
    if (!keepsPictures())
        return images;
    for (auto it = m_captureImages.cbegin(); it != m_captureImages.cend(); ++it)
        images << SessionImage{it.key(), it.value()};
    return images;
}

void SessionModel::setChosenCategories(const QStringList &ids)
{
    QStringList unique;
    for (const auto &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique << id;
    }
    m_chosenCategories = unique;
    emit changed();
}

void SessionModel::setLanguage(const QString &language)
{
    m_language = language;
    // The explanation is in the language it was written in: write it again.
    if (m_result)
        evaluate();
    emit changed();
}

SessionRecord SessionModel::toRecord(const DeviceContext &context) const
{
    Q_ASSERT(m_result && m_input);
    SessionRecord record;
    record.id = m_id;
    record.startedUtc = m_startedUtc;
    record.completedUtc = m_clock.nowUtc();
    record.utcOffsetSeconds = record.completedUtc.toLocalTime().offsetFromUtc();
    record.appVersion = context.appVersion;
    record.deviceId = context.deviceId;
    record.counselorId = context.counselorId;
    record.siteId = context.siteId;
    record.language = m_language;
    record.input = *m_input;
    // The answers as checked (every question answered; the school one is "no" when not asked).
    record.document = m_input->identity.document;
    record.hasSmartphone = m_input->identity.hasSmartphone;
    record.hasEduConnect = m_input->identity.hasEduConnect;
    record.result = *m_result;
    record.identityPlan = m_identityPlan;
    record.chosenCategories = m_chosenCategories;
    return record;
}

} // namespace passerelle
