// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the whole first slice like a counselor would, keyboard and mouse, from the welcome page
// to Finish, and checks the record stored in a real SQLite file.
#include "core/crypto/FieldCipher.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/Database.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/widgets/MessageLine.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "WizardTestBase.h"

using namespace passerelle;

class TestSessionWizard : public test::WizardTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholeSliceWithKeyboardAndMouse();
    void nextSaysWhatIsMissing();
    void aFailedSaveLosesNothing();
    void languageCanBeSwitchedToEnglish();
    void schoolCodesGiveTheEduConnectRoute();

private:
    template <typename T> T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QAbstractButton *next() const { return m_window->wizard()->button(QWizard::NextButton); }
    void typeDate(const char *prefix, const char *day, const char *month, const char *year);
    void walkToSummary();
};

void TestSessionWizard::init()
{
    openWizard();
}

void TestSessionWizard::cleanup()
{
    closeWizard();
}

void TestSessionWizard::typeDate(const char *prefix, const char *day, const char *month, const char *year)
{
    auto *dayEdit = find<QLineEdit>(QByteArray(prefix).append("Day").constData());
    dayEdit->setFocus();
    dayEdit->selectAll();
    QTest::keyClicks(dayEdit, QString::fromLatin1(day));
    // Two digits move the focus on by themselves; otherwise Tab does.
    auto *monthEdit = find<QLineEdit>(QByteArray(prefix).append("Month").constData());
    if (!monthEdit->hasFocus())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(monthEdit->hasFocus());
    monthEdit->selectAll();
    QTest::keyClicks(monthEdit, QString::fromLatin1(month));
    auto *yearEdit = find<QLineEdit>(QByteArray(prefix).append("Year").constData());
    if (!yearEdit->hasFocus())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(yearEdit->hasFocus());
    yearEdit->selectAll();
    QTest::keyClicks(yearEdit, QString::fromLatin1(year));
}

void TestSessionWizard::walkToSummary()
{
    auto *wizard = m_window->wizard();
    next()->setFocus();
    QTest::keyClick(next(), Qt::Key_Space);
    // The pictures of the documents (TestCapturePage covers them): not taken today.
    QCOMPARE(wizard->currentStep(), WizardStep::Capture);
    next()->setFocus();
    QTest::keyClick(next(), Qt::Key_Space);
    QCOMPARE(wizard->currentStep(), WizardStep::Interests);
    auto *dontKnow = find<QAbstractButton>("tile_dont_know");
    dontKnow->setFocus();
    QTest::keyClick(dontKnow, Qt::Key_Space);
    next()->setFocus();
    QTest::keyClick(next(), Qt::Key_Space);
    QCOMPARE(wizard->currentStep(), WizardStep::Offers);
    next()->setFocus();
    QTest::keyClick(next(), Qt::Key_Space);
    QCOMPARE(wizard->currentStep(), WizardStep::Summary);
}

void TestSessionWizard::wholeSliceWithKeyboardAndMouse()
{
    auto *wizard = m_window->wizard();
    QCOMPARE(wizard->currentStep(), WizardStep::Welcome);
    QVERIFY(find<QLabel>("privacyNotice")->text().contains(QStringLiteral("ordinateur")));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), WizardStep::Profile);

    // Nothing is answered for them: Next stays on the page and says, under each question, what
    // is missing; the focus goes to the first one.
    QVERIFY(!find<QRadioButton>("nationalityFrench")->isChecked());
    QCOMPARE(find<QComboBox>("territoryCombo")->currentIndex(), -1);
    QCOMPARE(find<QComboBox>("documentCombo")->currentIndex(), -1);
    QVERIFY(!find<QRadioButton>("smartphoneYes")->isChecked() && !find<QRadioButton>("smartphoneNo")->isChecked());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), WizardStep::Profile);
    for (const char *error : {"birthError", "nationalityError", "territoryError", "documentError", "smartphoneError"})
        QVERIFY2(find<QLabel>(error)->isVisible(), error);
    QVERIFY(find<QLineEdit>("birthDay")->hasFocus());
    QCOMPARE(find<ui::MessageLine>("territoryError")->message(), QStringLiteral("Choisis où tu habites."));
    QCOMPARE(find<QWidget>("territoryCombo")->accessibleDescription(), QStringLiteral("Choisis où tu habites."));
    // Each label is a question, with a non-breaking space before "?".
    QCOMPARE(find<QLabel>("nationalityQuestion")->text(), QStringLiteral("Quelle est ta nationalité\u00a0?"));
    QCOMPARE(find<QWidget>("nationalityGroup")->accessibleName(), QStringLiteral("Quelle est ta nationalité\u00a0?"));

    // An impossible date is refused inline, in plain French.
    typeDate("birth", "31", "02", "2009");
    QVERIFY(find<QLabel>("birthError")->isVisible());
    QVERIFY(find<QLabel>("birthError")->text().contains(QStringLiteral("n’existe pas")));

    typeDate("birth", "15", "03", "2009");
    QVERIFY(!find<QLabel>("birthError")->isVisible());
    // 17: the school question is asked (ÉduConnect), and needed.
    QVERIFY(find<QWidget>("schoolGroup")->isVisible());

    // Another nationality: the residence date is asked, and needed.
    QVERIFY(!find<QWidget>("residenceGroup")->isVisible());
    // Click on the label, where a person clicks (the button is wider than its text).
    auto *other = find<QRadioButton>("nationalityOther");
    QTest::mouseClick(other, Qt::LeftButton, {}, QPoint(10, other->height() / 2));
    QVERIFY(find<QRadioButton>("nationalityOther")->isChecked());
    QCOMPARE(m_model->profile().nationality, std::optional(Nationality::Other));
    QVERIFY(!find<QLabel>("nationalityError")->isVisible()); // answered: its message goes
    QVERIFY(find<QWidget>("residenceGroup")->isVisible());
    typeDate("residentSince", "01", "09", "2025");

    // Territory and document with the keyboard, from their placeholders.
    auto *territory = find<QComboBox>("territoryCombo");
    territory->setFocus();
    QTest::keyClick(territory, Qt::Key_Down); // metropolitan France
    QTest::keyClick(territory, Qt::Key_Down); // Guadeloupe (971)
    QCOMPARE(territory->currentData().toString(), QStringLiteral("971"));
    QVERIFY(!find<QLabel>("territoryError")->isVisible());
    auto *document = find<QComboBox>("documentCombo");
    document->setFocus();
    QTest::keyClick(document, Qt::Key_Down); // French identity card
    QTest::keyClick(document, Qt::Key_Down); // French passport
    QTest::keyClick(document, Qt::Key_Down); // foreign document
    QCOMPARE(document->currentData().toString(), QStringLiteral("foreign_id"));
    // Yes / no with the keyboard.
    auto *smartphone = find<QRadioButton>("smartphoneYes");
    smartphone->setFocus();
    QTest::keyClick(smartphone, Qt::Key_Space);
    QCOMPARE(m_model->profile().hasSmartphone, std::optional(true));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), WizardStep::Profile); // the school question is still open
    QVERIFY(find<QLabel>("schoolError")->isVisible());
    QVERIFY(find<QRadioButton>("schoolYes")->hasFocus());
    QTest::keyClick(find<QRadioButton>("schoolNo"), Qt::Key_Space);
    QCOMPARE(m_model->profile().hasEduConnect, std::optional(false));
    QVERIFY(!find<QLabel>("whyNextDisabled")->isVisible());

    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard->currentStep(), WizardStep::Result);
    // The answer card: the headline, the amount, the one thing to do by its date, the document.
    QCOMPARE(find<QLabel>("answerHeadline")->text(), QStringLiteral("Oui, le pass Culture est pour toi"));
    QVERIFY(find<QLabel>("answerAmount")->text().contains(QStringLiteral("50")));
    const QString action = find<QLabel>("answerAction")->text();
    QVERIFY2(action.contains(QStringLiteral("Démarche Numérique")) &&
                 action.contains(QStringLiteral("14\u00a0mars\u00a02027")),
             qPrintable(action));
    QVERIFY(find<QLabel>("answerDocument")->text().contains(QStringLiteral("justificatif de domicile")));
    QVERIFY(find<QWidget>("eligibilityTimeline")->isVisible());
    // The counselor's details are folded; Space on their button opens them, and they say the same
    // route as the card (one identity plan).
    auto *details = find<QWidget>("counselorDetails");
    auto *toggle = find<QToolButton>("counselorDetailsToggle");
    QVERIFY(!details->isVisible());
    QVERIFY(!toggle->accessibleName().isEmpty());
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(details->isVisible());
    QVERIFY(find<QLabel>("detailIdentityRoute")->text().contains(QStringLiteral("Démarche Numérique")));
    QVERIFY(!find<QLabel>("detailIdentityRoute")->text().contains(QStringLiteral("Confirme ton identité dans l")));
    QVERIFY(find<QLabel>("detailCaptures")->text().contains(QStringLiteral("Justificatif de domicile")));
    QVERIFY(find<QLabel>("detailConfirmBefore")->text().contains(QStringLiteral("14\u00a0mars\u00a02027")));
    QVERIFY(find<QLabel>("detailRules")->text().contains(QStringLiteral("R3")));
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(!details->isVisible());
    const QUuid sessionId = m_model->id();

    // On with the keyboard through what they like ("je ne sais pas") and the offers to the summary,
    // the last page, whose Finish saves (those steps are tested in TestOffersPages).
    QVERIFY(!wizard->button(QWizard::FinishButton)->isVisible());
    walkToSummary();
    auto *finish = wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    finish->setFocus();
    QTest::keyClick(finish, Qt::Key_Space);

    QCOMPARE(m_store->count(), 1);
    QString error;
    const auto record = m_store->load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->input.birthDate, QDate(2009, 3, 15));
    QCOMPARE(record->input.nationality, Nationality::Other);
    QCOMPARE(record->input.residentSince, QDate(2025, 9, 1));
    QCOMPARE(record->input.territory, QStringLiteral("971"));
    QCOMPARE(record->input.appointmentDate, QDate(2026, 11, 26));
    QCOMPARE(record->document, IdentityDocument::ForeignId);
    QCOMPARE(record->result.status, EligibilityStatus::Eligible);
    QCOMPARE(record->result.rulesetId, QStringLiteral("R3"));
    QCOMPARE(record->result.amount, 50.0);
    QCOMPARE(record->identityPlan.route, IdentityRoute::DemarcheNumerique);
    QCOMPARE(record->appVersion, QStringLiteral("test"));
    QCOMPARE(record->deviceId, m_db->deviceId());
    QCOMPARE(record->completedUtc, m_clock->nowUtc());

    // Ready for the next person: welcome page, a new session, nothing of the previous one.
    QCOMPARE(wizard->currentStep(), WizardStep::Welcome);
    QVERIFY(wizard->isVisible());
    QVERIFY(m_model->id() != sessionId);
    QVERIFY(m_model->profile().birth.isEmpty());
}

void TestSessionWizard::schoolCodesGiveTheEduConnectRoute()
{
    QTest::mouseClick(next(), Qt::LeftButton);
    typeDate("birth", "15", "03", "2009");
    auto *school = find<QRadioButton>("schoolYes");
    QVERIFY(!school->isChecked());
    QVERIFY(!school->accessibleName().isEmpty());
    school->setFocus();
    QTest::keyClick(school, Qt::Key_Space);
    test::answerProfileQuestions(m_window);
    QCOMPARE(m_model->profile().hasEduConnect, std::optional(true));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window->wizard()->currentStep(), WizardStep::Result);
    const QString route = find<QLabel>("detailIdentityRoute")->text();
    QVERIFY2(route.contains(QStringLiteral("ÉduConnect")), qPrintable(route));
    QCOMPARE(find<QLabel>("detailCaptures")->text(), QStringLiteral("aucune"));
    QVERIFY(find<QLabel>("answerAction")->text().contains(QStringLiteral("ÉduConnect")));
    QVERIFY(find<QLabel>("answerDocument")->text().contains(QStringLiteral("Pas besoin de photo")));
    // No photos: straight to what they like.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window->wizard()->currentStep(), WizardStep::Interests);
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::EduConnect);
}

void TestSessionWizard::nextSaysWhatIsMissing()
{
    QTest::mouseClick(next(), Qt::LeftButton);
    auto *why = find<QLabel>("whyNextDisabled");
    QVERIFY(!why->isVisible()); // no scolding before Next is pressed
    QVERIFY(!find<QLabel>("nationalityError")->isVisible());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window->wizard()->currentStep(), WizardStep::Profile);
    QVERIFY(why->isVisible());
    QVERIFY(why->text().startsWith(QStringLiteral("Pour continuer")));
    typeDate("birth", "01", "01", "2030");
    QVERIFY(find<QLabel>("birthError")->text().contains(QStringLiteral("après la date du rendez-vous")));
    typeDate("birth", "01", "01", "2010");
    QVERIFY(!find<QLabel>("birthError")->isVisible());
    test::answerProfileQuestions(m_window);
    QVERIFY(!why->isVisible());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window->wizard()->currentStep(), WizardStep::Result);
}

void TestSessionWizard::aFailedSaveLosesNothing()
{
    QTest::mouseClick(next(), Qt::LeftButton);
    typeDate("birth", "10", "06", "2008");
    test::answerProfileQuestions(m_window);
    QTest::mouseClick(next(), Qt::LeftButton);
    walkToSummary();
    m_failSaves = true;
    QTest::mouseClick(m_window->wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_window->wizard()->currentStep(), WizardStep::Summary);
    auto *error = m_window->wizard()->currentPage()->findChild<QLabel *>(QStringLiteral("saveError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("disque plein")));
    QCOMPARE(m_store->count(), 0);
    m_failSaves = false;
    QTest::mouseClick(m_window->wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->page(0, 1).first().age, 18);
}

void TestSessionWizard::languageCanBeSwitchedToEnglish()
{
    auto *language = find<QComboBox>("languageCombo");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(next()->text(), QStringLiteral("&Next")); // LanguageChange is posted
    QTest::mouseClick(next(), Qt::LeftButton);
    typeDate("birth", "15", "03", "2009");
    test::answerProfileQuestions(m_window);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(find<QLabel>("answerHeadline")->text(), QStringLiteral("Yes, the pass Culture is for you"));
    QVERIFY(find<QLabel>("answerAction")->text().startsWith(QStringLiteral("Confirm your identity")));
    QCOMPARE(m_model->language(), QStringLiteral("en"));
    installTranslations(QStringLiteral("fr"));
}

QTEST_MAIN(TestSessionWizard)
#include "TestSessionWizard.moc"
