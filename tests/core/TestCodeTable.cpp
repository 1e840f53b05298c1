// SPDX-License-Identifier: GPL-3.0-or-later
// The code helper (util/CodeTable.h) and the spellings it holds. The codes are stored in the
// database, sent to the server and written in settings: this test is the one place outside the
// tables that spells them, so a renamed code fails here before it strands a stored record.
#include "core/capture/CaptureVerdict.h"
#include "core/capture/DocumentKind.h"
#include "core/eligibility/EligibilityInput.h"
#include "core/eligibility/EligibilityResult.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/modes/AppMode.h"
#include "core/session/CaptureOutcome.h"
#include "core/storage/AuditLog.h"
#include "core/storage/KioskStatistics.h"
#include "core/storage/Outbox.h"
#include "core/util/CaptureCode.h"
#include "core/util/CodeTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

namespace {
enum class Colour { Red, Green, Blue };
constexpr auto kColours = codeTable<Colour>({
    {Colour::Red, "red"},
    {Colour::Green, "green"},
    {Colour::Blue, "blue"},
});
static_assert(kColours.isWellFormed());
// A value or a code written twice, or an empty code, does not pass the static_assert beside a table.
static_assert(!codeTable<Colour>({{Colour::Red, "red"}, {Colour::Red, "rouge"}}).isWellFormed());
static_assert(!codeTable<Colour>({{Colour::Red, "red"}, {Colour::Green, "red"}}).isWellFormed());
static_assert(!codeTable<Colour>({{Colour::Red, ""}}).isWellFormed());

/** Each value's code, and the code read back, for every row of a table seen through its two functions. */
template <typename Enum, typename ToCode, typename FromCode>
void checkTable(const QList<std::pair<Enum, const char *>> &rows, ToCode toCode, FromCode fromCode)
{
    for (const auto &[value, code] : rows) {
        QCOMPARE(toCode(value), QString::fromLatin1(code));
        QCOMPARE(fromCode(QString::fromLatin1(code)), std::optional<Enum>(value));
    }
}
} // namespace

class TestCodeTable : public QObject
{
    Q_OBJECT

private slots:
    void helperConvertsBothWays()
    {
        QCOMPARE(kColours.code(Colour::Green), QStringLiteral("green"));
        QCOMPARE(kColours.fromCode(u"blue"), std::optional(Colour::Blue));
        QCOMPARE(kColours.values(), (QList<Colour>{Colour::Red, Colour::Green, Colour::Blue}));
        QCOMPARE(kColours.codes(),
                 (QStringList{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")}));
        // Exact spelling only: no trimming, no case folding, nothing for an unknown or empty code.
        QVERIFY(!kColours.fromCode(u"Blue"));
        QVERIFY(!kColours.fromCode(u" blue"));
        QVERIFY(!kColours.fromCode(u"bleu"));
        QVERIFY(!kColours.fromCode(QString()));
        QVERIFY(kColours.code(static_cast<Colour>(7)).isEmpty());
    }

    void storedSpellingsNeverChange()
    {
        checkTable<Nationality>(
            {{Nationality::French, "fr"}, {Nationality::EuEeaSwiss, "eu"}, {Nationality::Other, "other"}},
            nationalityCode, nationalityFromCode);
        checkTable<EligibilityStatus>({{EligibilityStatus::Eligible, "eligible"},
                                       {EligibilityStatus::FreeOffersOnly, "free_offers_only"},
                                       {EligibilityStatus::TooYoung, "too_young"},
                                       {EligibilityStatus::TooOld, "too_old"},
                                       {EligibilityStatus::ResidenceTooShort, "residence_too_short"},
                                       {EligibilityStatus::TerritoryNotCovered, "territory_not_covered"}},
                                      statusCode, statusFromCode);
        checkTable<IdentityDocument>({{IdentityDocument::FrenchIdCard, "fr_id_card"},
                                      {IdentityDocument::FrenchPassport, "fr_passport"},
                                      {IdentityDocument::ForeignId, "foreign_id"},
                                      {IdentityDocument::ResidencePermit, "residence_permit"},
                                      {IdentityDocument::ExpiredOrLost, "expired_or_lost"},
                                      {IdentityDocument::None, "none"}},
                                     identityDocumentCode, identityDocumentFromCode);
        checkTable<AppMode>({{AppMode::Counselor, "counselor"}, {AppMode::Kiosk, "kiosk"}, {AppMode::Demo, "demo"}},
                            appModeCode, appModeFromCode);
        checkTable<DocumentKind>({{DocumentKind::Id1, "id1"}, {DocumentKind::Id3, "id3"}, {DocumentKind::A4, "a4"}},
                                 documentKindCode, documentKindFromCode);
        checkTable<CaptureVerdict>({{CaptureVerdict::Ok, "ok"},
                                    {CaptureVerdict::NotFound, "not_found"},
                                    {CaptureVerdict::CutOff, "cut_off"},
                                    {CaptureVerdict::Covered, "covered"},
                                    {CaptureVerdict::TooSmall, "too_small"},
                                    {CaptureVerdict::TooDark, "too_dark"},
                                    {CaptureVerdict::TooBright, "too_bright"},
                                    {CaptureVerdict::Tilted, "tilted"},
                                    {CaptureVerdict::Glare, "glare"},
                                    {CaptureVerdict::Blurry, "blurry"}},
                                   verdictCode, verdictFromCode);
        checkTable<AuditEvent>({{AuditEvent::Created, "created"},
                                {AuditEvent::Resumed, "resumed"},
                                {AuditEvent::Exported, "exported"},
                                {AuditEvent::Printed, "printed"},
                                {AuditEvent::Deleted, "deleted"},
                                {AuditEvent::Purged, "purged"},
                                {AuditEvent::Synced, "synced"}},
                               auditEventCode, auditEventFromCode);
        checkTable<CaptureOutcome>({{CaptureOutcome::Accepted, "accepted"},
                                    {CaptureOutcome::Retaken, "retaken"},
                                    {CaptureOutcome::Imported, "imported"},
                                    {CaptureOutcome::Skipped, "skipped"}},
                                   captureOutcomeCode, captureOutcomeFromCode);
        QCOMPARE(allCaptureOutcomes().size(), 4);
        checkTable<CaptureCode>({{CaptureCode::IdFront, "id_front"},
                                 {CaptureCode::IdBack, "id_back"},
                                 {CaptureCode::PassportPage, "passport_page"},
                                 {CaptureCode::SelfieWithId, "selfie_with_id"},
                                 {CaptureCode::ProofOfAddress, "proof_of_address"}},
                                captureCodeString, captureCodeFromString);
        QCOMPARE(allCaptureCodes().size(), 5);
        QCOMPARE(KioskVisit::endingCode(KioskVisit::Ending::Finished), QStringLiteral("finished"));
        QCOMPARE(KioskVisit::endingCode(KioskVisit::Ending::Left), QStringLiteral("left"));
        QCOMPARE(KioskVisit::endingCode(KioskVisit::Ending::Idle), QStringLiteral("idle"));
        IdentityPlan plan;
        plan.route = IdentityRoute::DemarcheNumerique;
        QCOMPARE(plan.routeCode(), QStringLiteral("demarche_numerique"));
        QCOMPARE(IdentityPlan::fromJson(plan.toJson())->route, IdentityRoute::DemarcheNumerique);
        plan.route = IdentityRoute::InAppCheck;
        QCOMPARE(plan.routeCode(), QStringLiteral("in_app"));
        QCOMPARE(IdentityPlan::fromJson(plan.toJson())->route, IdentityRoute::InAppCheck);
        plan.route = IdentityRoute::EduConnect;
        QCOMPARE(plan.routeCode(), QStringLiteral("educonnect"));
        QCOMPARE(IdentityPlan::fromJson(plan.toJson())->route, IdentityRoute::EduConnect);
        // No credit to unlock: no route, written as JSON null and read back as None.
        plan.route = IdentityRoute::None;
        QVERIFY(plan.toJson().value(QStringLiteral("route")).isNull());
        QCOMPARE(IdentityPlan::fromJson(plan.toJson())->route, IdentityRoute::None);
        QVERIFY(!IdentityPlan::fromJson(QJsonObject{{QStringLiteral("route"), QStringLiteral("in-app")}}));
    }

    void identityPlanJsonKeepsItsBytes()
    {
        // The plan is stored in every record and sent to the server: its captures stay the codes they were.
        IdentityCircumstances foreign;
        foreign.document = IdentityDocument::ForeignId;
        const IdentityPlan plan = planIdentityRoute(foreign, true, false);
        const QByteArray json = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray(R"({"captures":["id_front","id_back","selfie_with_id","proof_of_address"],)"
                                  R"("reasons":["document_not_accepted_in_app"],"route":"demarche_numerique"})"));
        const auto read = IdentityPlan::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(read);
        QCOMPARE(read->captures, (QList<CaptureCode>{CaptureCode::IdFront, CaptureCode::IdBack,
                                                     CaptureCode::SelfieWithId, CaptureCode::ProofOfAddress}));
        QCOMPARE(QJsonDocument(read->toJson()).toJson(QJsonDocument::Compact), json);
        // A capture this version does not know is refused, as an unknown route is: never read as another.
        QJsonObject unknown = plan.toJson();
        unknown.insert(QStringLiteral("captures"), QJsonArray{QStringLiteral("id-front")});
        QVERIFY(!IdentityPlan::fromJson(unknown));
    }

    void outboxStatesReadBackAsTheOutboxKeepsThem()
    {
        QCOMPARE(outboxStateCode(OutboxState::Queued), QStringLiteral("queued"));
        QCOMPARE(outboxStateCode(OutboxState::Sending), QStringLiteral("sending"));
        QCOMPARE(outboxStateCode(OutboxState::Acknowledged), QStringLiteral("acknowledged"));
        QCOMPARE(outboxStateCode(OutboxState::Rejected), QStringLiteral("rejected"));
        QCOMPARE(outboxStateFromCode(QStringLiteral("acknowledged")), OutboxState::Acknowledged);
        QCOMPARE(outboxStateFromCode(QStringLiteral("rejected")), OutboxState::Rejected);
        QCOMPARE(outboxStateFromCode(QStringLiteral("queued")), OutboxState::Queued);
        // "sending" is never stored (a crash leaves the record queued); anything else reads as queued.
        QCOMPARE(outboxStateFromCode(QStringLiteral("sending")), OutboxState::Queued);
        QCOMPARE(outboxStateFromCode(QStringLiteral("bogus")), OutboxState::Queued);
    }

    void kioskStatisticsPolicyIsOffUnlessSpelledOut()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(loadKioskStatisticsPolicy(settings), KioskStatisticsPolicy::None);
        settings.setValue(QStringLiteral("kiosk/statistics"), QStringLiteral("Anonymous"));
        QCOMPARE(loadKioskStatisticsPolicy(settings), KioskStatisticsPolicy::None);
        settings.setValue(QStringLiteral("kiosk/statistics"), QStringLiteral("anonymous"));
        QCOMPARE(loadKioskStatisticsPolicy(settings), KioskStatisticsPolicy::Anonymous);
    }
};

QTEST_GUILESS_MAIN(TestCodeTable)
#include "TestCodeTable.moc"
