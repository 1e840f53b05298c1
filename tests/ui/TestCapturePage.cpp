// SPDX-License-Identifier: GPL-3.0-or-later
// The capture step driven like at the desk: the page is fed by the scripted source (the camera's
// path: FrameSource -> analysis worker -> auto-capture), and by the real camera source where
// there is no camera. Set PASSERELLE_SCREENSHOT_DIR to also write the page's screenshots there.
#include "DocumentSceneGenerator.h"
#include "Profiles.h"
#include "app/AppContext.h"
#include "core/capture/CaptureOutput.h"
#include "core/capture/CaptureVerdict.h"
#include "core/capture/DemoFrameSource.h"
#include "core/capture/ScriptedFrameSource.h"
#include "core/capture/SideCheck.h"
#include "core/capture/SpecimenRenderer.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionDraft.h"
#include "core/session/SessionModel.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/Theme.h"
#include "ui/capture/CameraFrameSource.h"
#include "ui/capture/CapturePreview.h"
#include "ui/capture/CaptureReview.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/CapturePage.h"
#include "ui/wizard/SessionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace passerelle;

namespace {
/** Records the busy reports the window gets (what pauses the kiosk's idle timer). */
class BusyRecorder : public QObject
{
public:
    QList<bool> reports;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == ui::BusyEvent::eventType()) {
            const auto *busy = static_cast<ui::BusyEvent *>(event);
            if (busy->reason() == QLatin1String("capture"))
                reports << busy->busy();
        }
        return false;
    }
};
} // namespace

class TestCapturePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void autoCaptureThenRetakeThenKeep();
    void backStepRefusesTheFrontAgain();
    void manualCaptureWithAFailingCheckWarns();
    void shutterBeforeAnyAnalysisStillTakesThePicture();
    void withoutACameraTheDemoSaysSo();
    void noCameraSaysSoAndOffersImport();
    void cameraLostMidCaptureKeepsWhatWasTaken();
    void expiredDocumentSwitchesToDemarcheNumerique();
    void onlyForWhoCanSignUpNow();
    void kioskOpensNoFileDialog();
    void keptPicturesAreSavedWithTheRecord();
    void eachRouteSaysWhyThePicturesAreTaken();
    void inAppCheckKeepsNoPicture();
    void shutterIsTheOnePrimaryButton();
    void expiryIsAskedWithWhereToLook();
    void inAppCheckSavesNoFile();
    void shutterAndPictureInViewAtLargeText_data();
    void shutterAndPictureInViewAtLargeText();

private:
    template <typename T> T *find(const char *name) const
    {
        auto *widget = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    /** Opens the wizard on the capture page, frames from @p factory. */
    void openCapturePage(ui::FrameSourceFactory factory, const char *birthYear = "2008");
    void shoot(const QString &name) const;
    /** The app's composition root over a real SQLite file in @p dir, its data key in memory. */
    static std::unique_ptr<app::AppContext> realRecords(const QTemporaryDir &dir, QString *error);
    static QImage scene(double coverage);

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<ui::SessionWizard> m_wizard;
    ui::CapturePage *m_page = nullptr;
    ScriptedFrameSource *m_script = nullptr;
};

void TestCapturePage::init()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("fr"));
    m_book = RuleBook::builtIn();
    m_engine = std::make_unique<EligibilityEngine>(m_book);
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    m_model = std::make_unique<SessionModel>(*m_engine, *m_clock);
    m_wizard = std::make_unique<ui::SessionWizard>(*m_model);
    m_wizard->resize(900, 760);
    m_page = qobject_cast<ui::CapturePage *>(m_wizard->page(int(WizardStep::Capture)));
    QVERIFY(m_page);
    m_script = nullptr;
}

void TestCapturePage::cleanup()
{
    m_wizard.reset();
    m_model.reset();
}

QImage TestCapturePage::scene(double coverage)
{
    test::SceneSpec spec;
    spec.seed = 7;
    spec.coverage = coverage;
    return test::renderScene(spec).image;
}

void TestCapturePage::openCapturePage(ui::FrameSourceFactory factory, const char *birthYear)
{
    m_page->setFrameSourceFactory(std::move(factory));
    m_model->setProfile(test::answeredProfile("10", "6", birthYear));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentStep(), WizardStep::Result);
    m_wizard->next();
}

void TestCapturePage::shoot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestCapturePage::autoCaptureThenRetakeThenKeep()
{
    // The desk alone, then the card too far, then the card well placed and still.
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 6);
        m_script->append(scene(0.08), 8);
        m_script->append(scene(0.4), 30);
        m_script->setLooping(true);
        return m_script;
    });
    QCOMPARE(m_wizard->currentStep(), WizardStep::Capture);
    QCOMPARE(m_page->currentCapture(), std::optional(CaptureCode::IdFront));
    QStringList said;
    connect(m_page, &ui::CapturePage::guidanceChanged, this, [&](const QString &message) { said << message; });
    // After the page's own slot: the outline drawn is the one of this analysis.
    bool shot = false;
    connect(m_page->captureSession(), &CaptureSession::analysisReady, this, [&](const CaptureAnalysis &analysis) {
        if (analysis.isOk() && !shot && !m_page->isReviewing()) {
            shot = true;
            shoot(QStringLiteral("capture-live"));
        }
    });
    QSignalSpy inView(m_page, &ui::CapturePage::documentInViewChanged);
    BusyRecorder busy;
    m_wizard->installEventFilter(&busy);

    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReviewing(), 20000);
    // Guidance came one sentence at a time, the most useful first.
    const qsizetype notFound = said.indexOf(verdictMessage(CaptureVerdict::NotFound, DocumentKind::Id1));
    const qsizetype closer = said.indexOf(verdictMessage(CaptureVerdict::TooSmall, DocumentKind::Id1));
    const qsizetype still = said.indexOf(holdStillMessage());
    QVERIFY2(notFound >= 0 && closer > notFound && still > closer, qPrintable(said.join(QStringLiteral(" | "))));
    QVERIFY(!inView.isEmpty() && inView.first().first().toBool());
    QVERIFY(!m_page->documentInView()); // the camera stops during the review
    // The window was told (a kiosk pauses its idle timer while a card is in view), then released.
    QVERIFY(busy.reports.size() >= 2);
    QVERIFY(busy.reports.first());
    QVERIFY(!busy.reports.last());

    // The review shows the straightened card, without a warning (every check passed).
    auto *picture = find<QLabel>("reviewPicture");
    QVERIFY(picture->isVisible());
    QVERIFY(!find<QLabel>("reviewWarning")->isVisible());
    const QPixmap shown = picture->pixmap();
    QVERIFY(!shown.isNull());
    QVERIFY(std::abs(double(shown.width()) / shown.height() - 85.60 / 53.98) < 0.08);
    shoot(QStringLiteral("capture-review"));

    QTest::mouseClick(find<QAbstractButton>("retakeButton"), Qt::LeftButton);
    QVERIFY(!m_page->isReviewing());
    QVERIFY(find<QWidget>("capturePreview")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReviewing(), 20000);
    auto *keep = find<QAbstractButton>("keepButton");
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);

    QCOMPARE(m_model->captureOutcome(CaptureCode::IdFront), std::optional(CaptureOutcome::Retaken));
    const QByteArray jpeg = m_model->captureImages().value(CaptureCode::IdFront);
    QVERIFY(jpeg.startsWith("\xFF\xD8"));
    QVERIFY(jpeg.size() < 1500 * 1000);
    // Then the back, with the prompt to turn the card over.
    QCOMPARE(m_page->currentCapture(), std::optional(CaptureCode::IdBack));
    QVERIFY(find<QLabel>("capturePrompt")->isVisible());
    QCOMPARE(find<QLabel>("capturePrompt")->text(), flipCardMessage());

    QTest::mouseClick(find<QAbstractButton>("skipButton"), Qt::LeftButton);
    QCOMPARE(m_model->captureOutcome(CaptureCode::IdBack), std::optional(CaptureOutcome::Skipped));
    QVERIFY(!m_page->currentCapture());
    QVERIFY(find<QLabel>("captureDoneList")->isVisible());
    QVERIFY(find<QAbstractButton>("saveFilesButton")->isEnabled());

    // The files the counselor uploads, on Démarche Numérique (here the document turns out expired; the in-app
    // check writes none: inAppCheckSavesNoFile): one JPEG per kept picture and one PDF.
    m_model->setDocumentExpiry(QDate(2026, 11, 3));
    QTemporaryDir folder;
    QVERIFY(m_page->saveFilesTo(folder.path()));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), (QStringList{"1-id_front.jpg", "documents.pdf"}));
    QFile pdf(QDir(folder.path()).filePath(QStringLiteral("documents.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(!m_page->saveFilesTo(folder.filePath(QStringLiteral("missing"))));
    QVERIFY(find<QLabel>("saveStatus")->text().startsWith(QStringLiteral("⚠")));

    m_wizard->next();
    QCOMPARE(m_wizard->currentStep(), WizardStep::Interests);
    QVERIFY(!m_script->isActive());
}

void TestCapturePage::backStepRefusesTheFrontAgain()
{
    const QImage front = test::cardOnDesk(SpecimenRenderer::renderDocument(DocumentKind::Id1, 8.0, 41));
    const QImage back = test::cardOnDesk(SpecimenRenderer::renderCardBack(8.0, 41));
    openCapturePage([this, front](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(front, 30);
        m_script->setLooping(true);
        return m_script;
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReviewing(), 20000);
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentCapture(), std::optional(CaptureCode::IdBack));
    QStringList said;
    connect(m_page, &ui::CapturePage::guidanceChanged, this, [&](const QString &message) { said << message; });

    // The young person did not turn the card: the front again is not taken for the back.
    QTRY_VERIFY_WITH_TIMEOUT(said.contains(sameSideMessage()), 20000);
    QTest::qWait(1500);
    QVERIFY(!m_page->isReviewing());
    QVERIFY(m_model->captureImages().value(CaptureCode::IdBack).isEmpty());

    // Turned over: the back is taken by itself, without a warning.
    m_script->setFrames({SpecimenRenderer::renderDesk({1280, 720}, 5), back});
    m_script->rewind();
    m_script->append(back, 30);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isReviewing(), 20000);
    QVERIFY(!find<QLabel>("reviewWarning")->isVisible());
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QCOMPARE(m_model->captureOutcome(CaptureCode::IdBack), std::optional(CaptureOutcome::Accepted));
    const QImage keptBack = QImage::fromData(m_model->captureImages().value(CaptureCode::IdBack), "JPEG");
    const QImage keptFront = QImage::fromData(m_model->captureImages().value(CaptureCode::IdFront), "JPEG");
    QVERIFY(sideSimilarity(keptFront, keptBack) < kSameSideSimilarity);
}

void TestCapturePage::manualCaptureWithAFailingCheckWarns()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(scene(0.08), 10);
        m_script->setLooping(true);
        return m_script;
    });
    const QString closer = verdictMessage(CaptureVerdict::TooSmall, DocumentKind::Id1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->captureSession()->latestAnalysis().verdict == CaptureVerdict::TooSmall, 20000);
    QVERIFY(!m_page->isReviewing()); // never automatic while a check fails
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(m_page->isReviewing());
    auto *warning = find<QLabel>("reviewWarning");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(closer), qPrintable(warning->text()));
    QVERIFY(warning->text().startsWith(QStringLiteral("⚠"))); // not by colour alone
    // Keeping it anyway is the counselor's choice.
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QCOMPARE(m_model->captureOutcome(CaptureCode::IdFront), std::optional(CaptureOutcome::Accepted));
}

void TestCapturePage::shutterBeforeAnyAnalysisStillTakesThePicture()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->setIntervalMs(3'600'000); // frames only when the test steps
        m_script->append(scene(0.4), 2);
        return m_script;
    });
    QVERIFY(m_script->step()); // shown at once; its analysis comes back later, through the event loop
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(m_page->isReviewing());
    QVERIFY(!find<QLabel>("reviewWarning")->isVisible()); // checked on the spot, and it passes
    const QImage picture = m_page->findChild<ui::CaptureReview *>()->picture();
    QVERIFY(std::abs(double(picture.width()) / picture.height() - 85.60 / 53.98) < 0.08); // straightened
}

void TestCapturePage::withoutACameraTheDemoSaysSo()
{
    openCapturePage(ui::demoSource());
    QVERIFY(qobject_cast<DemoFrameSource *>(m_page->frameSource()));
    auto *notice = find<QLabel>("captureNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->text().startsWith(QStringLiteral("⚠"))); // a notice, not an error
    QVERIFY(find<QAbstractButton>("importButton")->isVisible());
    auto *preview = m_page->findChild<ui::CapturePreview *>();
    QTRY_VERIFY_WITH_TIMEOUT(!preview->latestFrame().isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->guidance().isEmpty(), 10000);
    m_wizard->back();
    QVERIFY(!m_page->frameSource()->isActive()); // leaving the page stops the frames
}

void TestCapturePage::noCameraSaysSoAndOffersImport()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("a camera is plugged in here");
    openCapturePage([](QObject *parent) { return new ui::CameraFrameSource(parent); });
    auto *notice = find<QLabel>("captureNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(QStringLiteral("⚠")));
    QVERIFY(find<QAbstractButton>("importButton")->isVisible());
    QVERIFY(find<QAbstractButton>("shutterButton")->isVisible());
    // The shutter says there is no picture rather than doing nothing.
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(!m_page->isReviewing());

    // An unreadable file is refused; a photo goes through the same checks and the review.
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.jpg"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    QVERIFY(!m_page->importFile(text));
    const QString photo = dir.filePath(QStringLiteral("card.png"));
    QVERIFY(scene(0.4).save(photo));
    QVERIFY(m_page->importFile(photo));
    QVERIFY(m_page->isReviewing());
    QVERIFY(!find<QLabel>("reviewWarning")->isVisible());
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QCOMPARE(m_model->captureOutcome(CaptureCode::IdFront), std::optional(CaptureOutcome::Imported));
    // A blurry, too distant photo is imported with the warning.
    const QString far = dir.filePath(QStringLiteral("far.png"));
    QVERIFY(scene(0.08).save(far));
    QVERIFY(m_page->importFile(far));
    QVERIFY(find<QLabel>("reviewWarning")->isVisible());
}

void TestCapturePage::cameraLostMidCaptureKeepsWhatWasTaken()
{
    // The frame source is the camera's seam: a camera that stops (unplugged, driver error) emits
    // errorOccurred and goes inactive, which is what the scripted source does here.
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->setIntervalMs(3'600'000); // frames only when the test steps
        m_script->append(scene(0.4), 40);
        return m_script;
    });
    QVERIFY(m_script->step());
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(m_page->isReviewing());
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentCapture(), std::optional(CaptureCode::IdBack));
    const QByteArray front = m_model->captureImages().value(CaptureCode::IdFront);
    QVERIFY(!front.isEmpty());
    QVERIFY(m_script->step());
    auto *preview = m_page->findChild<ui::CapturePreview *>();
    QVERIFY(!preview->latestFrame().isNull());

    // The camera goes away in the middle of the back.
    const QString lost = QStringLiteral("The camera was unplugged. Plug it back in, or import a photo from a file.");
    m_script->stop();
    emit m_script->errorOccurred(lost);
    auto *notice = find<QLabel>("captureNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(QStringLiteral("⚠"))); // an error, not by colour alone
    QVERIFY(notice->text().contains(lost));
    QVERIFY(preview->latestFrame().isNull()); // no frozen picture that looks live
    auto *import = find<QAbstractButton>("importButton");
    QVERIFY(import->isVisible());
    QVERIFY(import->hasFocus());
    // Nothing lost: the front is kept, the page still asks for the back, the shutter does nothing harmful.
    QCOMPARE(m_model->captureImages().value(CaptureCode::IdFront), front);
    QCOMPARE(m_page->currentCapture(), std::optional(CaptureCode::IdBack));
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(!m_page->isReviewing());

    // Plugged back in: the notice goes, frames and guidance come back, the back can be taken.
    m_script->start();
    QVERIFY(!notice->isVisible() || !notice->text().contains(lost));
    QVERIFY(m_script->step());
    QVERIFY(!preview->latestFrame().isNull());
    QTest::mouseClick(find<QAbstractButton>("shutterButton"), Qt::LeftButton);
    QVERIFY(m_page->isReviewing());
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QVERIFY(!m_model->captureImages().value(CaptureCode::IdBack).isEmpty());
    QCOMPARE(m_model->captureImages().value(CaptureCode::IdFront), front);
}

void TestCapturePage::expiredDocumentSwitchesToDemarcheNumerique()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 4);
        return m_script;
    });
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::InAppCheck);
    QVERIFY(find<QLabel>("captureStepTitle")->text().contains(QStringLiteral("2")));
    for (const auto &[field, text] : {std::pair{"expiryDay", "03"}, {"expiryMonth", "11"}, {"expiryYear", "2026"}}) {
        auto *edit = find<QLineEdit>(field);
        edit->setFocus();
        QTest::keyClicks(edit, QString::fromLatin1(text));
    }
    QVERIFY(m_model->documentExpired());
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::DemarcheNumerique);
    // A French document: no proof of address on Démarche Numérique.
    QCOMPARE(m_model->identityPlan().captures,
             (QList<CaptureCode>{CaptureCode::IdFront, CaptureCode::IdBack, CaptureCode::SelfieWithId}));
    auto *status = find<QLabel>("expiryStatus");
    QVERIFY(status->text().startsWith(QStringLiteral("⚠")));
    QVERIFY2(status->text().contains(QStringLiteral("Démarche Numérique")), qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QStringLiteral("justificatif")), qPrintable(status->text()));
    QVERIFY(find<QLabel>("captureStepTitle")->text().contains(QStringLiteral("3")));

    // Valid again (a typo fixed): back to the in-app check.
    auto *year = find<QLineEdit>("expiryYear");
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2031"));
    QVERIFY(!m_model->documentExpired());
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::InAppCheck);
}

void TestCapturePage::onlyForWhoCanSignUpNow()
{
    // Too old: no pictures to take, the wizard goes from the answer to the offers.
    openCapturePage([](QObject *parent) { return new ScriptedFrameSource(parent); }, "2000");
    QCOMPARE(m_wizard->currentStep(), WizardStep::Offers);
    QVERIFY(!WizardFlow::capturesDocuments(*m_model));
}

void TestCapturePage::kioskOpensNoFileDialog()
{
    // In the lobby kiosk nobody chooses a folder: no import, no saving; skip and Next still work.
    ui::setWindowMode(m_wizard.get(), AppMode::Kiosk);
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 4);
        return m_script;
    });
    QVERIFY(find<QAbstractButton>("shutterButton")->isVisible());
    QVERIFY(!find<QAbstractButton>("importButton")->isVisible());
    QTest::mouseClick(find<QAbstractButton>("skipButton"), Qt::LeftButton);
    QTest::mouseClick(find<QAbstractButton>("skipButton"), Qt::LeftButton);
    QVERIFY(!m_page->currentCapture());
    QVERIFY(!find<QAbstractButton>("saveFilesButton")->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

std::unique_ptr<app::AppContext> TestCapturePage::realRecords(const QTemporaryDir &dir, QString *error)
{
    app::AppOptions options;
    options.dataDir = dir.path();
    options.throwAwayKey = true;
    return app::AppContext::create(options, error);
}

void TestCapturePage::keptPicturesAreSavedWithTheRecord()
{
    // The composition root's save path, on a real SQLite file: on Démarche Numérique the pictures are the
    // files to send, sealed with the record; outcomes for statistics.
    QTemporaryDir dir;
    QString error;
    const auto context = realRecords(dir, &error);
    QVERIFY2(context, qPrintable(error));
    SessionModel model(context->engine(), *m_clock);
    model.setProfile(test::answeredProfile("10", "6", "2008", Nationality::French, IdentityDocument::ExpiredOrLost));
    QVERIFY(model.evaluate());
    QCOMPARE(model.identityPlan().route, IdentityRoute::DemarcheNumerique);
    QVERIFY(model.keepsPictures());
    const QByteArray jpeg = captureoutput::encodeJpeg(scene(0.4));
    model.keepCapture(CaptureCode::IdFront, jpeg, CaptureOutcome::Accepted);
    model.skipCapture(CaptureCode::IdBack);
    QVERIFY2(context->saveCompleted(model, &error), qPrintable(error));
    const auto extras = context->sessionStore().loadExtras(model.id(), &error);
    QVERIFY2(extras, qPrintable(error));
    QCOMPARE(extras->captureOutcomes.value(CaptureCode::IdFront), CaptureOutcome::Accepted);
    QCOMPARE(extras->captureOutcomes.value(CaptureCode::IdBack), CaptureOutcome::Skipped);
    QCOMPARE(extras->images.size(), 1);
    QCOMPARE(extras->images.first().capture, CaptureCode::IdFront);
    QCOMPARE(extras->images.first().data, jpeg);
    QVERIFY(context->sessionStore().hasImages(model.id()));
    // A new appointment forgets the pictures.
    model.start();
    QVERIFY(model.captureImages().isEmpty() && model.captureOutcomes().isEmpty());
    QVERIFY(!model.documentExpiry().isValid());
}

void TestCapturePage::eachRouteSaysWhyThePicturesAreTaken()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 4);
        return m_script;
    });
    // A French card in date, a smartphone: the in-app check; the pictures check the card, and are not kept.
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::InAppCheck);
    auto *purpose = find<ui::MessageLine>("capturePurpose");
    QVERIFY(purpose->isVisible());
    QCOMPARE(purpose->message(),
             QStringLiteral("On vérifie que ta pièce d’identité est lisible et encore valable\u00a0; aucune photo "
                            "n’est gardée."));
    shoot(QStringLiteral("capture-in-app"));
    // Expired: Démarche Numérique, whose files these pictures are.
    for (const auto &[field, text] : {std::pair{"expiryDay", "03"}, {"expiryMonth", "11"}, {"expiryYear", "2026"}}) {
        auto *edit = find<QLineEdit>(field);
        edit->setFocus();
        QTest::keyClicks(edit, QString::fromLatin1(text));
    }
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::DemarcheNumerique);
    QCOMPARE(purpose->message(),
             QStringLiteral("Ces photos sont les fichiers que tu enverras sur Démarche Numérique."));
    // Every picture done (skipped here): the files can be saved where the counselor uploads from.
    while (m_page->currentCapture())
        QTest::mouseClick(find<QAbstractButton>("skipButton"), Qt::LeftButton);
    QVERIFY(find<QAbstractButton>("saveFilesButton")->isVisible());
    QVERIFY(purpose->isVisible());
    QVERIFY(!find<QAbstractButton>("openFolderButton")->isVisible());
    m_model->keepCapture(CaptureCode::IdFront, captureoutput::encodeJpeg(scene(0.4)), CaptureOutcome::Imported);
    QTemporaryDir folder;
    QVERIFY(m_page->saveFilesTo(folder.path()));
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("1-id_front.jpg")))); // the stored spelling, as before
    QVERIFY(find<QAbstractButton>("openFolderButton")->isVisible());           // then open where they went

    // ÉduConnect at 17: no picture at all, the wizard goes from the answer to what they like.
    cleanup();
    init();
    ProfileForm school = test::answeredProfile("15", "3", "2009");
    school.hasEduConnect = true;
    m_model->setProfile(school);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::EduConnect);
    QVERIFY(m_model->identityPlan().captures.isEmpty());
    m_wizard->next();
    QCOMPARE(m_wizard->currentStep(), WizardStep::Interests);
}

void TestCapturePage::inAppCheckKeepsNoPicture()
{
    // The in-app check says "no picture is kept": on a real SQLite file, the record, the draft and the
    // sync's image rows hold none; the outcomes (statistics, no image) are kept.
    QTemporaryDir dir;
    QString error;
    const auto context = realRecords(dir, &error);
    QVERIFY2(context, qPrintable(error));
    QVERIFY(context->sessionStore().personalDataEnabled()); // images would be stored if they were given
    SessionModel model(context->engine(), *m_clock);
    model.setProfile(test::answeredProfile("10", "6", "2008"));
    QVERIFY(model.evaluate());
    QCOMPARE(model.identityPlan().route, IdentityRoute::InAppCheck);
    QVERIFY(!model.keepsPictures());
    const QByteArray jpeg = captureoutput::encodeJpeg(scene(0.4));
    model.keepCapture(CaptureCode::IdFront, jpeg, CaptureOutcome::Accepted);
    model.keepCapture(CaptureCode::IdBack, jpeg, CaptureOutcome::Retaken);
    QCOMPARE(model.captureImages().size(), 2); // in memory for the step (the back is compared with the front)
    QVERIFY(SessionDraft::fromModel(model, WizardStep::Capture).images.isEmpty());
    QVERIFY2(context->saveCompleted(model, &error), qPrintable(error));
    const auto extras = context->sessionStore().loadExtras(model.id(), &error);
    QVERIFY2(extras, qPrintable(error));
    QVERIFY(extras->images.isEmpty());
    QCOMPARE(extras->captureOutcomes.value(CaptureCode::IdFront), CaptureOutcome::Accepted);
    QCOMPARE(extras->captureOutcomes.value(CaptureCode::IdBack), CaptureOutcome::Retaken);
    QVERIFY(!context->sessionStore().hasImages(model.id()));
    QSqlQuery rows(context->records().database().connection());
    QVERIFY(rows.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM session_images) + (SELECT COUNT(*) FROM draft_images)")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
    // The same pictures, had the document been expired (Démarche Numérique), would be kept: the rule is the route.
    model.setDocumentExpiry(QDate(2026, 11, 3));
    QVERIFY(model.keepsPictures());
    QCOMPARE(SessionDraft::fromModel(model, WizardStep::Capture).images.size(), 2);
}

void TestCapturePage::shutterIsTheOnePrimaryButton()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 4);
        m_script->setLooping(true);
        return m_script;
    });
    auto *shutter = qobject_cast<QPushButton *>(find<QAbstractButton>("shutterButton"));
    auto *next = qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton));
    QCOMPARE(shutter->text().remove(QLatin1Char('&')), QStringLiteral("Prendre la photo"));
    QCOMPARE(shutter->property("role").toString(), QStringLiteral("primary"));
    QVERIFY(shutter->isDefault());
    QVERIFY(!next->isDefault()); // outlined: one filled button on the page
    for (const char *secondary : {"importButton", "skipButton"}) {
        auto *button = qobject_cast<QPushButton *>(find<QAbstractButton>(secondary));
        QVERIFY(button->isVisible());
        QVERIFY(!button->isDefault());
        QVERIFY(button->property("role").toString() != QLatin1String("primary"));
    }
    // Enter takes the picture (the review follows), from wherever the focus is on the page.
    QTRY_VERIFY_WITH_TIMEOUT(!find<ui::CapturePreview>("capturePreview")->latestFrame().isNull(), 10000);
    find<QAbstractButton>("skipButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(m_page->isReviewing());
    QVERIFY(!next->isDefault());
    QTest::mouseClick(find<QAbstractButton>("keepButton"), Qt::LeftButton);
    QTest::mouseClick(find<QAbstractButton>("skipButton"), Qt::LeftButton);
    // Every picture done: Next is the primary button again.
    QVERIFY(!m_page->currentCapture());
    QVERIFY(next->isDefault());
    QVERIFY(!shutter->isVisible());
}

void TestCapturePage::expiryIsAskedWithWhereToLook()
{
    openCapturePage([this](QObject *parent) {
        m_script = new ScriptedFrameSource(parent);
        m_script->append(SpecimenRenderer::renderDesk({1280, 720}, 3), 4);
        return m_script;
    });
    QVERIFY(find<QLabel>("expiryQuestion")->isVisible());
    auto *picture = find<QLabel>("expiryPicture");
    QVERIFY(picture->isVisible());
    QVERIFY(!picture->pixmap().isNull());
    QVERIFY(!picture->accessibleName().isEmpty());
    // The picture is drawn, not blank: the highlighted field's dark blue (#000091) is in it.
    const QImage image = picture->pixmap().toImage();
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; ++y) {
        for (int x = 0; x < image.width() && !blue; ++x) {
            const QColor c = image.pixelColor(x, y);
            blue = c.alpha() > 200 && c.blue() > 100 && c.red() < 50 && c.green() < 50;
        }
    }
    QVERIFY(blue);
    QVERIFY2(find<QLabel>("expiryWhere")->text().contains(QStringLiteral("sur le devant")),
             qPrintable(find<QLabel>("expiryWhere")->text()));
}

void TestCapturePage::inAppCheckSavesNoFile()
{
    // The in-app check says "no picture is kept": even called directly, the save writes nothing to disk,
    // though the pictures are in memory for the step (the back is compared with the front).
    openCapturePage([](QObject *parent) { return new ScriptedFrameSource(parent); });
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::InAppCheck);
    m_model->keepCapture(CaptureCode::IdFront, captureoutput::encodeJpeg(scene(0.4)), CaptureOutcome::Accepted);
    QVERIFY(!m_model->captureImages().isEmpty());
    QTemporaryDir folder;
    QVERIFY(!m_page->saveFilesTo(folder.path()));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    // The same picture on Démarche Numérique (an expired document) is a file to send: it is written.
    m_model->setDocumentExpiry(QDate(2026, 11, 3));
    QCOMPARE(m_model->identityPlan().route, IdentityRoute::DemarcheNumerique);
    QVERIFY(m_page->saveFilesTo(folder.path()));
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("1-id_front.jpg"))));
}

void TestCapturePage::shutterAndPictureInViewAtLargeText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    QTest::newRow("fr 200 %") << QStringLiteral("fr") << 2.0;
    QTest::newRow("ar 100 %") << QStringLiteral("ar") << 1.0;
    QTest::newRow("fr 100 %") << QStringLiteral("fr") << 1.0;
}

void TestCapturePage::shutterAndPictureInViewAtLargeText()
{
    // A laptop's 1024x768, less the main window's menu bar (50 px at 200 %): the big shutter and the live
    // picture show without scrolling, at 200 % text and in Arabic; the notice, why the pictures are taken and
    // the expiry question may scroll.
    QFETCH(QString, language);
    QFETCH(double, scale);
    QVERIFY(installTranslations(language));
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, scale});
    m_wizard->resize(1024, 718);
    openCapturePage(ui::demoSource()); // with its notice: no camera, a made-up card
    QVERIFY(find<QLabel>("captureNotice")->isVisible());
    QTest::qWait(50);
    auto *scroll = m_page->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    const auto onWizard = [this](const QWidget *widget) {
        return QRect(widget->mapTo(m_wizard.get(), QPoint(0, 0)), widget->size());
    };
    const QRect viewport = onWizard(scroll->viewport());
    const QRect shutter = onWizard(find<QAbstractButton>("shutterButton"));
    const QRect preview = onWizard(find<ui::CapturePreview>("capturePreview"));
    ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0});
    installTranslations(QStringLiteral("fr"));
    const auto text = [](const QRect &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QVERIFY2(viewport.contains(shutter), qPrintable(text(shutter) + QStringLiteral(" not in ") + text(viewport)));
    QVERIFY2(viewport.contains(preview), qPrintable(text(preview) + QStringLiteral(" not in ") + text(viewport)));
    QVERIFY2(preview.height() >= 180, qPrintable(text(preview)));
}

QTEST_MAIN(TestCapturePage)
#include "TestCapturePage.moc"
