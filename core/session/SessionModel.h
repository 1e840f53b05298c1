// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/AnswerFacts.h"
#include "core/eligibility/EligibilityResult.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/session/CaptureOutcome.h"
#include "core/session/ProfileForm.h"
#include "core/session/SessionExtras.h"
#include "core/session/SessionRecord.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QUuid>

#include <optional>

namespace passerelle {

class Clock;
class EligibilityEngine;

/** Who and where: stamped on every record. */
struct DeviceContext
{
    QString appVersion;
    QString deviceId;
    QString counselorId;
    QString siteId;
};

/**
 * The one model of an appointment in progress, shared by every wizard page: pages copy it into
 * their widgets and back, and never compute rules themselves.
 */
class SessionModel : public QObject
{
    Q_OBJECT

public:
    SessionModel(const EligibilityEngine &engine, const Clock &clock, QObject *parent = nullptr);

    /** Forgets everything and starts a new appointment (new id, today's date). */
    void start();
    /** Starts again as the saved session @p id begun at @p startedUtc (resuming a draft). */
    void resume(const QUuid &id, const QDateTime &startedUtc);

    QUuid id() const { return m_id; }
    QDateTime startedUtc() const { return m_startedUtc; }
    QDate appointmentDate() const { return m_appointmentDate; }
    void setAppointmentDate(QDate date);

    const ProfileForm &profile() const { return m_profile; }
    void setProfile(const ProfileForm &profile);
    /** The profile's problems as typed, for the page to show inline. */
    ProfileForm::Check checkProfile() const;

    /** Evaluates eligibility and the identity route from the profile; false while it has errors. */
    bool evaluate();
    const std::optional<EligibilityResult> &result() const { return m_result; }
    const std::optional<EligibilityInput> &input() const { return m_input; }
    const IdentityPlan &identityPlan() const { return m_identityPlan; }
    /** The answer card and timeline of the last evaluation (in the current language); empty before. */
    AnswerFacts answerFacts() const;

    /** The offer categories the young person likes (catalogue ids, in the order chosen); empty: "je ne sais pas". */
    const QStringList &chosenCategories() const { return m_chosenCategories; }
    void setChosenCategories(const QStringList &ids);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /**
     * The expiry date of the identity document, when asked; an invalid date when not known. A
     * document expired on the appointment date switches the identity plan to Démarche Numérique
     * (with the extra pictures it needs) at once.
     */
    QDate documentExpiry() const { return m_documentExpiry; }
    void setDocumentExpiry(QDate expiry);
    bool documentExpired() const { return m_documentExpiry.isValid() && m_documentExpiry < m_appointmentDate; }

    /**
     * The pictures of the identity plan, in memory only until the record is saved (sealed): capture
     * -> JPEG bytes, and capture -> outcome. A skipped capture has an outcome and no image.
     */
    const QMap<CaptureCode, QByteArray> &captureImages() const { return m_captureImages; }
    const QMap<CaptureCode, CaptureOutcome> &captureOutcomes() const { return m_captureOutcomes; }
    /** The outcome of @p capture; null while it is neither kept nor skipped. */
    std::optional<CaptureOutcome> captureOutcome(CaptureCode capture) const;
    void keepCapture(CaptureCode capture, const QByteArray &jpeg, CaptureOutcome outcome);
    void skipCapture(CaptureCode capture);
    /** The outcomes in their stored spellings (capture code -> outcome code), for the record and the draft. */
    QMap<QString, QString> captureOutcomeCodes() const;
    /**
     * Whether the pictures outlive the capture step: only on Démarche Numérique, whose files they are.
     * The in-app check only checks them at the desk (readable, in date): they stay in memory for the
     * step (the back compared with the front) and go nowhere, not in the record, the draft or the sync.
     */
    bool keepsPictures() const { return m_identityPlan.route == IdentityRoute::DemarcheNumerique; }
    /** The pictures the record and the draft keep, under their stored capture codes: none unless keepsPictures(). */
    QList<SessionImage> captureImageList() const;

    /** The completed record; requires evaluate() to have succeeded. */
    SessionRecord toRecord(const DeviceContext &context) const;

signals:
    void changed();

private:
    const EligibilityEngine &m_engine;
    const Clock &m_clock;
    QUuid m_id;
    QDateTime m_startedUtc;
    QDate m_appointmentDate;
    ProfileForm m_profile;
    std::optional<EligibilityInput> m_input;
    std::optional<EligibilityResult> m_result;
    IdentityPlan m_identityPlan;
    QString m_language;
    QStringList m_chosenCategories;
    QDate m_documentExpiry;
    QMap<CaptureCode, QByteArray> m_captureImages;
    QMap<CaptureCode, CaptureOutcome> m_captureOutcomes;
};

} // namespace passerelle
