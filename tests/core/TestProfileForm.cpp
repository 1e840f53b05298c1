// SPDX-License-Identifier: GPL-3.0-or-later
// The profile page's checks, without a display: three date fields, the residence date only when
// it matters, and one plain message per field.
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/ProfileForm.h"
#include "core/session/SessionModel.h"
#include "core/session/WizardFlow.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"

#include <QTest>

#include "Profiles.h"

using namespace passerelle;

class TestProfileForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        installTranslations(QStringLiteral("fr"));
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void dateFields_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("year");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("ok") << "15"
                            << "3"
                            << "2009" << true << "";
        QTest::newRow("leading zeros") << "05"
                                       << "03"
                                       << "2009" << true << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "" << false << "jour, le mois et l’année";
        QTest::newRow("day 32") << "32"
                                << "1"
                                << "2009" << false << "jour";
        QTest::newRow("month 13") << "1"
                                  << "13"
                                  << "2009" << false << "mois";
        QTest::newRow("two-digit year") << "1"
                                        << "1"
                                        << "09" << false << "quatre chiffres";
        QTest::newRow("31 February") << "31"
                                     << "2"
                                     << "2009" << false << "n’existe pas";
        QTest::newRow("29 February non-leap") << "29"
                                              << "2"
                                              << "2009" << false << "n’existe pas";
        QTest::newRow("29 February leap") << "29"
                                          << "2"
                                          << "2008" << true << "";
        QTest::newRow("letters") << "a"
                                 << "2"
                                 << "2008" << false << "jour";
    }

    void dateFields()
    {
        QFETCH(QString, day);
        QFETCH(QString, month);
        QFETCH(QString, year);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        QString error;
        const QDate date = DateFields{day, month, year}.toDate(&error);
        QCOMPARE(date.isValid(), valid);
        if (!valid)
            QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void nothingIsChosenForThem()
    {
        // A new form answers nothing that decides the answer; each question left says so, in form
        // order, with a plain message of its own.
        const ProfileForm empty;
        QVERIFY(!empty.nationality && empty.territory.isEmpty() && !empty.document && !empty.hasSmartphone &&
                !empty.hasEduConnect);
        auto check = empty.check(*m_engine, QDate(2026, 11, 26));
        QVERIFY(!check.input);
        QStringList fields;
        for (const auto &error : check.errors)
            fields << error.field;
        QCOMPARE(fields, (QStringList{"birth_date", "nationality", "territory", "document", "smartphone"}));
        for (const auto &error : check.errors.mid(1)) {
            QCOMPARE(error.code, QStringLiteral("unanswered"));
            QVERIFY2(!error.message.isEmpty() && !error.message.contains(QLatin1Char('\'')), qPrintable(error.message));
        }
        // Under 18, the school (ÉduConnect) question is asked too; from 18 it is not.
        ProfileForm form = test::answeredProfile("15", "3", "2009");
        form.hasEduConnect.reset();
        QVERIFY(form.asksSchool(QDate(2026, 11, 26)));
        check = form.check(*m_engine, QDate(2026, 11, 26));
        QCOMPARE(check.errors.size(), 1);
        QCOMPARE(check.errors.first().field, QStringLiteral("school"));
        form.hasEduConnect = false;
        QVERIFY(form.check(*m_engine, QDate(2026, 11, 26)).input);
        ProfileForm adult = test::answeredProfile("10", "6", "2008");
        adult.hasEduConnect.reset();
        QVERIFY(!adult.asksSchool(QDate(2026, 11, 26)));
        QVERIFY(adult.check(*m_engine, QDate(2026, 11, 26)).input);
        // "No" is an answer: no smartphone gives Démarche Numérique.
        adult.hasSmartphone = false;
        const auto noPhone = adult.check(*m_engine, QDate(2026, 11, 26));
        QVERIFY(noPhone.input);
        QVERIFY(!noPhone.input->identity.hasSmartphone);
    }

    void residenceDateAskedOnlyForOtherNationals()
    {
        ProfileForm form = test::answeredProfile("15", "3", "2009");
        QVERIFY(!form.asksResidenceDate());
        QVERIFY(form.check(*m_engine, QDate(2026, 11, 26)).input);
        form.nationality = Nationality::Other;
        QVERIFY(form.asksResidenceDate());
        auto check = form.check(*m_engine, QDate(2026, 11, 26));
        QVERIFY(!check.input);
        QCOMPARE(check.errors.size(), 1);
        QCOMPARE(check.errors.first().field, QStringLiteral("resident_since"));
        form.residentSince = {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2026")};
        check = form.check(*m_engine, QDate(2026, 11, 26));
        QVERIFY(check.input);
        QCOMPARE(check.input->residentSince, QDate(2026, 3, 1));
    }

    void oneMessagePerField()
    {
        ProfileForm form = test::answeredProfile("1", "1", "2030");
        const auto check = form.check(*m_engine, QDate(2026, 11, 26));
        QCOMPARE(check.errors.size(), 1);
        QCOMPARE(check.errors.first().code, QStringLiteral("birth_after_appointment"));
        QVERIFY(check.errors.first().message.contains(QStringLiteral("naissance")));
    }

    void sessionModelEvaluatesAndFlowBranches()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        SessionModel session(*m_engine, clock);
        QCOMPARE(session.appointmentDate(), clock.today());
        QCOMPARE(WizardFlow::next(WizardStep::Welcome, session), std::optional(WizardStep::Profile));
        // Without a valid profile there is no result (the page keeps Next disabled).
        QVERIFY(!session.evaluate());
        QVERIFY(!session.checkProfile().input);
        ProfileForm form =
            test::answeredProfile("15", "3", "2009", Nationality::French, IdentityDocument::ResidencePermit);
        session.setProfile(form);
        QCOMPARE(WizardFlow::next(WizardStep::Profile, session), std::optional(WizardStep::Result));
        // Without a result the flow ends on the result page (its Finish saves).
        QCOMPARE(WizardFlow::next(WizardStep::Result, session), std::nullopt);
        QVERIFY(session.evaluate());
        QCOMPARE(session.result()->status, EligibilityStatus::Eligible);
        // Eligible: what they like, the tailored offers, then the summary, which is the last page.
        // Eligible: the documents are photographed at the desk first.
        QCOMPARE(WizardFlow::next(WizardStep::Result, session), std::optional(WizardStep::Capture));
        QCOMPARE(WizardFlow::next(WizardStep::Capture, session), std::optional(WizardStep::Interests));
        QCOMPARE(WizardFlow::next(WizardStep::Interests, session), std::optional(WizardStep::Offers));
        QCOMPARE(WizardFlow::next(WizardStep::Offers, session), std::optional(WizardStep::Summary));
        QCOMPARE(WizardFlow::next(WizardStep::Summary, session), std::nullopt);
        QCOMPARE(session.identityPlan().route, IdentityRoute::DemarcheNumerique);
        QVERIFY(session.identityPlan().captures.contains(CaptureCode::SelfieWithId));

        // Not eligible (too old): no question about tastes, a kind closing, then the summary.
        form.birth = {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2000")};
        session.setProfile(form);
        QVERIFY(session.evaluate());
        QCOMPARE(session.result()->status, EligibilityStatus::TooOld);
        QCOMPARE(WizardFlow::next(WizardStep::Result, session), std::optional(WizardStep::Offers));
        QCOMPARE(WizardFlow::next(WizardStep::Offers, session), std::optional(WizardStep::Summary));
        QCOMPARE(WizardFlow::next(WizardStep::Summary, session), std::nullopt);

        const QUuid first = session.id();
        session.start();
        QVERIFY(session.id() != first);
        QVERIFY(!session.result());
        QVERIFY(session.profile().birth.isEmpty());
    }

    void identityRoutes()
    {
        QCOMPARE(planIdentityCheck(IdentityDocument::FrenchIdCard, true).route, IdentityRoute::InAppCheck);
        QCOMPARE(planIdentityCheck(IdentityDocument::FrenchIdCard, true).captures,
                 (QList<CaptureCode>{CaptureCode::IdFront, CaptureCode::IdBack}));
        QCOMPARE(planIdentityCheck(IdentityDocument::FrenchPassport, true).captures,
                 QList<CaptureCode>{CaptureCode::PassportPage});
        QCOMPARE(planIdentityCheck(IdentityDocument::FrenchIdCard, false).route, IdentityRoute::DemarcheNumerique);
        // Démarche Numérique: a proof of address only with a foreign document; up to 5 days.
        for (auto doc : {IdentityDocument::ForeignId, IdentityDocument::ResidencePermit,
                         IdentityDocument::ExpiredOrLost, IdentityDocument::None}) {
            const auto plan = planIdentityCheck(doc, true);
            QCOMPARE(plan.route, IdentityRoute::DemarcheNumerique);
            QVERIFY(plan.captures.contains(CaptureCode::SelfieWithId));
            const bool foreign = doc == IdentityDocument::ForeignId || doc == IdentityDocument::ResidencePermit;
            QCOMPARE(plan.captures.contains(CaptureCode::ProofOfAddress), foreign);
            QVERIFY(plan.steps().join(QLatin1Char(' ')).contains(QStringLiteral("5\u00a0jours")));
        }
        // No document yet, foreign national: the foreign document to come needs the proof of address.
        IdentityCircumstances none;
        none.document = IdentityDocument::None;
        none.frenchNational = false;
        QVERIFY(planIdentityRoute(none, true, false).captures.contains(CaptureCode::ProofOfAddress));
        // ÉduConnect where offered and the codes are there: no pictures at all.
        IdentityCircumstances school;
        school.hasEduConnect = true;
        const auto eduConnect = planIdentityRoute(school, true, true);
        QCOMPARE(eduConnect.route, IdentityRoute::EduConnect);
        QCOMPARE(eduConnect.routeCode(), QStringLiteral("educonnect"));
        QVERIFY(eduConnect.captures.isEmpty());
        QCOMPARE(planIdentityRoute(school, true, false).route, IdentityRoute::InAppCheck); // not offered (18, NC)
        // No credit to unlock: no route, null in JSON, read back.
        const auto noRoute = planIdentityRoute(school, false, true);
        QCOMPARE(noRoute.route, IdentityRoute::None);
        QVERIFY(noRoute.toJson().value(QStringLiteral("route")).isNull());
        QCOMPARE(IdentityPlan::fromJson(noRoute.toJson())->route, IdentityRoute::None);
        QCOMPARE(IdentityPlan::fromJson(eduConnect.toJson())->route, IdentityRoute::EduConnect);
        // An expired passport: Démarche Numérique, the passport page kept, no proof of address.
        IdentityCircumstances expired;
        expired.document = IdentityDocument::FrenchPassport;
        expired.documentExpired = true;
        const auto expiredPlan = planIdentityRoute(expired, true, false);
        QCOMPARE(expiredPlan.route, IdentityRoute::DemarcheNumerique);
        QCOMPARE(expiredPlan.captures, (QList<CaptureCode>{CaptureCode::PassportPage, CaptureCode::SelfieWithId}));
        QVERIFY(expiredPlan.reasons.contains(QStringLiteral("document_expired")));
    }

    void oneIdentityPlanForEverySentence()
    {
        // A titre de séjour at 17: the explanation ("En bref") and the plan both say Démarche Numérique.
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        SessionModel session(*m_engine, clock);
        ProfileForm form =
            test::answeredProfile("15", "3", "2009", Nationality::Other, IdentityDocument::ResidencePermit);
        form.residentSince = {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2020")};
        session.setProfile(form);
        QVERIFY(session.evaluate());
        QCOMPARE(session.identityPlan().route, IdentityRoute::DemarcheNumerique);
        QCOMPARE(session.result()->identityPlan.route, IdentityRoute::DemarcheNumerique);
        const QString explanation = session.result()->explanation;
        QVERIFY2(explanation.contains(QStringLiteral("Démarche Numérique")), qPrintable(explanation));
        QVERIFY2(!explanation.contains(QStringLiteral("Confirme ton identité dans l")), qPrintable(explanation));
        // At school with the codes: ÉduConnect, no capture step, and the record says so.
        form.nationality = Nationality::French;
        form.document = IdentityDocument::FrenchIdCard;
        form.hasEduConnect = true;
        session.setProfile(form);
        QVERIFY(session.evaluate());
        QCOMPARE(session.identityPlan().route, IdentityRoute::EduConnect);
        QVERIFY(session.result()->explanation.contains(QStringLiteral("ÉduConnect")));
        QVERIFY(!WizardFlow::capturesDocuments(session));
        const SessionRecord record = session.toRecord({});
        QVERIFY(record.hasEduConnect);
        QCOMPARE(record.toJson().value(QStringLiteral("has_educonnect")).toBool(), true);
        QString error;
        const auto back = SessionRecord::fromJson(record.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->identityPlan.route, IdentityRoute::EduConnect);
        QVERIFY(back->hasEduConnect);
        // The document's expiry, typed later, changes the one plan and the explanation with it.
        form.hasEduConnect = false;
        session.setProfile(form);
        QVERIFY(session.evaluate());
        session.setDocumentExpiry(QDate(2026, 1, 1));
        QCOMPARE(session.identityPlan().route, IdentityRoute::DemarcheNumerique);
        QVERIFY(session.result()->explanation.contains(QStringLiteral("Démarche Numérique")));
    }

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestProfileForm)
#include "TestProfileForm.moc"
