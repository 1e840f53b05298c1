// SPDX-License-Identifier: GPL-3.0-or-later
// Table-driven checks of the eligibility engine on the built-in rule sets: every rule-set
// boundary, age window edges, 29 February, each territory, residence on both sides of one year.
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/eligibility/Territory.h"
#include "core/util/Translations.h"

#include <QRegularExpression>
#include <QTest>

using namespace passerelle;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

EligibilityInput input(const char *birth, const char *on, const char *territory = "metro",
                       Nationality nationality = Nationality::French, const char *residentSince = nullptr)
{
    EligibilityInput in;
    in.birthDate = d(birth);
    in.appointmentDate = d(on);
    in.territory = QString::fromLatin1(territory);
    in.nationality = nationality;
    if (residentSince)
        in.residentSince = d(residentSince);
    return in;
}
} // namespace

Q_DECLARE_METATYPE(EligibilityInput)

class TestEligibilityEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusAndAmounts_data();
    void statusAndAmounts();
    void datesOfAnEligible17YearOld();
    void datesOfAnEligible18YearOld();
    void lastDayBeforeThe19thBirthday();
    void tooOldButCreditStillUsable();
    void tooYoungGetsFreeOffersAndCreditDates();
    void february29Birthdays_data();
    void february29Birthdays();
    void ageOpeningsOf2022();
    void digitalCapChangesOnItsDate();
    void digitalCapFollowsTheActivationDate();
    void digitalCapPerTerritory_data();
    void digitalCapPerTerritory();
    void experimentationNamesPilotAreas();
    void eachTerritory_data();
    void eachTerritory();
    void territoryCoveredLater();
    void residenceBothSidesOfOneYear();
    void residenceMetAfterTheAgeWindow();
    void invalidInputs_data();
    void invalidInputs();
    void resultRoundTripsThroughJson();
    void bonusSentenceTenses();
    void noBonusInNewCaledonia();
    void nineteenAndTwentyMayFinishTheirSignUp();
    void appWithoutCreditSince2026();
    void eduConnectByAgeAndPlace();
    void explanationIsKindAndInFrench();

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    EligibilityResult eval(const EligibilityInput &in)
    {
        const auto errors = m_engine->validate(in);
        if (!errors.isEmpty())
            qWarning() << "unexpected input error" << errors.first().code;
        return m_engine->evaluate(in);
    }
};

void TestEligibilityEngine::initTestCase()
{
    installTranslations(QStringLiteral("fr"));
    QString error;
    m_book = RuleBook::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_book.ruleSets().size(), 5);
    m_engine = std::make_unique<EligibilityEngine>(m_book);
}

void TestEligibilityEngine::statusAndAmounts_data()
{
    QTest::addColumn<EligibilityInput>("in");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("ruleset");
    QTest::addColumn<double>("amount");
    QTest::addColumn<double>("cumulative");

    // 2025 reform (R3), appointment on 2026-11-26.
    QTest::newRow("14, too young") << input("2012-06-01", "2026-11-26") << "too_young" << 14 << "R3" << 0.0 << 200.0;
    QTest::newRow("15 today, free offers")
        << input("2011-11-26", "2026-11-26") << "free_offers_only" << 15 << "R3" << 0.0 << 200.0;
    QTest::newRow("day before 15") << input("2011-11-27", "2026-11-26") << "too_young" << 14 << "R3" << 0.0 << 200.0;
    QTest::newRow("16, free offers") << input("2010-05-10", "2026-11-26") << "free_offers_only" << 16 << "R3" << 0.0
                                     << 200.0;
    QTest::newRow("17 today") << input("2009-11-26", "2026-11-26") << "eligible" << 17 << "R3" << 50.0 << 200.0;
    QTest::newRow("day before 17") << input("2009-11-27", "2026-11-26") << "free_offers_only" << 16 << "R3" << 0.0
                                   << 200.0;
    QTest::newRow("18 today") << input("2008-11-26", "2026-11-26") << "eligible" << 18 << "R3" << 150.0 << 150.0;
    QTest::newRow("day before 18") << input("2008-11-27", "2026-11-26") << "eligible" << 17 << "R3" << 50.0 << 200.0;
    QTest::newRow("19 today") << input("2007-11-26", "2026-11-26") << "too_old" << 19 << "R3" << 0.0 << 0.0;
    QTest::newRow("day before 19") << input("2007-11-27", "2026-11-26") << "eligible" << 18 << "R3" << 150.0 << 150.0;
    QTest::newRow("25") << input("2001-01-01", "2026-11-26") << "too_old" << 25 << "R3" << 0.0 << 0.0;
    QTest::newRow("newborn") << input("2026-11-26", "2026-11-26") << "too_young" << 0 << "R3" << 0.0 << 200.0;

    // Experimentation (R0) and generalisation (R1): 18 only.
    QTest::newRow("R0 last day, 18") << input("2003-01-01", "2021-05-20") << "eligible" << 18 << "R0" << 500.0 << 500.0;
    QTest::newRow("R1 first day, 18") << input("2003-01-01", "2021-05-21") << "eligible" << 18 << "R1" << 300.0
                                      << 300.0;
    QTest::newRow("R1, 17") << input("2004-06-01", "2021-12-01") << "too_young" << 17 << "R1" << 0.0 << 300.0;
    QTest::newRow("R1 last day, 17") << input("2004-06-01", "2022-01-09") << "too_young" << 17 << "R1" << 0.0 << 300.0;
    QTest::newRow("R1, 19") << input("2002-06-01", "2021-12-01") << "too_old" << 19 << "R1" << 0.0 << 0.0;

    // 15-17 extension (R2).
    QTest::newRow("R2 first day, 17") << input("2004-06-01", "2022-01-10") << "eligible" << 17 << "R2" << 30.0 << 330.0;
    QTest::newRow("R2, 15") << input("2008-06-01", "2023-09-01") << "eligible" << 15 << "R2" << 20.0 << 380.0;
    QTest::newRow("R2, 16") << input("2007-06-01", "2023-09-01") << "eligible" << 16 << "R2" << 30.0 << 360.0;
    QTest::newRow("R2, 18") << input("2005-06-01", "2023-09-01") << "eligible" << 18 << "R2" << 300.0 << 300.0;
    QTest::newRow("R2, 14") << input("2009-06-01", "2023-09-01") << "too_young" << 14 << "R2" << 0.0 << 380.0;
    QTest::newRow("R2 last day, 17") << input("2007-06-01", "2025-02-28") << "eligible" << 17 << "R2" << 30.0 << 330.0;
    QTest::newRow("R3 first day, 17") << input("2007-06-01", "2025-03-01") << "eligible" << 17 << "R3" << 50.0 << 200.0;
    QTest::newRow("R3 first day, 16") << input("2008-06-01", "2025-03-01") << "free_offers_only" << 16 << "R3" << 0.0
                                      << 200.0;

    // New Caledonia, province Sud (R4), in XPF.
    QTest::newRow("R4, 17") << input("2009-03-15", "2026-11-26", "988-sud") << "eligible" << 17 << "R4" << 5965.0
                            << 23865.0;
    QTest::newRow("R4, 18") << input("2008-03-15", "2026-11-26", "988-sud") << "eligible" << 18 << "R4" << 17900.0
                            << 17900.0;
}

void TestEligibilityEngine::statusAndAmounts()
{
    QFETCH(EligibilityInput, in);
    QFETCH(QString, status);
    QFETCH(int, age);
    QFETCH(QString, ruleset);
    QFETCH(double, amount);
    QFETCH(double, cumulative);
    QVERIFY(m_engine->validate(in).isEmpty());
    const auto r = m_engine->evaluate(in);
    QCOMPARE(statusCode(r.status), status);
    QCOMPARE(r.age, age);
    QCOMPARE(r.rulesetId, ruleset);
    QCOMPARE(r.amount, amount);
    QCOMPARE(r.cumulativeAmount, cumulative);
    QCOMPARE(r.currency, ruleset == QLatin1String("R4") ? QStringLiteral("XPF") : QStringLiteral("EUR"));
    QVERIFY(!r.explanation.isEmpty());
}

void TestEligibilityEngine::datesOfAnEligible17YearOld()
{
    const auto r = eval(input("2009-03-15", "2026-11-26"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.eligibleFrom, d("2026-03-15"));
    QCOMPARE(r.confirmIdentityBefore, d("2027-03-14")); // the day before the 18th birthday
    QCOMPARE(r.creditExpires, d("2030-03-14"));         // the day before the 21st birthday
    QCOMPARE(r.nextAmount, 150.0);
    QCOMPARE(r.nextAmountFrom, d("2027-03-15"));
    QVERIFY(r.bonusPossible); // at 18, for modest households
    QCOMPARE(r.bonusAmount, 50.0);
    QVERIFY(r.bonusConditions.contains(QStringLiteral("modest_household_quotient")));
    QCOMPARE(r.digitalCap, std::optional<double>(50.0));
    QVERIFY(!r.residenceConditionMetOn.isValid());
    QVERIFY(r.reasons.contains(QStringLiteral("credit_for_this_age")));
}

void TestEligibilityEngine::datesOfAnEligible18YearOld()
{
    const auto r = eval(input("2008-06-10", "2026-11-26"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.amount, 150.0);
    QCOMPARE(r.eligibleFrom, d("2026-06-10"));
    QCOMPARE(r.confirmIdentityBefore, d("2027-06-09"));
    QCOMPARE(r.creditExpires, d("2029-06-09"));
    QCOMPARE(r.nextAmount, 0.0);
    QVERIFY(!r.nextAmountFrom.isValid());
    QVERIFY(r.bonusPossible);

    // Under R1 and R2 the 18 credit lasted 24 months after activation: no fixed date.
    const auto r2 = eval(input("2005-06-01", "2023-09-01"));
    QCOMPARE(r2.creditValidityMonths, 24);
    QVERIFY(!r2.creditExpires.isValid());
    QCOMPARE(r2.confirmIdentityBefore, d("2024-05-31"));
    QVERIFY(!r2.bonusPossible);
}

void TestEligibilityEngine::lastDayBeforeThe19thBirthday()
{
    const auto r = eval(input("2007-11-27", "2026-11-26"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.confirmIdentityBefore, d("2026-11-26")); // today is the last day: say so
}

void TestEligibilityEngine::tooOldButCreditStillUsable()
{
    const auto r = eval(input("2006-02-01", "2026-11-26")); // 20
    QCOMPARE(r.status, EligibilityStatus::TooOld);
    QVERIFY(r.reasons.contains(QStringLiteral("credit_usable_if_activated")));
    QCOMPARE(r.creditExpires, d("2027-01-31"));
    QVERIFY(!r.eligibleFrom.isValid());
    QVERIFY(!r.bonusPossible);

    const auto r21 = eval(input("2005-11-26", "2026-11-26"));
    QCOMPARE(r21.status, EligibilityStatus::TooOld);
    QVERIFY(!r21.reasons.contains(QStringLiteral("credit_usable_if_activated")));
    QVERIFY(!r21.creditExpires.isValid());
}

void TestEligibilityEngine::tooYoungGetsFreeOffersAndCreditDates()
{
    const auto r = eval(input("2012-06-01", "2026-11-26"));
    QCOMPARE(r.status, EligibilityStatus::TooYoung);
    QCOMPARE(r.freeOffersFrom, d("2027-06-01"));
    QCOMPARE(r.eligibleFrom, d("2029-06-01"));
    QCOMPARE(r.amountAtEligibleFrom, 50.0);
    QCOMPARE(r.nextAmountFrom, d("2030-06-01"));
    QCOMPARE(r.confirmIdentityBefore, d("2030-05-31"));

    const auto free = eval(input("2010-05-10", "2026-11-26"));
    QCOMPARE(free.status, EligibilityStatus::FreeOffersOnly);
    QCOMPARE(free.eligibleFrom, d("2027-05-10"));
    QCOMPARE(free.amountAtEligibleFrom, 50.0);
}

void TestEligibilityEngine::february29Birthdays_data()
{
    QTest::addColumn<QString>("on");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("status");
    QTest::newRow("28 Feb non-leap: birthday reached") << "2026-02-28" << 18 << "eligible";
    QTest::newRow("27 Feb non-leap: not yet") << "2026-02-27" << 17 << "eligible";
    QTest::newRow("28 Feb 2027: 19") << "2027-02-28" << 19 << "too_old";
    QTest::newRow("leap year 29 Feb: 20") << "2028-02-29" << 20 << "too_old";
    QTest::newRow("leap year 28 Feb: still 19") << "2028-02-28" << 19 << "too_old";
}

void TestEligibilityEngine::february29Birthdays()
{
    QFETCH(QString, on);
    QFETCH(int, age);
    QFETCH(QString, status);
    const auto r = eval(input("2008-02-29", on.toLatin1().constData()));
    QCOMPARE(r.age, age);
    QCOMPARE(statusCode(r.status), status);
    if (r.status == EligibilityStatus::Eligible && age == 18) {
        QCOMPARE(r.eligibleFrom, d("2026-02-28"));
        QCOMPARE(r.confirmIdentityBefore, d("2027-02-27"));
        QCOMPARE(r.creditExpires, d("2029-02-27"));
    }
}

void TestEligibilityEngine::ageOpeningsOf2022()
{
    // 16 opened on 2022-01-20, 15 on 2022-01-31 (17 on 2022-01-10, with R2 itself).
    auto r = eval(input("2005-08-01", "2022-01-19"));
    QCOMPARE(r.status, EligibilityStatus::TooYoung);
    QVERIFY(r.reasons.contains(QStringLiteral("age_not_open_yet")));
    QCOMPARE(r.eligibleFrom, d("2022-01-20"));
    r = eval(input("2005-08-01", "2022-01-20"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.amount, 30.0);
    r = eval(input("2006-08-01", "2022-01-30"));
    QCOMPARE(r.status, EligibilityStatus::TooYoung);
    QCOMPARE(r.eligibleFrom, d("2022-01-31"));
    r = eval(input("2006-08-01", "2022-01-31"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.amount, 20.0);
    QCOMPARE(r.creditExpires, d("2024-07-31")); // minors' credit: until the 18th birthday
}

void TestEligibilityEngine::digitalCapChangesOnItsDate()
{
    // The 50 EUR cap is for credits activated from 2026-03-01 (not from 2026-01-01).
    QCOMPARE(eval(input("2007-06-01", "2025-12-31")).digitalCap, std::optional<double>(100.0));
    QCOMPARE(eval(input("2007-06-01", "2026-01-01")).digitalCap, std::optional<double>(100.0));
    QCOMPARE(eval(input("2007-06-01", "2026-02-28")).digitalCap, std::optional<double>(100.0));
    const auto march = eval(input("2007-06-01", "2026-03-01"));
    QCOMPARE(march.digitalCap, std::optional<double>(50.0));
    QCOMPARE(eval(input("2007-06-01", "2021-06-01")).digitalCap, std::optional<double>(100.0)); // R1
}

void TestEligibilityEngine::digitalCapFollowsTheActivationDate()
{
    // Could activate before 2026-03-01: a credit activated then keeps 100 EUR; say both.
    const auto r = eval(input("2008-06-10", "2026-11-26"));
    QCOMPARE(r.digitalCap, std::optional<double>(50.0));
    QCOMPARE(r.digitalCapChangedOn, d("2026-03-01"));
    QCOMPARE(r.digitalCapBeforeChange, std::optional<double>(100.0));
    QVERIFY(r.reasons.contains(QStringLiteral("digital_cap_follows_activation")));
    QVERIFY2(r.explanation.contains(QStringLiteral("1er\u00a0mars\u00a02026")), qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("100\u00a0€")), qPrintable(r.explanation));
    // 17 on 2026-03-15: never could activate before the change; only the 50 EUR.
    const auto later = eval(input("2009-03-15", "2026-11-26"));
    QCOMPARE(later.digitalCap, std::optional<double>(50.0));
    QVERIFY(!later.digitalCapChangedOn.isValid());
    QCOMPARE(later.digitalCapBeforeChange, std::nullopt);
    // Too young now: the cap of a credit activated when it opens.
    QCOMPARE(eval(input("2012-06-01", "2026-11-26")).digitalCap, std::optional<double>(50.0));
    // The JSON carries the earlier cap.
    QCOMPARE(r.toJson().value(QStringLiteral("digital_cap_before_change")).toDouble(), 100.0);
    QCOMPARE(EligibilityResult::fromJson(r.toJson())->digitalCapChangedOn, d("2026-03-01"));
}

void TestEligibilityEngine::digitalCapPerTerritory_data()
{
    QTest::addColumn<QString>("territory");
    QTest::addColumn<QString>("on");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<double>("cap");
    QTest::newRow("Mayotte before") << "976"
                                    << "2026-02-01" << true << 150.0;
    QTest::newRow("Mayotte from 2026-03-01: no cap") << "976"
                                                     << "2026-03-01" << false << 0.0;
    QTest::newRow("Saint-Pierre-et-Miquelon before") << "975"
                                                     << "2026-02-01" << true << 200.0;
    QTest::newRow("Saint-Pierre-et-Miquelon from 2026-03-01") << "975"
                                                              << "2026-11-26" << false << 0.0;
    QTest::newRow("Wallis-et-Futuna: never") << "986"
                                             << "2026-02-01" << false << 0.0;
    QTest::newRow("Wallis-et-Futuna later") << "986"
                                            << "2026-11-26" << false << 0.0;
    QTest::newRow("Guadeloupe: national") << "971"
                                          << "2026-11-26" << true << 50.0;
    QTest::newRow("New Caledonia before, in francs") << "988-sud"
                                                     << "2026-02-01" << true << 11935.0;
    QTest::newRow("New Caledonia from 2026-03-01") << "988-sud"
                                                   << "2026-11-26" << true << 5965.0;
}

void TestEligibilityEngine::digitalCapPerTerritory()
{
    QFETCH(QString, territory);
    QFETCH(QString, on);
    QFETCH(bool, capped);
    QFETCH(double, cap);
    const auto r = eval(input("2008-01-10", on.toLatin1().constData(), territory.toLatin1().constData()));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.digitalCap.has_value(), capped);
    if (capped) {
        QCOMPARE(*r.digitalCap, cap);
        QVERIFY(!r.reasons.contains(QStringLiteral("no_digital_cap")));
    } else {
        QVERIFY(r.reasons.contains(QStringLiteral("no_digital_cap")));
        QVERIFY2(r.explanation.contains(QStringLiteral("pas de limite")), qPrintable(r.explanation));
        QVERIFY(r.toJson().value(QStringLiteral("digital_cap")).isNull());
    }
}

void TestEligibilityEngine::experimentationNamesPilotAreas()
{
    const auto r = eval(input("2001-03-01", "2019-06-01"));
    QCOMPARE(r.rulesetId, QStringLiteral("R0"));
    QCOMPARE(r.amount, 500.0);
    QCOMPARE(r.digitalCap, std::optional<double>(200.0));
    QVERIFY(r.reasons.contains(QStringLiteral("pilot_areas_only")));
    // Only metropolitan France and French Guiana took part.
    QCOMPARE(eval(input("2001-03-01", "2019-06-01", "974")).status, EligibilityStatus::TerritoryNotCovered);
}

void TestEligibilityEngine::eachTerritory_data()
{
    QTest::addColumn<QString>("territory");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("currency");
    for (const char *code : {"metro", "971", "972", "973", "974", "975", "976", "977", "978", "986"})
        QTest::newRow(code) << code << "eligible"
                            << "EUR";
    QTest::newRow("988-sud") << "988-sud"
                             << "eligible"
                             << "XPF";
    for (const char *code : {"988-other", "987", "abroad"})
        QTest::newRow(code) << code << "territory_not_covered"
                            << "EUR";
}

void TestEligibilityEngine::eachTerritory()
{
    QFETCH(QString, territory);
    QFETCH(QString, status);
    QFETCH(QString, currency);
    QVERIFY(territories::isKnown(territory));
    const auto r = eval(input("2009-03-15", "2026-11-26", territory.toLatin1().constData()));
    QCOMPARE(statusCode(r.status), status);
    QCOMPARE(r.currency, currency);
    if (r.status == EligibilityStatus::TerritoryNotCovered) {
        QCOMPARE(r.amount, 0.0);
        QCOMPARE(r.cumulativeAmount, 0.0);
        QVERIFY(!r.eligibleFrom.isValid());
        QCOMPARE(r.rulesetId, QStringLiteral("R3")); // names the rules in force that day
    }
    QCOMPARE(territories::codes().size(), 14);
}

void TestEligibilityEngine::territoryCoveredLater()
{
    const auto r = eval(input("2008-03-15", "2025-11-30", "988-sud"));
    QCOMPARE(r.status, EligibilityStatus::TerritoryNotCovered);
    QCOMPARE(r.territoryCoveredFrom, d("2025-12-01"));
    QCOMPARE(eval(input("2008-03-15", "2025-12-01", "988-sud")).status, EligibilityStatus::Eligible);
}

void TestEligibilityEngine::residenceBothSidesOfOneYear()
{
    // "More than one year": on the first anniversary of arrival the condition is not met yet.
    auto r = eval(input("2009-03-15", "2026-11-26", "metro", Nationality::Other, "2025-11-25"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QCOMPARE(r.residenceConditionMetOn, d("2026-11-26"));
    // Exactly one year on the appointment date: from the day after.
    r = eval(input("2009-03-15", "2026-11-26", "metro", Nationality::Other, "2025-11-26"));
    QCOMPARE(r.status, EligibilityStatus::ResidenceTooShort);
    QCOMPARE(r.residenceConditionMetOn, d("2026-11-27"));
    QCOMPARE(r.eligibleFrom, d("2026-11-27"));
    QCOMPARE(r.amountAtEligibleFrom, 50.0);
    QCOMPARE(r.amount, 0.0);
    // Eight months of residence at 18: eligible when the year is reached, before 19.
    r = eval(input("2008-06-10", "2026-11-26", "metro", Nationality::Other, "2026-03-26"));
    QCOMPARE(r.status, EligibilityStatus::ResidenceTooShort);
    QCOMPARE(r.eligibleFrom, d("2027-03-27"));
    QCOMPARE(r.amountAtEligibleFrom, 150.0);
    // EU/EEA/Swiss nationals have no residence duration condition.
    r = eval(input("2009-03-15", "2026-11-26", "metro", Nationality::EuEeaSwiss));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QVERIFY(!r.residenceConditionMetOn.isValid());
}

void TestEligibilityEngine::residenceMetAfterTheAgeWindow()
{
    const auto r = eval(input("2008-01-01", "2026-11-26", "metro", Nationality::Other, "2026-06-01"));
    QCOMPARE(r.status, EligibilityStatus::ResidenceTooShort);
    QVERIFY(r.reasons.contains(QStringLiteral("residence_met_after_age_limit")));
    QVERIFY(!r.eligibleFrom.isValid());
    QCOMPARE(r.cumulativeAmount, 0.0);
}

void TestEligibilityEngine::invalidInputs_data()
{
    QTest::addColumn<EligibilityInput>("in");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("birth after appointment") << input("2027-01-01", "2026-11-26") << "birth_date"
                                             << "birth_after_appointment";
    QTest::newRow("impossible birth date") << input("2009-02-30", "2026-11-26") << "birth_date"
                                           << "invalid_date";
    QTest::newRow("implausible age") << input("1850-01-01", "2026-11-26") << "birth_date"
                                     << "implausible_age";
    QTest::newRow("before the pass existed") << input("2000-01-01", "2019-01-31") << "appointment_date"
                                             << "no_rules_on_date";
    QTest::newRow("unknown territory") << input("2009-01-01", "2026-11-26", "999") << "territory"
                                       << "unknown_territory";
    QTest::newRow("residence missing") << input("2009-01-01", "2026-11-26", "metro", Nationality::Other)
                                       << "resident_since"
                                       << "missing";
    QTest::newRow("residence before birth")
        << input("2009-01-01", "2026-11-26", "metro", Nationality::Other, "2008-12-31") << "resident_since"
        << "before_birth";
    QTest::newRow("residence in the future")
        << input("2009-01-01", "2026-11-26", "metro", Nationality::Other, "2026-11-27") << "resident_since"
        << "after_appointment";
}

void TestEligibilityEngine::invalidInputs()
{
    QFETCH(EligibilityInput, in);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto errors = m_engine->validate(in);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
    QVERIFY(!errors.first().message.isEmpty());
}

void TestEligibilityEngine::resultRoundTripsThroughJson()
{
    const auto r = eval(input("2009-03-15", "2026-11-26", "metro", Nationality::Other, "2025-01-01"));
    const auto back = EligibilityResult::fromJson(r.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), r.toJson());
}

void TestEligibilityEngine::explanationIsKindAndInFrench()
{
    const auto eligible = eval(input("2009-03-15", "2026-11-26"));
    QVERIFY2(eligible.explanation.contains(QStringLiteral("Bonne nouvelle")), qPrintable(eligible.explanation));
    QVERIFY(eligible.explanation.contains(QStringLiteral("14\u00a0mars\u00a02027")));
    QVERIFY(eligible.explanation.contains(QRegularExpression(QStringLiteral("\\b[Tt]u\\b"))));
    const auto old = eval(input("2001-01-01", "2026-11-26"));
    QVERIFY(!old.explanation.contains(QStringLiteral("€")));       // no amount promised
    QVERIFY(old.explanation.contains(QStringLiteral("conseill"))); // points to the counselor
}

void TestEligibilityEngine::bonusSentenceTenses()
{
    // At 18: "tu peux peut-être avoir"; at 17: "à 18 ans, tu pourras peut-être avoir".
    const auto at18 = eval(input("2008-06-10", "2026-11-26"));
    QVERIFY(at18.bonusAtThisAge);
    QVERIFY2(at18.explanation.contains(QStringLiteral("Tu peux peut-être avoir 50\u00a0€ de plus")),
             qPrintable(at18.explanation));
    QVERIFY(!at18.explanation.contains(QStringLiteral("tu pourras peut-être")));
    const auto at17 = eval(input("2009-03-15", "2026-11-26"));
    QVERIFY(!at17.bonusAtThisAge);
    QVERIFY2(at17.explanation.contains(QStringLiteral("À 18\u00a0ans, tu pourras peut-être avoir 50\u00a0€ de plus")),
             qPrintable(at17.explanation));
    // 18, the credit still to come (residence): future tense, no "at 18".
    const auto waiting = eval(input("2008-06-10", "2026-11-26", "metro", Nationality::Other, "2026-03-26"));
    QCOMPARE(waiting.status, EligibilityStatus::ResidenceTooShort);
    QVERIFY2(waiting.explanation.contains(QStringLiteral("Tu pourras alors peut-être avoir 50\u00a0€ de plus")),
             qPrintable(waiting.explanation));
    QVERIFY(!waiting.explanation.contains(QStringLiteral("À 18\u00a0ans")));
    // The conditions: quotient familial at most 700 EUR over the months at 17, or AAH / AEEH; one bonus;
    // requested in the app after the credit, with a parent's identity.
    for (const auto &r : {at18, at17}) {
        QVERIFY2(r.explanation.contains(QStringLiteral("700\u00a0€")), qPrintable(r.explanation));
        QVERIFY(r.explanation.contains(QStringLiteral("AAH")));
        QVERIFY(r.explanation.contains(QStringLiteral("qu’un seul bonus")));
        QVERIFY(r.explanation.contains(QStringLiteral("parent")));
    }
}

void TestEligibilityEngine::noBonusInNewCaledonia()
{
    const auto r = eval(input("2008-06-10", "2026-11-26", "988-sud"));
    QCOMPARE(r.status, EligibilityStatus::Eligible);
    QVERIFY(!r.bonusPossible);
    QVERIFY(!r.explanation.contains(QStringLiteral("bonus")));
}

void TestEligibilityEngine::nineteenAndTwentyMayFinishTheirSignUp()
{
    // 19, turned 18 on 2025-06-01 (under R3): may finish a sign-up started before 19; credit until 21.
    const auto r19 = eval(input("2007-06-01", "2026-11-26"));
    QCOMPARE(r19.status, EligibilityStatus::TooOld);
    QVERIFY(r19.reasons.contains(QStringLiteral("may_finish_sign_up")));
    QVERIFY2(r19.explanation.contains(QStringLiteral("avant tes 19\u00a0ans")), qPrintable(r19.explanation));
    QVERIFY(!r19.reasons.contains(QStringLiteral("earlier_credit_lasts_months")));
    // 20, turned 18 on 2024-02-01 (under R2): a credit activated then lasts 24 months, not until 21.
    const auto r20 = eval(input("2006-02-01", "2026-11-26"));
    QVERIFY(r20.reasons.contains(QStringLiteral("may_finish_sign_up")));
    QVERIFY(r20.reasons.contains(QStringLiteral("earlier_credit_lasts_months")));
    QCOMPARE(r20.earlierCreditValidityMonths, 24);
    QVERIFY2(r20.explanation.contains(QStringLiteral("1er\u00a0mars\u00a02025")), qPrintable(r20.explanation));
    QVERIFY(r20.explanation.contains(QStringLiteral("24 mois")));
    QVERIFY2(r20.explanation.contains(QStringLiteral("à partir du 1er\u00a0mars\u00a02025")),
             qPrintable(r20.explanation));
    // 21: nothing to finish.
    QVERIFY(!eval(input("2005-06-01", "2026-11-26")).reasons.contains(QStringLiteral("may_finish_sign_up")));
}

void TestEligibilityEngine::appWithoutCreditSince2026()
{
    const QString sentence = QStringLiteral("Même sans crédit");
    const auto old = eval(input("2001-01-01", "2026-11-26"));
    QVERIFY(old.reasons.contains(QStringLiteral("app_without_credit")));
    QVERIFY2(old.explanation.contains(sentence), qPrintable(old.explanation));
    const auto young = eval(input("2013-01-01", "2026-11-26"));
    QVERIFY(young.explanation.contains(sentence));
    // Not before 2026-01-15; not to those who get something.
    QVERIFY(!eval(input("2001-01-01", "2026-01-14")).reasons.contains(QStringLiteral("app_without_credit")));
    QVERIFY(!eval(input("2009-03-15", "2026-11-26")).explanation.contains(sentence));
}

void TestEligibilityEngine::eduConnectByAgeAndPlace()
{
    auto at = [this](const char *birth, const char *territory, bool school) {
        auto in = input(birth, "2026-11-26", territory);
        in.identity.hasEduConnect = school;
        return eval(in);
    };
    QCOMPARE(at("2009-03-15", "metro", true).identityPlan.route, IdentityRoute::EduConnect);
    QCOMPARE(at("2009-03-15", "metro", false).identityPlan.route, IdentityRoute::InAppCheck);
    QCOMPARE(at("2008-03-15", "metro", true).identityPlan.route, IdentityRoute::InAppCheck);   // not at 18
    QCOMPARE(at("2009-03-15", "988-sud", true).identityPlan.route, IdentityRoute::InAppCheck); // not in NC
    // 15-16: no credit to unlock, so no route; the free account can be opened with ÉduConnect.
    const auto free = at("2010-05-10", "metro", true);
    QCOMPARE(free.status, EligibilityStatus::FreeOffersOnly);
    QCOMPARE(free.identityPlan.route, IdentityRoute::None);
    QVERIFY2(free.explanation.contains(QStringLiteral("Ouvre-le avec tes codes ÉduConnect")),
             qPrintable(free.explanation));
    QVERIFY(at("2010-05-10", "metro", false).explanation.contains(QStringLiteral("ÉduConnect")));
    QVERIFY(!at("2010-05-10", "988-sud", true).explanation.contains(QStringLiteral("ÉduConnect")));
}

QTEST_GUILESS_MAIN(TestEligibilityEngine)
#include "TestEligibilityEngine.moc"
