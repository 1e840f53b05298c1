// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the kiosk's own steps follow the answers (core, no display): the residence date only for
// nationals from outside the EU/EEA/Switzerland, the school question only under 18 (ÉduConnect is
// for 15 to 17), no interests or offers when nothing is available; never an ID photo step.
#include "core/modes/KioskSteps.h"
#include "core/storage/Database.h"
#include "core/storage/KioskStatistics.h"
#include "core/util/Clock.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace passerelle;

class TestKioskSteps : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheAnswers()
    {
        const QDate visit(2026, 11, 26);
        ProfileForm form;
        // Nothing typed yet: every question is kept.
        QCOMPARE(kioskSteps(form, visit, false),
                 (QList<KioskStep>{KioskStep::BirthDate, KioskStep::Nationality, KioskStep::Territory,
                                   KioskStep::Document, KioskStep::Smartphone, KioskStep::School, KioskStep::Answer,
                                   KioskStep::Interests, KioskStep::Offers, KioskStep::TakeAway}));
        // 18 on the visit's date (born 26 November 2008): no school question; born a day later, 17.
        form.birth = {QStringLiteral("26"), QStringLiteral("11"), QStringLiteral("2008")};
        QVERIFY(!kioskSteps(form, visit, false).contains(KioskStep::School));
        form.birth = {QStringLiteral("27"), QStringLiteral("11"), QStringLiteral("2008")};
        QVERIFY(kioskSteps(form, visit, false).contains(KioskStep::School));
        // Other nationals: the residence date, right after the nationality.
        form.nationality = Nationality::Other;
        const auto other = kioskSteps(form, visit, false);
        QCOMPARE(other.indexOf(KioskStep::ResidentSince), other.indexOf(KioskStep::Nationality) + 1);
        form.nationality = Nationality::EuEeaSwiss;
        QVERIFY(!kioskSteps(form, visit, false).contains(KioskStep::ResidentSince));
        // Nothing available: the answer says what exists instead, then the take-away.
        const auto none = kioskSteps(form, visit, true);
        QVERIFY(!none.contains(KioskStep::Interests) && !none.contains(KioskStep::Offers));
        QCOMPARE(none.last(), KioskStep::TakeAway);
        QCOMPARE(none.at(none.size() - 2), KioskStep::Answer);
    }

    void codesAreStable()
    {
        // The anonymous counters store these spellings: they must not change.
        QCOMPARE(kioskStepCode(KioskStep::BirthDate), QStringLiteral("birth_date"));
        QCOMPARE(kioskStepCode(KioskStep::ResidentSince), QStringLiteral("resident_since"));
        QCOMPARE(kioskStepCode(KioskStep::TakeAway), QStringLiteral("take_away"));
        QStringList codes;
        for (int i = 0; i <= static_cast<int>(KioskStep::TakeAway); ++i)
            codes << kioskStepCode(static_cast<KioskStep>(i));
        QCOMPARE(codes.removeDuplicates(), 0);
        QVERIFY(!codes.contains(QString()));
    }

    // The counters a kiosk wrote when its visits held the step and the outcome as text go on being
    // counted: a visit of the same step and outcome adds to the old row, not to a new one.
    void countersWrittenTheOldWayGoOn()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto database = Database::open(QStringLiteral(":memory:"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO kiosk_statistics VALUES"
                                          " ('2026-11-26','finished','take_away','eligible',18,3),"
                                          " ('2026-11-26','idle','resident_since','none',-1,2)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO kiosk_statistics_categories VALUES"
                                          " ('2026-11-26','finished','take_away','eligible',18,'CINEMA',3)")));
        KioskStatistics counters(*database);
        const QDate day(2026, 11, 26);
        QVERIFY2(counters.add({day,
                               KioskVisit::Ending::Finished,
                               KioskStep::TakeAway,
                               EligibilityStatus::Eligible,
                               18,
                               {QStringLiteral("CINEMA")}},
                              &error),
                 qPrintable(error));
        QVERIFY2(counters.add({day, KioskVisit::Ending::Idle, KioskStep::ResidentSince, std::nullopt, -1, {}}, &error),
                 qPrintable(error));
        QCOMPARE(counters.visits(), 7);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        int rows = 0;
        QVERIFY2(counters.writeCsv(csv, &error, &rows), qPrintable(error));
        QCOMPARE(rows, 2);
        QCOMPARE(csv.data(), QByteArray("day,ending,step,outcome,age,visits,categories\n"
                                        "2026-11-26,finished,take_away,eligible,18,4,CINEMA:4\n"
                                        "2026-11-26,idle,resident_since,none,,3,\n"));
    }
};

QTEST_GUILESS_MAIN(TestKioskSteps)
#include "TestKioskSteps.moc"
