// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the records tests: a made-up young person and the records of a session for them.
#pragma once

#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionRecord.h"
#include "core/storage/SessionStore.h"

#include <QRandomGenerator>

namespace passerelle::test {

/** A young person nobody is called: distinctive bytes to look for in files and logs. */
struct MadeUpPerson
{
    QString firstName = QStringLiteral("Zéphyrine");
    QString lastName = QStringLiteral("Quillebœuf-Trémazan");
    QDate birthDate = QDate(2008, 7, 13);
    QDate residentSince = QDate(2019, 9, 17);
    QByteArray imageMarker = QByteArrayLiteral("IMAGE-OF-ZEPHYRINE-QUILLEBOEUF");
};

inline SessionRecord recordFor(const EligibilityEngine &engine, const MadeUpPerson &person,
                               const QDateTime &completedUtc, const QString &deviceId)
{
    SessionRecord r;
    r.id = QUuid::createUuid();
    r.completedUtc = completedUtc.toUTC();
    r.startedUtc = r.completedUtc.addSecs(-1200);
    r.utcOffsetSeconds = 3600;
    r.appVersion = QStringLiteral("0.1.0");
    r.deviceId = deviceId;
    r.counselorId = QStringLiteral("c1");
    r.siteId = QStringLiteral("ml-test");
    r.language = QStringLiteral("fr");
    r.input.birthDate = person.birthDate;
    r.input.appointmentDate = r.completedUtc.date();
    r.input.nationality = Nationality::Other;
    r.input.residentSince = person.residentSince;
    r.document = IdentityDocument::ResidencePermit;
    r.result = engine.evaluate(r.input);
    r.identityPlan = planIdentityCheck(r.document, true);
    return r;
}

/** Incompressible bytes (like a JPEG) of @p size, starting with @p marker. */
inline QByteArray imageBytes(int size, const QByteArray &marker = {})
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    data.replace(0, marker.size(), marker);
    return data;
}

inline SessionExtras extrasFor(const MadeUpPerson &person, int imageSize = 4096)
{
    SessionExtras e;
    e.firstName = person.firstName;
    e.lastName = person.lastName;
    e.categories = {QStringLiteral("CINEMA"), QStringLiteral("LIVRE")};
    e.captureOutcomes = {{CaptureCode::IdFront, CaptureOutcome::Accepted},
                         {CaptureCode::SelfieWithId, CaptureOutcome::Retaken}};
    e.images = {{CaptureCode::IdFront, imageBytes(imageSize, person.imageMarker)},
                {CaptureCode::SelfieWithId, imageBytes(imageSize, person.imageMarker)}};
    return e;
}

} // namespace passerelle::test
