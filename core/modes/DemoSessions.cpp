// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/DemoSessions.h"

#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/Territory.h"
#include "core/session/CaptureOutcome.h"
#include "core/util/CaptureCode.h"

#include <array>

namespace passerelle {

namespace {

constexpr std::array kFirstNames{"Inès",  "Yanis",   "Léa",  "Mohamed", "Chloé", "Noah",   "Aya",    "Lucas",
                                 "Manon", "Ibrahim", "Jade", "Enzo",    "Sarah", "Kylian", "Maëlys", "Adam"};
constexpr std::array kCategories{
    "CINEMA", "LIVRE", "MUSIQUE_LIVE", "MUSIQUE_ENREGISTREE", "SPECTACLE", "MUSEE", "PRATIQUE_ART", "INSTRUMENT",
    "FILM",   "JEU",   "MEDIA",        "CONFERENCE",          "BEAUX_ARTS"};
constexpr std::array kOutcomes{CaptureOutcome::Accepted, CaptureOutcome::Accepted, CaptureOutcome::Accepted,
                               CaptureOutcome::Retaken, CaptureOutcome::Skipped};

} // namespace

SessionRecord DemoSessions::record(const QDateTime &completedUtc, const QString &deviceId)
{
    SessionRecord r;
    r.id = QUuid::createUuidV5(QUuid(), QString::number(m_random.generate64()));
    r.completedUtc = completedUtc.toUTC();
    r.startedUtc = r.completedUtc.addSecs(-(600 + int(m_random.bounded(1800))));
    r.utcOffsetSeconds = 3600;
    r.appVersion = QStringLiteral(PASSERELLE_VERSION);
    r.deviceId = deviceId;
    r.counselorId = QStringLiteral("demo-%1").arg(m_random.bounded(1, 4));
    r.siteId = QStringLiteral("demo-site");
    r.language = m_random.bounded(10) < 8 ? QStringLiteral("fr") : QStringLiteral("en");
    r.input.appointmentDate = r.completedUtc.addSecs(r.utcOffsetSeconds).date();
    // The public of Missions Locales is 16-25; a few younger ones come with a sibling.
    const int ageDays = 14 * 365 + int(m_random.bounded(12 * 365));
    r.input.birthDate = r.input.appointmentDate.addDays(-ageDays);
    const int nationality = int(m_random.bounded(10));
    r.input.nationality =
        nationality < 7 ? Nationality::French : (nationality < 9 ? Nationality::EuEeaSwiss : Nationality::Other);
    if (r.input.nationality == Nationality::Other)
        r.input.residentSince = r.input.appointmentDate.addDays(-int(m_random.bounded(30, 2000)));
    const QStringList territoryCodes = territories::codes();
    r.input.territory = m_random.bounded(10) < 8 ? territories::defaultCode()
                                                 : territoryCodes.at(int(m_random.bounded(territoryCodes.size())));
    const auto documents = allIdentityDocuments();
    r.document = documents.at(int(m_random.bounded(documents.size())));
    r.hasSmartphone = m_random.bounded(10) < 9;
    r.hasEduConnect = m_random.bounded(10) < 3;
    r.input.identity = {r.document, false, r.hasSmartphone, r.hasEduConnect,
                        r.input.nationality == Nationality::French};
    r.result = m_engine.evaluate(r.input);
    r.identityPlan = r.result.identityPlan;
    const int count = int(m_random.bounded(4));
    for (int i = 0; i < count; ++i) {
        const QString category = QString::fromLatin1(kCategories.at(m_random.bounded(int(kCategories.size()))));
        if (!r.chosenCategories.contains(category))
            r.chosenCategories.append(category);
    }
    return r;
}

SessionExtras DemoSessions::extras()
{
    SessionExtras e;
    if (m_random.bounded(10) < 7)
        e.firstName = QString::fromUtf8(kFirstNames.at(m_random.bounded(int(kFirstNames.size()))));
    for (const CaptureCode capture : {CaptureCode::IdFront, CaptureCode::IdBack})
        e.captureOutcomes.insert(capture, kOutcomes.at(m_random.bounded(int(kOutcomes.size()))));
    return e;
}

} // namespace passerelle
