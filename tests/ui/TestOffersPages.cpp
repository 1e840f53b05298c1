// SPDX-License-Identifier: GPL-3.0-or-later
// Walks from the result page through "what do you like?" (keyboard only), the tailored offers and
// the take-home summary to Finish, and checks the chosen categories in the record stored in a real
// SQLite file, and the one-page PDF saved to a folder and sent to a (PDF) printer.
#include "TestSupport.h"
#include "core/crypto/FieldCipher.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/Database.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"
#include "core/util/Money.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/SiteSettings.h"
#include "ui/wizard/SummaryPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "WizardTestBase.h"

using namespace passerelle;

Q_DECLARE_METATYPE(passerelle::ProfileForm)

namespace {

int pdfPages(const QString &path)
{
    const auto info = QString::fromUtf8(test::runProcess(QStringLiteral("pdfinfo"), {path}).out);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** Every question of the profile answered (nothing is chosen in advance). */
ProfileForm profile(const char *day, const char *month, const char *year, const char *territory = "metro")
{
    ProfileForm form;
    form.birth = {QString::fromLatin1(day), QString::fromLatin1(month), QString::fromLatin1(year)};
    form.nationality = Nationality::French;
    form.territory = QString::fromLatin1(territory);
    form.document = IdentityDocument::FrenchIdCard;
    form.hasSmartphone = true;
    form.hasEduConnect = false;
    return form;
}

/** The sentences a person reads on @p page: every visible label, split into sentences and lines. */
QStringList visibleSentences(QWidget *page)
{
    static const QRegularExpression split(QStringLiteral("\\n|(?<=[.!?])\\s+"));
    static const QRegularExpression bullet(QStringLiteral("^(\u2022|\\d+\\.)\\s*"));
    QStringList out;
    for (auto *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page))
            continue;
        for (QString sentence : label->text().split(split, Qt::SkipEmptyParts)) {
            sentence = sentence.remove(bullet).trimmed();
            if (sentence.count(QLatin1Char(' ')) >= 2) // a sentence, not a value such as "50 €"
                out << sentence;
        }
    }
    return out;
}

} // namespace

class TestOffersPages : public test::WizardTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fromResultToFinishWithTheKeyboard();
    void notEligibleGetsAKindClosingWithoutAmounts();
    void noSentenceOfTheResultIsRepeatedOnTheOffersPage_data();
    void noSentenceOfTheResultIsRepeatedOnTheOffersPage();

private:
    template <typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    ui::SessionWizard *wizard() const { return m_window->wizard(); }
    QAbstractButton *button(QWizard::WizardButton which) const { return wizard()->button(which); }
    void goToResult(const ProfileForm &form);
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
};

void TestOffersPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Mission Locale's details come from the app's settings: keep them in the test's folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    ui::setSiteSettings({QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89")});
    QVERIFY(FieldCipher::initialize());
}

void TestOffersPages::init()
{
    openWizard();
}

void TestOffersPages::cleanup()
{
    closeWizard();
}

void TestOffersPages::goToResult(const ProfileForm &form)
{
    m_model->setProfile(form);
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard()->currentStep(), WizardStep::Profile);
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard()->currentStep(), WizardStep::Result);
}

void TestOffersPages::fromResultToFinishWithTheKeyboard()
{
    goToResult(profile("10", "6", "2008")); // 18 on the appointment date
    QCOMPARE(m_model->result()->status, EligibilityStatus::Eligible);
    // The flow goes on: Next, not Finish, on the result page.
    QVERIFY(button(QWizard::NextButton)->isVisible());
    QVERIFY(!button(QWizard::FinishButton)->isVisible());
    button(QWizard::NextButton)->setFocus();
    press(Qt::Key_Space);
    // A step between the result and the interests (taking pictures of the documents) is passed by.
    for (int extra = 0; extra < 2 && wizard()->currentStep() != WizardStep::Interests; ++extra) {
        button(QWizard::NextButton)->setFocus();
        press(Qt::Key_Space);
    }
    QCOMPARE(wizard()->currentStep(), WizardStep::Interests);
    QCOMPARE(wizard()->currentPage()->title(), QStringLiteral("Qu’est-ce que tu aimes\u00a0?"));

    // No answer yet: Next waits, and says why.
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("interestsHint"))->isVisible());
    auto *concerts = find<QAbstractButton>(QStringLiteral("tile_MUSIQUE_LIVE"));
    auto *games = find<QAbstractButton>(QStringLiteral("tile_JEU"));
    auto *dontKnow = find<QAbstractButton>(QStringLiteral("tile_dont_know"));
    QCOMPARE(concerts->accessibleName(), QStringLiteral("Concerts"));
    QCOMPARE(dontKnow->accessibleName(), QStringLiteral("Je ne sais pas"));
    QVERIFY(!concerts->accessibleDescription().isEmpty());

    // The first tile has the focus; Space chooses it, and the tick says so, not only a colour.
    QCOMPARE(focusName(), QStringLiteral("tile_MUSIQUE_LIVE"));
    press(Qt::Key_Space);
    QVERIFY(concerts->isChecked());
    QVERIFY(concerts->text().startsWith(QStringLiteral("\u2714")));
    QVERIFY(QAccessible::queryAccessibleInterface(concerts)->state().checked);
    QCOMPARE(m_model->chosenCategories(), QStringList{QStringLiteral("MUSIQUE_LIVE")});
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QVERIFY(!find<QLabel>(QStringLiteral("interestsHint"))->isVisible());

    // Arrows move in the grid: right to the next tile, down to the tile below.
    press(Qt::Key_Right);
    QCOMPARE(focusName(), QStringLiteral("tile_MUSIQUE_ENREGISTREE"));
    const QPoint above = QApplication::focusWidget()->mapTo(m_window, QPoint());
    press(Qt::Key_Down);
    const QPoint below = QApplication::focusWidget()->mapTo(m_window, QPoint());
    QVERIFY(focusName().startsWith(QStringLiteral("tile_")));
    QCOMPARE(below.x(), above.x());
    QVERIFY(below.y() > above.y());
    // Tab goes from tile to tile too; Down at the bottom stops on "I don't know".
    press(Qt::Key_Tab);
    QVERIFY(focusName().startsWith(QStringLiteral("tile_")));
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_Down);
    QCOMPARE(focusName(), QStringLiteral("tile_dont_know"));

    // "I don't know" is an answer, and it clears the others.
    press(Qt::Key_Space);
    QVERIFY(dontKnow->isChecked());
    QVERIFY(!concerts->isChecked());
    QVERIFY(m_model->chosenCategories().isEmpty());
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    press(Qt::Key_Space);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());

    // Games, then concerts: both kept, in the order chosen; choosing one unticks "I don't know".
    press(Qt::Key_Space);
    QVERIFY(dontKnow->isChecked());
    while (focusName() != QStringLiteral("tile_JEU") && focusName() != QStringLiteral("tile_MUSIQUE_LIVE"))
        press(Qt::Key_Left);
    QCOMPARE(focusName(), QStringLiteral("tile_JEU"));
    press(Qt::Key_Space);
    QVERIFY(games->isChecked());
    QVERIFY(!dontKnow->isChecked());
    while (focusName() != QStringLiteral("tile_MUSIQUE_LIVE"))
        press(Qt::Key_Left);
    press(Qt::Key_Space);
    const QStringList chosen{QStringLiteral("JEU"), QStringLiteral("MUSIQUE_LIVE")};
    QCOMPARE(m_model->chosenCategories(), chosen);

    button(QWizard::NextButton)->setFocus();
    press(Qt::Key_Space);
    QCOMPARE(wizard()->currentStep(), WizardStep::Offers);
    // Chosen first, in the order chosen, with their examples; the amounts of this person's result.
    auto *chosenBox = find<QWidget>(QStringLiteral("chosenCategories"));
    const auto blocks = chosenBox->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^category_")));
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0)->objectName(), QStringLiteral("category_JEU"));
    QCOMPARE(blocks.at(1)->objectName(), QStringLiteral("category_MUSIQUE_LIVE"));
    QVERIFY(find<QLabel>(QStringLiteral("categoryExamples_MUSIQUE_LIVE"))->text().contains(QStringLiteral("rap")));
    // The answer in one line (said in full on the result page), with this person's amount.
    const QString amount = formatAmount(m_model->result()->amount, m_model->result()->currency);
    const QString reminder = find<QLabel>(QStringLiteral("answerReminder"))->text();
    QVERIFY2(reminder.startsWith(QStringLiteral("Pour rappel")) && reminder.contains(amount), qPrintable(reminder));
    QVERIFY(!reminder.contains(QLatin1Char('\n')));
    QVERIFY(find<QLabel>(QStringLiteral("howToBookTitle"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("howToBookSteps"))->text().startsWith(QStringLiteral("1. ")));
    // The other categories are one keypress away.
    auto *others = find<QWidget>(QStringLiteral("otherCategories"));
    QVERIFY(!others->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("category_CINEMA"))->isVisible());
    auto *showOthers = find<QAbstractButton>(QStringLiteral("showOthersButton"));
    QVERIFY(showOthers->text().contains(QStringLiteral("12")));
    showOthers->setFocus();
    press(Qt::Key_Space);
    QVERIFY(others->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("category_CINEMA"))->isVisible());
    QCOMPARE(others->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^category_"))).size(), 12);

    button(QWizard::NextButton)->setFocus();
    press(Qt::Key_Space);
    QCOMPARE(wizard()->currentStep(), WizardStep::Summary);
    QVERIFY(!button(QWizard::NextButton)->isVisible());
    QVERIFY(button(QWizard::FinishButton)->isVisible());
    const QString preview = find<QTextBrowser>(QStringLiteral("summaryPreview"))->toPlainText();
    for (const QString &expected :
         {QStringLiteral("Jeux"), QStringLiteral("Concerts"), QStringLiteral("Mission Locale du Val Test")})
        QVERIFY2(preview.contains(expected), qPrintable(expected));

    // Save the PDF into the folder the counselor picks (".pdf" is added when left out).
    auto *page = qobject_cast<ui::SummaryPage *>(wizard()->currentPage());
    QVERIFY(page);
    QTemporaryDir folder;
    QString suggested;
    page->setPathChooser([&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return folder.filePath(QStringLiteral("resume"));
    });
    auto *save = find<QAbstractButton>(QStringLiteral("savePdfButton"));
    QCOMPARE(save->accessibleName(), QStringLiteral("Enregistrer le résumé en fichier PDF"));
    save->setFocus();
    press(Qt::Key_Space);
    QVERIFY(suggested.endsWith(QStringLiteral("pass-culture-2026-11-26.pdf")));
    const QString pdf = folder.filePath(QStringLiteral("resume.pdf"));
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = test::pdfText(pdf);
    const QString amountAsText =
        QString(amount).replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    for (const QString &expected : {amountAsText, QStringLiteral("Jeux"), QStringLiteral("Concerts"),
                                    QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    QVERIFY(find<QLabel>(QStringLiteral("summaryStatus"))->text().contains(QStringLiteral("resume.pdf")));

    // Printing paints the same single page (a PDF printer stands in for the real one).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFileName(folder.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(page->print(printer)); // the painter's end() writes the file
    QCOMPARE(pdfPages(folder.filePath(QStringLiteral("printed.pdf"))), 1);
    QVERIFY(test::pdfText(folder.filePath(QStringLiteral("printed.pdf"))).contains(QStringLiteral("Jeux")));

    // Finish on the last page saves the session with its choices (ids, in order).
    const QUuid sessionId = m_model->id();
    button(QWizard::FinishButton)->setFocus();
    press(Qt::Key_Space);
    QCOMPARE(m_store->count(), 1);
    QString error;
    const auto record = m_store->load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->chosenCategories, chosen);
    QCOMPARE(record->result.status, EligibilityStatus::Eligible);
    QCOMPARE(wizard()->currentStep(), WizardStep::Welcome);
    QVERIFY(m_model->chosenCategories().isEmpty());
}

void TestOffersPages::notEligibleGetsAKindClosingWithoutAmounts()
{
    goToResult(profile("1", "1", "2000")); // 26
    QCOMPARE(m_model->result()->status, EligibilityStatus::TooOld);
    QVERIFY(!button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    // No question about tastes: straight to ideas, with no amount; what exists instead was said
    // first on the result page, so here it is one line.
    QCOMPARE(wizard()->currentStep(), WizardStep::Offers);
    QVERIFY(find<QLabel>(QStringLiteral("answerReminder"))->text().contains(QStringLiteral("bons plans")));
    QVERIFY(!find<QLabel>(QStringLiteral("howToBookTitle"))->isVisible());
    for (auto *label : find<QWidget>(QStringLiteral("offersContent"))->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("€")), qPrintable(label->text()));
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard()->currentStep(), WizardStep::Summary);
    QVERIFY(!find<QTextBrowser>(QStringLiteral("summaryPreview"))->toPlainText().contains(QStringLiteral("€")));
    const QUuid sessionId = m_model->id();
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_store->count(), 1);
    QString error;
    const auto record = m_store->load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QVERIFY(record->chosenCategories.isEmpty());
    QCOMPARE(record->result.status, EligibilityStatus::TooOld);
}

void TestOffersPages::noSentenceOfTheResultIsRepeatedOnTheOffersPage_data()
{
    QTest::addColumn<ProfileForm>("form");
    QTest::newRow("eligible 17") << profile("15", "3", "2009");
    QTest::newRow("eligible 18") << profile("10", "6", "2008");
    QTest::newRow("free offers 16") << profile("10", "6", "2010");
    QTest::newRow("too young") << profile("1", "6", "2012");
    QTest::newRow("too old") << profile("1", "1", "2000");
    QTest::newRow("not covered") << profile("10", "6", "2008", "abroad");
    ProfileForm residence = profile("10", "6", "2008");
    residence.nationality = Nationality::Other;
    residence.residentSince = {QStringLiteral("26"), QStringLiteral("3"), QStringLiteral("2026")};
    residence.document = IdentityDocument::ResidencePermit;
    QTest::newRow("residence wait") << residence;
}

void TestOffersPages::noSentenceOfTheResultIsRepeatedOnTheOffersPage()
{
    QFETCH(ProfileForm, form);
    goToResult(form);
    // Everything the result page can show, the counselor's details included.
    auto *toggle = find<QAbstractButton>(QStringLiteral("counselorDetailsToggle"));
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(find<QWidget>(QStringLiteral("counselorDetails"))->isVisible());
    const QStringList result = visibleSentences(wizard()->currentPage());
    QVERIFY(result.size() >= 2);
    for (int step = 0; step < 4 && wizard()->currentStep() != WizardStep::Offers; ++step) {
        if (wizard()->currentStep() == WizardStep::Interests)
            find<QAbstractButton>(QStringLiteral("tile_dont_know"))->click();
        QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
    }
    QCOMPARE(wizard()->currentStep(), WizardStep::Offers);
    const QStringList offers = visibleSentences(wizard()->currentPage());
    QVERIFY(!offers.isEmpty());
    for (const QString &sentence : offers)
        QVERIFY2(!result.contains(sentence), qPrintable(QStringLiteral("said twice: ") + sentence));
    // The offers page still carries the answer, in one line.
    QVERIFY(find<QLabel>(QStringLiteral("answerReminder"))->isVisible());
}

QTEST_MAIN(TestOffersPages)
#include "TestOffersPages.moc"
