// SPDX-License-Identifier: GPL-3.0-or-later
// The records and the sync in the counselor's window, on a real data folder, the real keychain
// (scripts/test.sh starts a private Secret Service) and the real server on 127.0.0.1.
#include "SyncTestSupport.h"
#include "app/AppContext.h"
#include "app/CounselorRecords.h"
#include "app/ModeWindows.h"
#include "core/crypto/KeychainKeyStore.h"
#include "core/session/SessionModel.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/modes/CounselorTools.h"
#include "ui/records/HistoryModel.h"
#include "ui/records/HistoryView.h"
#include "ui/records/SyncStatusWidget.h"
#include "ui/wizard/SummaryPage.h"

#include "WizardTestBase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace passerelle;

class TestCounselorRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void draftIsOfferedAndResumedAtItsStep();
    void discardedDraftIsGone();
    void historyOpensAndErases();
    void statusBarGoesFromPendingToSent();
    void kioskAndDemoGetNoHistoryNorSync();

private:
    /** The app as main() builds it in counselor mode, on the same data folder each time. */
    void build();
    void tearDown();
    QAbstractButton *next() const { return m_window.wizard->button(QWizard::NextButton); }
    template <typename T> T *find(QObject *root, const char *name) const
    {
        auto *object = root->findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qWarning("no object named %s", name);
        return object;
    }
    /** Runs @p act on the next modal dialog (opened by what the caller does next). */
    void onNextModal(std::function<void(QWidget *)> act);
    void walkToOffers();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::AppContext> m_context;
    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    app::ModeWindow m_window;
    app::CounselorRecords *m_records = nullptr;
    bool m_modalSeen = false;
    QString m_category;
};

void TestCounselorRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("fr"));
    KeychainKeyStore probe;
    QByteArray secret;
    QString error;
    QVERIFY2(probe.read(QStringLiteral("passerelle-probe"), &secret, &error) != KeyStore::Status::Unavailable,
             "the keychain is not reachable: run through scripts/test.sh");
}

void TestCounselorRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    build();
    QVERIFY(m_context);
    QVERIFY(m_context->records().personalDataEnabled());
}

void TestCounselorRecords::cleanup()
{
    tearDown();
    m_dir.reset();
}

void TestCounselorRecords::build()
{
    app::AppOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.mode = AppMode::Counselor;
    QString error;
    m_context = app::AppContext::create(options, &error);
    QVERIFY2(m_context, qPrintable(error));
    m_model = std::make_unique<SessionModel>(m_context->engine(), m_context->clock());
    const QString settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    m_window = app::createModeWindow(
        AppMode::Counselor, *m_model, m_context->clock(), *m_settings,
        [this](QString *message) { return m_context->saveCompleted(*m_model, message); }, settingsFile);
    QVERIFY(m_window.counselor);
    QVERIFY(m_context->retention());
    m_context->retention()->start();
    m_records = new app::CounselorRecords(*m_context, *m_model, *m_window.mainWindow, *m_window.counselor);
    m_records->start();
    m_window.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.window.get()));
}

void TestCounselorRecords::tearDown()
{
    m_window = {};
    m_records = nullptr;
    m_model.reset();
    m_settings.reset();
    m_context.reset();
}

void TestCounselorRecords::onNextModal(std::function<void(QWidget *)> act)
{
    m_modalSeen = false;
    QTimer::singleShot(0, this, [this, act] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        m_modalSeen = true;
        act(QApplication::activeModalWidget());
    });
}

void TestCounselorRecords::walkToOffers()
{
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Profile);
    // Seventeen years old today: eligible, asked what they like.
    const QDate birth = m_context->clock().today().addYears(-17).addDays(-20);
    const std::pair<const char *, int> fields[] = {
        {"birthDay", birth.day()}, {"birthMonth", birth.month()}, {"birthYear", birth.year()}};
    for (const auto &[field, value] : fields) {
        auto *edit = find<QLineEdit>(m_window.window.get(), field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QString::number(value).rightJustified(2, QLatin1Char('0')));
    }
    test::answerProfileQuestions(m_window.window.get());
    for (int i = 0; i < 4 && m_window.wizard->currentStep() != WizardStep::Interests; ++i)
        QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Interests);
    // The first category tile (not "je ne sais pas").
    QAbstractButton *tile = nullptr;
    for (auto *button : m_window.window->findChildren<QAbstractButton *>()) {
        if (!tile && button->objectName().startsWith(QStringLiteral("tile_")) &&
            button->objectName() != QStringLiteral("tile_dont_know"))
            tile = button;
    }
    QVERIFY(tile);
    m_category = tile->objectName().mid(5);
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(m_model->chosenCategories(), QStringList{m_category});
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Offers);
}

void TestCounselorRecords::draftIsOfferedAndResumedAtItsStep()
{
    walkToOffers();
    const QUuid id = m_model->id();
    const ProfileForm profile = m_model->profile();
    QCOMPARE(m_model->chosenCategories(), QStringList{m_category});
    const auto saved = m_context->records().drafts().latest();
    QVERIFY(saved);
    QCOMPARE(saved->id, id);
    QCOMPARE(saved->step, WizardStep::Offers);
    QVERIFY(!m_records->draftKeeper().hasPending());

    // The computer is switched off; Passerelle starts again on the same folder.
    tearDown();
    build();
    QCOMPARE(m_model->chosenCategories(), QStringList());
    QString prompt;
    onNextModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("draftResumeDialog"));
        prompt = find<QLabel>(dialog, "draftResumeText")->text();
        QTest::mouseClick(find<QPushButton>(dialog, "draftResume"), Qt::LeftButton);
    });
    QVERIFY(m_records->offerDraft());
    QVERIFY(m_modalSeen);
    QVERIFY2(prompt.contains(QStringLiteral("minute")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QStringLiteral("Offres")), qPrintable(prompt));

    // Back on the step it was left at, with what was typed and chosen.
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Offers);
    QCOMPARE(m_model->id(), id);
    QCOMPARE(m_model->profile().birth.day, profile.birth.day);
    QCOMPARE(m_model->profile().birth.year, profile.birth.year);
    QCOMPARE(m_model->chosenCategories(), QStringList{m_category});
    QVERIFY(m_model->result());
    bool resumed = false;
    for (const auto &entry : m_context->records().audit().entries())
        resumed =
            resumed || (entry.kind() == AuditEvent::Resumed && entry.sessionId == id.toString(QUuid::WithoutBraces));
    QVERIFY(resumed);

    // The summary saved as a PDF is in the audit log; finishing stores the session and drops the draft.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Summary);
    auto *summary = qobject_cast<ui::SummaryPage *>(m_window.wizard->currentPage());
    QVERIFY(summary->savePdf(m_dir->filePath(QStringLiteral("summary.pdf"))));
    QCOMPARE(m_context->records().audit().entries().last().kind(), AuditEvent::Exported);
    QTest::mouseClick(m_window.wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_context->sessionStore().count(), 1);
    QCOMPARE(m_context->records().drafts().count(), 0);
    QVERIFY(!m_context->records().drafts().latest());
}

void TestCounselorRecords::discardedDraftIsGone()
{
    walkToOffers();
    QCOMPARE(m_context->records().drafts().count(), 1);
    tearDown();
    build();
    onNextModal([&](QWidget *dialog) { QTest::mouseClick(find<QPushButton>(dialog, "draftDiscard"), Qt::LeftButton); });
    QVERIFY(!m_records->offerDraft());
    QVERIFY(m_modalSeen);
    QCOMPARE(m_context->records().drafts().count(), 0);
    QCOMPARE(m_window.wizard->currentStep(), WizardStep::Welcome);
    // Nothing left to offer at the next start.
    QVERIFY(!m_records->offerDraft());
}

void TestCounselorRecords::historyOpensAndErases()
{
    QString error;
    for (int i = 0; i < 3; ++i)
        QVERIFY2(m_context->sessionStore().saveCompleted(test::makeSessionRecord(i), &error), qPrintable(error));
    // In the Tools menu, in French.
    QAction *action = m_records->historyAction();
    QVERIFY(m_window.counselor->menu()->actions().contains(action));
    QVERIFY(action->text().contains(QStringLiteral("Historique")));
    action->trigger();
    auto *dialog = m_window.window->findChild<QDialog *>(QStringLiteral("historyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *view = find<ui::HistoryView>(dialog, "historyView");
    auto *table = find<QTableView>(dialog, "historyTable");
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(find<QLabel>(dialog, "historyCount")->text().contains(QStringLiteral("3")));
    const QUuid erased = view->model().summary(1).id;
    table->selectRow(1);
    view->setConfirmation([](const QString &) { return true; });
    QTest::mouseClick(find<QPushButton>(dialog, "historyErase"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_context->sessionStore().count(), 2);
    QVERIFY(!m_context->sessionStore().load(erased));
    const auto last = m_context->records().audit().entries().last();
    QCOMPARE(last.kind(), AuditEvent::Deleted);
    QCOMPARE(last.sessionId, erased.toString(QUuid::WithoutBraces));
    QVERIFY(m_context->records().audit().verify().intact);
}

void TestCounselorRecords::statusBarGoesFromPendingToSent()
{
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    auto *status = find<QLabel>(m_window.window.get(), "syncStateLabel");
    QVERIFY(status);
    QVERIFY(m_window.mainWindow->statusBar()->isAncestorOf(status));
    QVERIFY2(status->text().contains(QStringLiteral("serveur")), qPrintable(status->text()));

    // Enrollment from the settings: a wrong code first, said under the fields; then the real one, pasted as QR text.
    const QString code = server.enrollmentCode();
    QString wrongMessage;
    QString okMessage;
    onNextModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
        auto *address = find<QLineEdit>(dialog, "serverAddressEdit");
        auto *codeEdit = find<QLineEdit>(dialog, "enrollmentCodeEdit");
        auto *message = find<QLabel>(dialog, "enrollmentMessage");
        address->setText(server.baseUrl());
        codeEdit->setText(QStringLiteral("AAAA-BBBB-CCCC"));
        QTest::mouseClick(find<QPushButton>(dialog, "enrollButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().contains(QStringLiteral("code")) && message->text().contains(QStringLiteral("⚠")), 10000);
        wrongMessage = message->text();
        address->clear();
        codeEdit->setText(QStringLiteral("passerelle-enroll:v1?server=%1&code=%2").arg(server.baseUrl(), code));
        QCOMPARE(address->text(), server.baseUrl());
        QTest::mouseClick(find<QPushButton>(dialog, "enrollButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->syncService()->isEnrolled(), 10000);
        okMessage = message->text();
        static_cast<QDialog *>(dialog)->reject();
    });
    m_window.counselor->openSettings();
    QVERIFY(m_modalSeen);
    QVERIFY2(!wrongMessage.isEmpty(), "the wrong code was not refused inline");
    QVERIFY2(!okMessage.contains(QStringLiteral("⚠")), qPrintable(okMessage));
    QTRY_VERIFY(!status->text().contains(QStringLiteral("pas encore")));

    // A session completed: the status bar says it waits, then that it is sent.
    QStringList seen;
    const SessionRecord record = test::makeSessionRecord(7);
    connect(m_context->syncService(), &sync::SyncService::countsChanged, this, [&] { seen << status->text(); });
    m_window.wizard->setCompleter(
        [&](QString *message) { return m_context->sessionStore().saveCompleted(record, message); });
    QVERIFY(m_window.wizard->completeSession(&error));
    QVERIFY2(!seen.isEmpty() && seen.first().contains(QStringLiteral("1 session en attente")),
             qPrintable(seen.join(QLatin1Char('|'))));
    QTRY_VERIFY_WITH_TIMEOUT(m_context->syncService()->pendingCount() == 0, 15000);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("Dernier envoi")), qPrintable(status->text()),
                              5000);
    const auto entry = m_context->syncService()->outbox().entry(record.id);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxState::Acknowledged);
    QVERIFY(!entry->receipt.isEmpty());
    QVERIFY(find<QPushButton>(m_window.window.get(), "syncNowButton")->isEnabled());
}

void TestCounselorRecords::kioskAndDemoGetNoHistoryNorSync()
{
    for (const AppMode mode : {AppMode::Kiosk, AppMode::Demo}) {
        app::AppOptions options;
        options.dataDir = m_dir->filePath(QStringLiteral("other"));
        options.mode = mode;
        QString error;
        const auto context = app::AppContext::create(options, &error);
        QVERIFY2(context, qPrintable(error));
        QVERIFY(!context->syncService());
        // A demo writes nothing, so it has nothing to purge either.
        QCOMPARE(context->retention() != nullptr, mode == AppMode::Kiosk);
        SessionModel model(context->engine(), context->clock());
        QSettings settings(m_dir->filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        auto window = app::createModeWindow(mode, model, context->clock(), settings, {}, settings.fileName());
        QVERIFY(!window.counselor);
        QVERIFY(!window.window->findChild<QAction *>(QStringLiteral("historyAction")));
        QVERIFY(!window.window->findChild<QWidget *>(QStringLiteral("syncStatus")));
    }
}

QTEST_MAIN(TestCounselorRecords)
#include "TestCounselorRecords.moc"
