// SPDX-License-Identifier: GPL-3.0-or-later
// The answer card's facts (issue 15): one headline per tone, the amount now, the one thing to do
// with its date, the document from the identity plan, other help for a kind "no", and the
// timeline's ages and amounts read from the rule set in force.
#include "core/eligibility/AnswerFacts.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/util/Dates.h"
#include "core/util/Money.h"
#include "core/util/Translations.h"

#include <QTest>

using namespace passerelle;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<int> ages(const AnswerTimeline &t)
{
    QList<int> out;
    for (const auto &m : t.milestones)
        out << m.age;
    return out;
}

QList<TimelineMilestone::State> states(const AnswerTimeline &t)
{
    QList<TimelineMilestone::State> out;
    for (const auto &m : t.milestones)
        out << m.state;
    return out;
}

QStringList helpIds(const AnswerFacts &f)
{
    QStringList out;
    for (const auto &h : f.otherHelp)
        out << h.id;
    return out;
}

using S = TimelineMilestone::State;
} // namespace

class TestAnswerFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligible17ConfirmsIdentityByTheDayBefore18();
    void eligible17WithEduConnectNeedsNoPhoto();
    void eligible18ForeignDocumentGoesToDemarcheNumerique();
    void tooYoungComesBackAt15();
    void residenceWaitIsHatchedAndMissesThe17Credit();
    void tooOldIsAKindNoWithOtherHelpFirst();
    void nineteenMayFinishTheSignUp();
    void territoryNotCoveredYet();
    void agesAndAmountsComeFromTheRuleSet();
    void newCaledoniaInFrancs();
    void everyCaseHasAHeadlineAndAnAction_data();
    void everyCaseHasAHeadlineAndAnAction();
    void frenchTextsSayTu();

private:
    AnswerFacts facts(const EligibilityInput &in)
    {
        const auto errors = m_engine->validate(in);
        if (!errors.isEmpty())
            qWarning() << "unexpected input error" << errors.first().code;
        const EligibilityResult r = m_engine->evaluate(in);
        return AnswerFacts::make(r, m_book.byId(r.rulesetId), in.birthDate, in.appointmentDate, in.identity.document);
    }
    static EligibilityInput input(const char *birth, const char *on = "2026-11-26", const char *territory = "metro")
    {
        EligibilityInput in;
        in.birthDate = d(birth);
        in.appointmentDate = d(on);
        in.territory = QString::fromLatin1(territory);
        return in;
    }

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

void TestAnswerFacts::initTestCase()
{
    installTranslations(QStringLiteral("fr"));
    QString error;
    m_book = RuleBook::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_engine = std::make_unique<EligibilityEngine>(m_book);
}

void TestAnswerFacts::eligible17ConfirmsIdentityByTheDayBefore18()
{
    const AnswerFacts f = facts(input("2009-06-01"));
    QCOMPARE(f.status, EligibilityStatus::Eligible);
    QCOMPARE(f.tone, AnswerTone::Yes);
    QCOMPARE(f.amount, formatAmount(50, QStringLiteral("EUR")));
    QCOMPARE(f.actionDate, d("2027-05-31"));
    QVERIFY2(f.action.contains(dates::toLongText(d("2027-05-31"))), qPrintable(f.action));
    QVERIFY2(f.document.contains(QStringLiteral("carte d’identité")), qPrintable(f.document));
    QVERIFY(f.otherHelp.isEmpty());
    QVERIFY(!f.reminder.isEmpty());
    QVERIFY(!f.texts().contains(f.reminder)); // the reminder is for other pages, not the card
    // 15 free offers (passed), 17 50 € (now), 18 150 € (to come), 21 end of credit.
    QCOMPARE(ages(f.timeline), (QList<int>{15, 17, 18, 21}));
    QCOMPARE(states(f.timeline), (QList<S>{S::Passed, S::Now, S::Coming, S::Coming}));
    QCOMPARE(f.timeline.milestones[2].amount, 150.0);
    QCOMPARE(f.timeline.milestones[3].kind, TimelineMilestone::Kind::EndOfCredit);
    QVERIFY(f.timeline.todayAge > 17.4 && f.timeline.todayAge < 17.6);
    QVERIFY(!f.timeline.waitUntil.isValid());
    QCOMPARE(f.timeline.description.size(), 5); // one line per milestone, and today
}

void TestAnswerFacts::eligible17WithEduConnectNeedsNoPhoto()
{
    EligibilityInput in = input("2009-06-01");
    in.identity.hasEduConnect = true;
    const AnswerFacts f = facts(in);
    QVERIFY2(f.action.contains(QStringLiteral("ÉduConnect")), qPrintable(f.action));
    QVERIFY2(f.document.contains(QStringLiteral("ÉduConnect")), qPrintable(f.document));
    QCOMPARE(f.actionDate, d("2027-05-31"));
}

void TestAnswerFacts::eligible18ForeignDocumentGoesToDemarcheNumerique()
{
    EligibilityInput in = input("2008-06-01");
    in.nationality = Nationality::EuEeaSwiss;
    in.identity.document = IdentityDocument::ForeignId;
    const AnswerFacts f = facts(in);
    QCOMPARE(f.amount, formatAmount(150, QStringLiteral("EUR")));
    QVERIFY2(f.action.contains(QStringLiteral("Démarche Numérique")), qPrintable(f.action));
    QVERIFY2(f.document.contains(QStringLiteral("justificatif de domicile")), qPrintable(f.document));
    QCOMPARE(f.actionDate, d("2027-05-31"));
    QCOMPARE(states(f.timeline), (QList<S>{S::Passed, S::Passed, S::Now, S::Coming}));
}

void TestAnswerFacts::tooYoungComesBackAt15()
{
    const AnswerFacts f = facts(input("2012-06-01"));
    QCOMPARE(f.tone, AnswerTone::NotYet);
    QCOMPARE(f.actionDate, d("2027-06-01"));
    QVERIFY2(f.action.contains(dates::toLongText(d("2027-06-01"))), qPrintable(f.action));
    QCOMPARE(f.amount, formatAmount(50, QStringLiteral("EUR"))); // the first credit, at 17
    QVERIFY(f.amountCaption.contains(dates::toLongText(d("2029-06-01"))));
    QVERIFY(f.document.isEmpty());
    QVERIFY(!f.otherHelp.isEmpty());
    QVERIFY(!f.otherHelpFirst);
    QCOMPARE(states(f.timeline), (QList<S>{S::Coming, S::Coming, S::Coming, S::Coming}));
    QVERIFY(f.timeline.todayAge < 15);
    QVERIFY(f.timeline.startAge <= 14);
}

void TestAnswerFacts::residenceWaitIsHatchedAndMissesThe17Credit()
{
    // 17 until 2027-01-01; more than one year in France from 2027-06-02: the 18 credit only.
    EligibilityInput in = input("2009-01-01");
    in.nationality = Nationality::Other;
    in.residentSince = d("2026-06-01");
    in.identity.document = IdentityDocument::ResidencePermit;
    const AnswerFacts f = facts(in);
    QCOMPARE(f.status, EligibilityStatus::ResidenceTooShort);
    QCOMPARE(f.tone, AnswerTone::NotYet);
    QCOMPARE(f.actionDate, d("2027-06-02"));
    QCOMPARE(f.amount, formatAmount(150, QStringLiteral("EUR")));
    QCOMPARE(f.timeline.waitUntil, d("2027-06-02"));
    QVERIFY(f.timeline.waitUntilAge > 18.4 && f.timeline.waitUntilAge < 18.5);
    QVERIFY(!f.timeline.waitLabel.isEmpty());
    QCOMPARE(states(f.timeline), (QList<S>{S::Passed, S::Missed, S::Coming, S::Coming}));
    QVERIFY(f.timeline.description.last().contains(dates::toLongText(d("2027-06-02"))));

    // Already 18, the credit of this year opens after the wait: to come, not passed.
    in.birthDate = d("2008-06-10");
    in.residentSince = d("2026-03-26");
    const AnswerFacts eighteen = facts(in);
    QCOMPARE(eighteen.actionDate, d("2027-03-27"));
    QCOMPARE(states(eighteen.timeline), (QList<S>{S::Passed, S::Missed, S::Coming, S::Coming}));
}

void TestAnswerFacts::tooOldIsAKindNoWithOtherHelpFirst()
{
    const AnswerFacts f = facts(input("2001-01-01"));
    QCOMPARE(f.status, EligibilityStatus::TooOld);
    QCOMPARE(f.tone, AnswerTone::No);
    QCOMPARE(answerToneCode(f.tone), QStringLiteral("no"));
    QVERIFY(f.otherHelpFirst);
    // The facts sheet's list, the app without credit included since 2026-01-15.
    QCOMPARE(helpIds(f), (QStringList{"library", "museums", "youth_card", "app", "mission_locale"}));
    for (const auto &help : f.otherHelp)
        QVERIFY2(help.pictogram.startsWith(QStringLiteral(":/icons/")) && !help.title.isEmpty(), qPrintable(help.id));
    QVERIFY(f.amount.isEmpty());
    QVERIFY(!f.action.isEmpty());
    QCOMPARE(states(f.timeline), (QList<S>{S::Passed, S::Passed, S::Passed, S::Passed}));
    QVERIFY(f.timeline.todayAge > f.timeline.milestones.last().age);
    // Before the app was open to all, it is not offered.
    const AnswerFacts before = facts(input("2000-01-01", "2025-12-01"));
    QVERIFY(!helpIds(before).contains(QStringLiteral("app")));
}

void TestAnswerFacts::nineteenMayFinishTheSignUp()
{
    const AnswerFacts f = facts(input("2007-06-01"));
    QCOMPARE(f.tone, AnswerTone::No);
    QVERIFY2(f.action.contains(QStringLiteral("19")), qPrintable(f.action));
}

void TestAnswerFacts::territoryNotCoveredYet()
{
    const AnswerFacts f = facts(input("2008-03-15", "2025-11-30", "988-sud"));
    QCOMPARE(f.status, EligibilityStatus::TerritoryNotCovered);
    QCOMPARE(f.tone, AnswerTone::NotYet);
    QCOMPARE(f.actionDate, d("2025-12-01"));
    QVERIFY(f.otherHelpFirst);
    QCOMPARE(f.timeline.waitUntil, d("2025-12-01"));
    const AnswerFacts never = facts(input("2008-03-15", "2026-11-26", "987"));
    QCOMPARE(never.tone, AnswerTone::No);
    QVERIFY(never.otherHelpFirst);
    QVERIFY(!never.otherHelp.isEmpty());
}

void TestAnswerFacts::agesAndAmountsComeFromTheRuleSet()
{
    // A rule set of another shape: free offers at 14, credits of 30 at 16 and 70 at 17, usable until 20.
    RuleSet rs;
    rs.id = QStringLiteral("T");
    rs.currency = QStringLiteral("EUR");
    rs.creditUsableUntilAge = 20;
    AgeBracket free;
    free.age = 14;
    free.kind = AgeBracket::Kind::FreeOffersOnly;
    AgeBracket c16;
    c16.age = 16;
    c16.amount = 30;
    AgeBracket c17;
    c17.age = 17;
    c17.amount = 70;
    AgeBracket free15 = free;
    free15.age = 15;
    rs.brackets = {free, free15, c16, c17};
    EligibilityResult r;
    r.status = EligibilityStatus::Eligible;
    r.age = 16;
    r.amount = 30;
    const AnswerFacts f = AnswerFacts::make(r, &rs, d("2010-01-01"), d("2026-06-01"), IdentityDocument::FrenchIdCard);
    QCOMPARE(ages(f.timeline), (QList<int>{14, 16, 17, 20}));
    QCOMPARE(f.timeline.milestones[1].amount, 30.0);
    QCOMPARE(f.timeline.milestones[2].label, formatAmount(70, QStringLiteral("EUR")));
    QCOMPARE(states(f.timeline), (QList<S>{S::Passed, S::Now, S::Coming, S::Coming}));
    // Without the rule set, no timeline (and no guess).
    QVERIFY(AnswerFacts::make(r, nullptr, d("2010-01-01"), d("2026-06-01"), IdentityDocument::FrenchIdCard)
                .timeline.isEmpty());
}

void TestAnswerFacts::newCaledoniaInFrancs()
{
    const AnswerFacts f = facts(input("2008-06-01", "2026-11-26", "988-sud"));
    QCOMPARE(f.amount, formatAmount(17900, QStringLiteral("XPF")));
    QCOMPARE(f.timeline.milestones[1].label, formatAmount(5965, QStringLiteral("XPF")));
}

void TestAnswerFacts::everyCaseHasAHeadlineAndAnAction_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("territory");
    QTest::newRow("14") << "2012-06-01"
                        << "metro";
    QTest::newRow("15") << "2011-06-01"
                        << "metro";
    QTest::newRow("17") << "2009-06-01"
                        << "metro";
    QTest::newRow("18") << "2008-06-01"
                        << "metro";
    QTest::newRow("19") << "2007-06-01"
                        << "metro";
    QTest::newRow("24") << "2002-06-01"
                        << "metro";
    QTest::newRow("abroad") << "2008-06-01"
                            << "abroad";
}

void TestAnswerFacts::everyCaseHasAHeadlineAndAnAction()
{
    QFETCH(QString, birth);
    QFETCH(QString, territory);
    EligibilityInput in = input("2000-01-01");
    in.birthDate = dates::parseIso(birth);
    in.territory = territory;
    const AnswerFacts f = facts(in);
    QVERIFY(!f.headline.isEmpty());
    QVERIFY(!f.action.isEmpty());
    QVERIFY(!f.reminder.isEmpty());
    QVERIFY(!f.timeline.isEmpty());
    // Said once: no two sentences of the card are the same (the timeline repeats the amount as its
    // picture's label, which is not a sentence).
    QStringList sentences;
    for (const QString &text : f.texts()) {
        if (text.count(QLatin1Char(' ')) >= 2)
            sentences << text;
    }
    QCOMPARE(QSet<QString>(sentences.begin(), sentences.end()).size(), sentences.size());
}

void TestAnswerFacts::frenchTextsSayTu()
{
    for (const char *birth : {"2012-06-01", "2011-06-01", "2009-06-01", "2008-06-01", "2001-06-01"}) {
        const AnswerFacts f = facts(input(birth));
        QStringList texts = f.texts();
        texts << f.reminder;
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(!text.contains(QStringLiteral(" vous ")) && !text.contains(QStringLiteral("Vous ")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('\'')), qPrintable(text)); // typographic apostrophe
            QVERIFY2(!text.contains(QStringLiteral(" :")) && !text.contains(QStringLiteral(" ?")),
                     qPrintable(text)); // U+00A0 before : and ?
        }
        QVERIFY2(f.headline != QStringLiteral("Yes, the pass Culture is for you") &&
                     !f.headline.startsWith(QStringLiteral("Not yet")) && !f.headline.startsWith(QStringLiteral("No ")),
                 qPrintable(f.headline)); // translated
    }
}

QTEST_GUILESS_MAIN(TestAnswerFacts)
#include "TestAnswerFacts.moc"
