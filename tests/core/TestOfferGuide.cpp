// SPDX-License-Identifier: GPL-3.0-or-later
// Tailoring on real eligibility results: chosen categories first, the amounts and dates that
// apply, what and when for the not-yet-eligible, no amount for the not eligible, how to book.
#include "OffersFixture.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/OfferGuide.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace passerelle;
using passerelle::test::offersSession;

namespace {

QStringList ids(const QList<CategoryView> &views)
{
    QStringList list;
    for (const auto &v : views)
        list << v.id;
    return list;
}

QString allText(const TailoredOffers &t)
{
    QStringList all{t.headline, t.categoriesIntro, t.howToBookTitle, t.identityRoute};
    all << t.answer << t.digitalNote << t.howToBook << t.identitySteps << t.documents << t.nextSteps << t.elsewhere;
    return all.join(QLatin1Char('\n'));
}

/** "150 €" with QLocale's non-breaking spaces read as plain spaces. */
QString plain(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

TailoredOffers tailorSession(const SessionRecord &s, const QString &language = QStringLiteral("fr"))
{
    static const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    return OfferGuide::tailor(catalogue, s.chosenCategories, s.result, s.identityPlan, s.document, language);
}

const QString kOn = QStringLiteral("2026-11-26");

} // namespace

class TestOfferGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chosenFirstThenTheOthers();
    void dontKnowShowsSuggestions();
    void eligibleGetsAmountsDatesAndSteps();
    void digitalCapOnlyForOnlineChoices();
    void freeOffersNowCreditLater();
    void tooYoungLearnsWhatAndWhen();
    void notEligibleIsPromisedNoAmount_data();
    void notEligibleIsPromisedNoAmount();
    void noSmartphoneGoesThroughTheWebsite();
    void catalogueTextInTheSessionLanguage();
    void sessionJsonCarriesTheChoices();
    void sessionModelStoresTheChoices();
};

void TestOfferGuide::initTestCase()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
}

void TestOfferGuide::chosenFirstThenTheOthers()
{
    const auto t = tailorSession(
        offersSession("2008-03-10", "2026-11-26",
                      {QStringLiteral("JEU"), QStringLiteral("NOPE"), QStringLiteral("LIVRE"), QStringLiteral("JEU")}));
    QVERIFY(!t.dontKnow);
    QCOMPARE(ids(t.chosen), (QStringList{QStringLiteral("JEU"), QStringLiteral("LIVRE")}));
    QCOMPARE(t.others.size(), 12);
    QVERIFY(!ids(t.others).contains(QStringLiteral("JEU")));
    QVERIFY(!ids(t.others).contains(QStringLiteral("NOPE")));
    QCOMPARE(t.chosen.first().label, QStringLiteral("Jeux"));
    QVERIFY(t.chosen.first().examples.contains(QStringLiteral("Un tournoi de jeux vidéo")));
    QVERIFY(t.chosen.first().appGroups.contains(QStringLiteral("Jeux et jeux vidéos")));
    QVERIFY(t.chosen.first().iconPath.endsWith(QStringLiteral("jeu.svg")));
}

void TestOfferGuide::dontKnowShowsSuggestions()
{
    const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    const auto t = tailorSession(offersSession("2008-03-10", "2026-11-26", {}));
    QVERIFY(t.dontKnow);
    QCOMPARE(ids(t.chosen), catalogue.suggestedWhenUnsure());
    QCOMPARE(t.chosen.size() + t.others.size(), catalogue.categories().size());
}

void TestOfferGuide::eligibleGetsAmountsDatesAndSteps()
{
    // 18 on 2026-03-10 under R3: 150 EUR, confirm by the day before 19, spend until the day before 21.
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("MUSIQUE_LIVE")});
    const auto t = tailorSession(s);
    QCOMPARE(t.outlook, PassOutlook::CreditNow);
    const QString answer = plain(t.answer.join(QLatin1Char('\n')));
    QVERIFY2(answer.contains(QStringLiteral("150 €")), qPrintable(answer));
    QVERIFY(answer.contains(QStringLiteral("9 mars 2027")));
    QVERIFY(answer.contains(QStringLiteral("9 mars 2029")));
    QVERIFY(plain(t.nextSteps.join(QLatin1Char('\n'))).contains(QStringLiteral("9 mars 2027")));
    QVERIFY(plain(t.nextSteps.join(QLatin1Char('\n'))).contains(QStringLiteral("9 mars 2029")));
    QVERIFY(t.nextSteps.join(QLatin1Char('\n')).contains(QStringLiteral("un concert de rap")));
    QVERIFY(t.howToBook.size() >= 5);
    QVERIFY(t.howToBook.join(QLatin1Char('\n')).contains(s.identityPlan.routeName()));
    QVERIFY(t.howToBook.join(QLatin1Char('\n')).contains(QStringLiteral("Concerts et festivals")));
    QCOMPARE(t.identityRoute, s.identityPlan.routeName());
    QCOMPARE(t.identitySteps, s.identityPlan.steps());
    QVERIFY(t.documents.contains(captureDisplayName(CaptureCode::IdFront)));
    QVERIFY(t.documents.contains(captureDisplayName(CaptureCode::IdBack)));
    QVERIFY(t.elsewhere.isEmpty());
}

void TestOfferGuide::digitalCapOnlyForOnlineChoices()
{
    const auto online = tailorSession(offersSession("2008-03-10", "2026-11-26", {QStringLiteral("JEU")}));
    QCOMPARE(online.digitalNote.size(), 2);
    QVERIFY(plain(online.digitalNote.join(QLatin1Char(' '))).contains(QStringLiteral("50 €")));
    QVERIFY(online.digitalNote.last().contains(QStringLiteral("un abonnement à des jeux vidéo")));
    // The cap was 100 EUR before 2026 (R3 first months).
    const auto before = tailorSession(offersSession("2007-03-10", "2025-06-01", {QStringLiteral("JEU")}));
    QVERIFY(plain(before.digitalNote.join(QLatin1Char(' '))).contains(QStringLiteral("100 €")));
    const auto offline = tailorSession(offersSession("2008-03-10", "2026-11-26", {QStringLiteral("CINEMA")}));
    QVERIFY(offline.digitalNote.isEmpty());
}

void TestOfferGuide::freeOffersNowCreditLater()
{
    // 15 under R3: free offers now, 50 EUR at 17 (2028-05-05).
    const auto t = tailorSession(offersSession("2011-05-05", "2026-11-26", {QStringLiteral("CINEMA")}));
    QCOMPARE(t.outlook, PassOutlook::FreeOffersNow);
    const QString steps = plain(t.nextSteps.join(QLatin1Char('\n')));
    QVERIFY2(steps.contains(QStringLiteral("5 mai 2028")) && steps.contains(QStringLiteral("50 €")), qPrintable(steps));
    QVERIFY(plain(t.howToBook.join(QLatin1Char('\n'))).contains(QStringLiteral("5 mai 2028")));
}

void TestOfferGuide::tooYoungLearnsWhatAndWhen()
{
    // 13: free offers from the 15th birthday, 50 EUR from the 17th.
    const auto s = offersSession("2013-02-01", "2026-11-26", {QStringLiteral("LIVRE")});
    QCOMPARE(s.result.status, EligibilityStatus::TooYoung);
    const auto t = tailorSession(s);
    QCOMPARE(t.outlook, PassOutlook::Later);
    QVERIFY(t.howToBookTitle.contains(QStringLiteral("1er\u00a0février\u00a02028")));
    QVERIFY(plain(t.nextSteps.first()).contains(QStringLiteral("1er février 2028")));
    QVERIFY(plain(t.answer.join(QLatin1Char('\n'))).contains(QStringLiteral("1er février 2030")));
    QVERIFY(!t.howToBook.isEmpty());
}

void TestOfferGuide::notEligibleIsPromisedNoAmount_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("territory");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("museumLine");
    QTest::newRow("22, too old") << "2004-01-01"
                                 << "metro" << int(EligibilityStatus::TooOld) << true;
    QTest::newRow("27, too old") << "1999-01-01"
                                 << "metro" << int(EligibilityStatus::TooOld) << false;
}

void TestOfferGuide::notEligibleIsPromisedNoAmount()
{
    QFETCH(QString, birth);
    QFETCH(int, status);
    QFETCH(bool, museumLine);
    const auto s = offersSession(birth.toLatin1().constData(), "2026-11-26",
                                 {QStringLiteral("JEU"), QStringLiteral("MUSIQUE_ENREGISTREE")});
    QCOMPARE(int(s.result.status), status);
    const auto t = tailorSession(s);
    QCOMPARE(t.outlook, PassOutlook::NotAvailable);
    const QString text = allText(t);
    QVERIFY2(!text.contains(QStringLiteral("€")) && !text.contains(QStringLiteral("EUR")), qPrintable(text));
    QVERIFY(t.howToBook.isEmpty());
    QVERIFY(t.digitalNote.isEmpty());
    QVERIFY(t.documents.isEmpty());
    QVERIFY(t.elsewhere.size() >= 3);
    QCOMPARE(t.elsewhere.join(QLatin1Char('\n')).contains(QStringLiteral("26")), museumLine);
    QCOMPARE(ids(t.chosen), s.chosenCategories); // what they like is still shown
}

void TestOfferGuide::noSmartphoneGoesThroughTheWebsite()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {}, IdentityDocument::ResidencePermit, false);
    const auto t = tailorSession(s);
    QVERIFY(t.howToBook.first().contains(QStringLiteral("passculture.app")));
    QCOMPARE(t.identityRoute, planIdentityCheck(IdentityDocument::ResidencePermit, false).routeName());
    QVERIFY(t.documents.contains(captureDisplayName(CaptureCode::ProofOfAddress)));
    QVERIFY(t.documents.first().contains(identityDocumentDisplayName(IdentityDocument::ResidencePermit)));
}

void TestOfferGuide::catalogueTextInTheSessionLanguage()
{
    const auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("MUSIQUE_LIVE")});
    const auto en = tailorSession(s, QStringLiteral("en"));
    QCOMPARE(en.chosen.first().examples.first(), QStringLiteral("A rap concert"));
    QVERIFY(en.chosen.first().appGroups.contains(QStringLiteral("Concerts and festivals")));
    const auto fr = tailorSession(s, QStringLiteral("fr"));
    QCOMPARE(fr.chosen.first().examples.first(), QStringLiteral("Un concert de rap"));
}

void TestOfferGuide::sessionJsonCarriesTheChoices()
{
    auto s = offersSession("2008-03-10", "2026-11-26", {QStringLiteral("JEU"), QStringLiteral("LIVRE")});
    QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("chosen_categories")).toArray().size(), 2);
    QString error;
    auto back = SessionRecord::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->chosenCategories, s.chosenCategories);

    json.remove(QStringLiteral("chosen_categories")); // records written before the field existed
    back = SessionRecord::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->chosenCategories.isEmpty());

    json.insert(QStringLiteral("chosen_categories"), QStringLiteral("JEU"));
    QVERIFY(!SessionRecord::fromJson(json, &error));
    QVERIFY(error.startsWith(QStringLiteral("chosen_categories:")));
    json.insert(QStringLiteral("chosen_categories"), QJsonArray{1, 2});
    QVERIFY(!SessionRecord::fromJson(json, &error));
}

void TestOfferGuide::sessionModelStoresTheChoices()
{
    const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    SessionModel model(engine, clock);
    model.setProfile(ProfileForm::fromInput(offersSession("2008-03-10", "2026-11-26", {}).input));
    QVERIFY(model.evaluate());
    QVERIFY(model.chosenCategories().isEmpty());
    int changes = 0;
    connect(&model, &SessionModel::changed, this, [&changes] { ++changes; });
    model.setChosenCategories({QStringLiteral("LIVRE"), QStringLiteral("JEU"), QStringLiteral("LIVRE"), QString()});
    QCOMPARE(changes, 1);
    QCOMPARE(model.chosenCategories(), (QStringList{QStringLiteral("LIVRE"), QStringLiteral("JEU")}));
    const SessionRecord record = model.toRecord({});
    QCOMPARE(record.chosenCategories, (QStringList{QStringLiteral("LIVRE"), QStringLiteral("JEU")}));
    QVERIFY(model.result().has_value()); // choosing does not drop the eligibility answer
    model.start();
    QVERIFY(model.chosenCategories().isEmpty()); // the next young person starts with nothing
}

QTEST_GUILESS_MAIN(TestOfferGuide)
#include "TestOfferGuide.moc"
