// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/CapturePage.h"

#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureOutput.h"
#include "core/capture/CaptureVerdict.h"
#include "core/capture/SideCheck.h"
#include "core/capture/StillCapture.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/session/CaptureOutcome.h"
#include "core/session/SessionModel.h"
#include "ui/capture/CaptureDonePanel.h"
#include "ui/capture/CapturePreview.h"
#include "ui/capture/CaptureReview.h"
#include "ui/capture/DocumentExpiryField.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/SessionWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace passerelle::ui {

CapturePage::CapturePage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_purpose(new MessageLine(this, "capturePurpose"))
    , m_stepTitle(roleLabel(this, "captureStepTitle", "heading"))
    , m_prompt(roleLabel(this, "capturePrompt", "headline"))
    , m_expiry(new DocumentExpiryField(model, this))
    , m_notice(new MessageLine(this, "captureNotice"))
    , m_cameras(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_preview(new CapturePreview(this))
    , m_review(new CaptureReview(this))
    , m_shutter(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_done(new CaptureDonePanel(model, this))
    , m_saveError(new MessageLine(this, "saveError"))
    , m_sources(m_session, m_cameras, this)
{
    setObjectName(QStringLiteral("capturePage"));
    m_preview->setObjectName(QStringLiteral("capturePreview"));
    m_notice->hide();
    m_cameras->hide();
    m_prompt->hide();
    // The page's one primary action, big (Theme); import and skip are the outlined secondary ones.
    m_shutter->setProperty("role", QStringLiteral("primary"));
    m_shutter->setProperty("big", true);
    // The stack is as tall as the live picture needs: the review, shown without the expiry question, takes
    // the room that leaves (at 900x760 the shutter stays in view without scrolling).
    m_review->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_done);

    // The shutter, then the secondary actions: on one row, or on two when the text is large (updateControls()).
    auto *secondary = new QHBoxLayout;
    secondary->addWidget(m_import);
    secondary->addWidget(m_skip);
    secondary->addStretch();
    secondary->addWidget(m_cameras);
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->addWidget(m_shutter, 0, Qt::AlignLeading);
    m_buttons->addLayout(secondary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_purpose);
    layout->addWidget(m_expiry);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_prompt);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_saveError);
    setTabOrder(m_shutter, m_import);
    setTabOrder(m_import, m_skip);
    setTabOrder(m_skip, m_cameras);

    AutoCaptureController *controller = m_session.controller();
    connect(controller, &AutoCaptureController::guidanceChanged, this, [this](const QString &message) {
        if (!isSelfie())
            setGuidance(message);
    });
    connect(controller, &AutoCaptureController::captured, this, &CapturePage::onCaptured);
    connect(&m_session, &CaptureSession::analysisReady, this, &CapturePage::onAnalysis);
    connect(m_shutter, &QPushButton::clicked, this, &CapturePage::shutter);
    connect(m_import, &QPushButton::clicked, this, &CapturePage::chooseImportFile);
    connect(m_skip, &QPushButton::clicked, this, &CapturePage::skip);
    connect(m_review, &CaptureReview::keepRequested, this, &CapturePage::keep);
    connect(m_review, &CaptureReview::retakeRequested, this, &CapturePage::retake);
    connect(m_expiry, &DocumentExpiryField::expiryChanged, this, &CapturePage::expiryChanged);
    connect(&m_sources, &CaptureSourceControl::sourceAdopted, this, &CapturePage::adoptSource);
    connect(&m_sources, &CaptureSourceControl::sourceReplaced, this, [this] {
        setDocumentInView(false);
        m_preview->clear();
        refresh();
        startSource();
    });
    refresh();
}

CapturePage::~CapturePage()
{
    // A kiosk wipe may delete the page while a card is in view: the idle timer must not stay paused.
    if (m_documentInView)
        reportBusy(this, QStringLiteral("capture"), false);
}

void CapturePage::setFrameSourceFactory(FrameSourceFactory factory)
{
    setDocumentInView(false);
    m_sources.setFactory(std::move(factory));
}

void CapturePage::adoptSource(FrameSource *source)
{
    // The preview takes every frame; the analysis takes the latest it can (CaptureSession).
    connect(source, &FrameSource::frameReady, m_preview, [this](const QImage &frame) {
        if (m_mode == Mode::Live)
            m_preview->setFrame(frame);
    });
    connect(source, &FrameSource::errorOccurred, this, &CapturePage::onSourceError);
    connect(source, &FrameSource::activeChanged, this, [this](bool active) {
        if (active && m_sourceFailed) {
            m_sourceFailed = false;
            refresh();
        }
    });
}

void CapturePage::startSource()
{
    if (m_mode == Mode::Live)
        m_sources.start();
}

void CapturePage::stopSource()
{
    m_sources.stop();
    setDocumentInView(false);
}

QList<CaptureCode> CapturePage::captures() const
{
    return m_model.identityPlan().captures;
}

std::optional<CaptureCode> CapturePage::currentCapture() const
{
    if (m_mode == Mode::Done || m_index >= captures().size())
        return std::nullopt;
    return captures().at(m_index);
}

bool CapturePage::isReviewing() const
{
    return m_mode == Mode::Review;
}

bool CapturePage::isSelfie() const
{
    return currentCapture() == CaptureCode::SelfieWithId;
}

void CapturePage::initializePage()
{
    m_sources.ensure();
    m_expiry->load();
    m_saveError->hideMessage();
    m_done->clearSaveResult();
    // Back on this page: go on from the first picture neither kept nor skipped.
    m_index = 0;
    while (m_index < captures().size() && m_model.captureOutcomes().contains(captures().at(m_index)))
        ++m_index;
    showStep();
}

void CapturePage::cleanupPage()
{
    stopSource();
    QWizardPage::cleanupPage();
}

bool CapturePage::isComplete() const
{
    // Next is always there: a picture not taken can be brought later; the summary says which.
    return true;
}

bool CapturePage::validatePage()
{
    stopSource();
    auto *sessionWizard = qobject_cast<SessionWizard *>(wizard());
    return !sessionWizard || sessionWizard->finishIfLast(m_saveError);
}

void CapturePage::showStep()
{
    if (m_index >= captures().size()) {
        showDone();
        return;
    }
    m_mode = Mode::Live;
    m_retaken = m_model.captureOutcomes().contains(*currentCapture());
    m_imported = false;
    const DocumentKind kind = documentKindForCapture(*currentCapture()).value_or(DocumentKind::Id1);
    m_session.setKind(kind);
    // For the back, the front already kept: shown again, it is not taken for the back.
    m_session.controller()->setKeptSide(keptFront());
    m_sources.showDocument(kind, isBack());
    m_preview->clear();
    m_stack->setCurrentWidget(m_preview);
    refresh();
    startSource();
}

void CapturePage::showDone()
{
    stopSource();
    m_mode = Mode::Done;
    m_stack->setCurrentIndex(2);
    setGuidance({});
    refresh();
    m_done->saveButton()->setFocus();
}

void CapturePage::onAnalysis(const CaptureAnalysis &analysis)
{
    if (m_mode != Mode::Live)
        return;
    setDocumentInView(analysis.documentFound);
    m_preview->setOutline(QPolygonF(analysis.corners), analysis.isOk());
    m_preview->setProgress(m_session.controller()->stillProgress());
}

void CapturePage::onCaptured(const CaptureResult &result)
{
    if (m_mode != Mode::Live)
        return;
    if (isSelfie()) {
        // The selfie is the whole picture, taken when the young person is ready (the shutter).
        m_session.controller()->rearm();
        return;
    }
    review(result.document, result.warning());
}

bool CapturePage::isBack() const
{
    return currentCapture() == CaptureCode::IdBack;
}

QImage CapturePage::keptFront() const
{
    if (!isBack())
        return {};
    // Decoded in memory from the session model, never written anywhere.
    return QImage::fromData(m_model.captureImages().value(CaptureCode::IdFront), "JPEG");
}

void CapturePage::review(const QImage &image, const QString &warning)
{
    stopSource();
    m_mode = Mode::Review;
    setGuidance({});
    m_review->setPicture(image, warning);
    m_stack->setCurrentWidget(m_review);
    refresh();
}

void CapturePage::shutter()
{
    if (m_mode != Mode::Live)
        return;
    if (!isSelfie() && m_session.controller()->captureNow())
        return;
    // The selfie, or a frame shown before any was analysed: the shutter still takes the picture.
    const QImage frame = m_preview->latestFrame();
    if (frame.isNull())
        setNotice(tr("There is no picture from the camera yet. You can import a file."), true);
    else
        reviewStill(frame.convertToFormat(QImage::Format_RGB32));
}

void CapturePage::reviewStill(const QImage &image)
{
    if (isSelfie()) {
        review(image, {});
        return;
    }
    // The same checks as the camera's, on the whole picture; an imported back that is the front again gets
    // the same warning as a camera picture.
    const DocumentKind kind = documentKindForCapture(*currentCapture()).value_or(DocumentKind::Id1);
    const CaptureResult result = analyzeStill(image, kind, keptFront());
    review(result.document, result.warning());
}

void CapturePage::keep()
{
    const QByteArray jpeg = captureoutput::encodeJpeg(m_review->picture());
    if (jpeg.isEmpty()) {
        setNotice(tr("This picture could not be prepared. Take it again."), true);
        return;
    }
    const CaptureOutcome outcome =
        m_imported ? CaptureOutcome::Imported : (m_retaken ? CaptureOutcome::Retaken : CaptureOutcome::Accepted);
    m_model.keepCapture(*currentCapture(), jpeg, outcome);
    m_review->setPicture({}, {});
    ++m_index;
    showStep();
}

void CapturePage::retake()
{
    m_retaken = true;
    m_imported = false;
    m_review->setPicture({}, {});
    m_mode = Mode::Live;
    m_session.controller()->rearm();
    m_preview->clear();
    m_stack->setCurrentWidget(m_preview);
    refresh();
    startSource();
    m_shutter->setFocus();
}

void CapturePage::skip()
{
    const std::optional<CaptureCode> capture = currentCapture();
    if (!capture)
        return;
    m_model.skipCapture(*capture);
    ++m_index;
    showStep();
}

void CapturePage::chooseImportFile()
{
    if (!modeRules(this).fileDialogs)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a photo or a scan"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CapturePage::importFile(const QString &path)
{
    if (m_mode == Mode::Done)
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        setNotice(tr("This file is not a picture Passerelle can read. Choose a JPEG or PNG file."), true);
        return false;
    }
    reviewStill(image);
    m_imported = true;
    return true;
}

bool CapturePage::saveFilesTo(const QString &folder)
{
    return m_done->saveTo(folder);
}

void CapturePage::expiryChanged()
{
    // A plan that grew (expired document) goes on with the pictures it added.
    if (m_mode == Mode::Done && m_index < captures().size())
        showStep();
    else
        refresh();
}

void CapturePage::onSourceError(const QString &message)
{
    m_sourceFailed = true;
    setDocumentInView(false);
    setGuidance({});
    m_preview->clear();
    setNotice(message, true);
    m_sources.refreshCameras();
    if (m_mode == Mode::Live)
        m_import->setFocus();
}

void CapturePage::setNotice(const QString &text, bool error)
{
    if (text.isEmpty())
        m_notice->hideMessage();
    else
        m_notice->showMessage(text, error ? MessageLine::Kind::Error : MessageLine::Kind::Information);
}

void CapturePage::setDocumentInView(bool inView)
{
    if (inView == m_documentInView)
        return;
    m_documentInView = inView;
    reportBusy(this, QStringLiteral("capture"), inView);
    emit documentInViewChanged(inView);
}

void CapturePage::setGuidance(const QString &message)
{
    if (message == m_guidance)
        return;
    m_guidance = message;
    m_preview->setGuidance(message);
    emit guidanceChanged(message);
}

void CapturePage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    startSource();
}

void CapturePage::hideEvent(QHideEvent *event)
{
    stopSource();
    QWizardPage::hideEvent(event);
}

void CapturePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

QString CapturePage::purposeText() const
{
    switch (m_model.identityPlan().route) {
    case IdentityRoute::DemarcheNumerique:
        return tr("These pictures are the files you will send on Démarche Numérique.");
    case IdentityRoute::InAppCheck:
        return tr("We check that your document is readable and still valid; no picture is kept.");
    case IdentityRoute::EduConnect:
        return tr("No picture is needed: you confirm your identity with ÉduConnect.");
    case IdentityRoute::None:
        break;
    }
    return {};
}

QString CapturePage::promptText() const
{
    // One prompt for the young person before the picture: turn the card, or how to hold it.
    if (m_mode != Mode::Live)
        return {};
    if (isBack())
        return flipCardMessage();
    if (isSelfie())
        return tr("Hold your document next to your face. Look at the camera. Then press Take the picture.");
    return {};
}

void CapturePage::retranslate()
{
    setTitle(tr("Photos of the documents"));
    const std::optional<CaptureCode> capture = currentCapture();
    m_stepTitle->setText(
        capture ? tr("Picture %1 of %2: %3").arg(m_index + 1).arg(captures().size()).arg(captureDisplayName(*capture))
                : tr("All the pictures are done"));
    m_stepTitle->setAccessibleName(m_stepTitle->text());
    m_purpose->setMessage(purposeText(), MessageLine::Kind::Information);
    const QString prompt = promptText();
    m_prompt->setText(prompt);
    m_prompt->setAccessibleName(prompt);
    if (isSelfie())
        setGuidance(prompt); // the selfie has no analysis: the prompt is what the preview says

    if (m_sourceFailed) {
        // The message of the source stays until it works again.
    } else if (m_sources.isDemo() && m_mode == Mode::Live) {
        setNotice(tr("No camera found: this is a demo with a made-up card. To use a real document, import a photo "
                     "or a scan."),
                  false);
    } else {
        setNotice({}, false);
    }

    m_shutter->setText(tr("&Take the picture"));
    m_import->setText(tr("&Import a file..."));
    m_skip->setText(tr("&Skip this picture"));
    name(m_shutter, "shutterButton", tr("Take the picture now"));
    name(m_import, "importButton", tr("Import a photo or a scan from a file"));
    name(m_skip, "skipButton", tr("Skip this picture"));
    name(m_cameras, "cameraChoice", tr("Camera"));
    name(m_preview, "capturePreview", tr("Camera picture"), m_guidance);
}

void CapturePage::refresh()
{
    retranslate();
    updateControls();
}

void CapturePage::updateControls()
{
    const bool live = m_mode == Mode::Live;
    m_purpose->setVisible(!m_purpose->message().isEmpty());
    m_expiry->setVisible(m_mode != Mode::Review); // the review is about the picture, not the document
    m_prompt->setVisible(!m_prompt->text().isEmpty());
    m_shutter->setVisible(live);
    // A kiosk opens no file dialog: no import, no saving to a folder.
    const bool files = modeRules(this).fileDialogs;
    m_import->setVisible(files && m_mode != Mode::Done);
    m_done->refresh(files);
    m_skip->setVisible(m_mode != Mode::Done);
    // One row while it fits in the page's 720 px; at 200 % the three buttons do not.
    const int row = m_shutter->sizeHint().width() + m_import->sizeHint().width() + m_skip->sizeHint().width() + 32;
    m_buttons->setDirection(row <= 720 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);

    // One primary button, the one Enter presses: the shutter while live, Keep (or Retake) in the review, the wizard's
    // Next once every picture is done. SessionWizard reads "primaryButton" when it sets its own buttons.
    QPushButton *primary = live ? m_shutter : m_mode == Mode::Review ? m_review->primaryButton() : nullptr;
    setProperty("primaryButton", QVariant::fromValue<QObject *>(primary));
    m_shutter->setDefault(live);
    if (wizard() && wizard()->currentPage() == this) {
        if (auto *next = qobject_cast<QPushButton *>(wizard()->button(QWizard::NextButton)))
            next->setDefault(!primary);
        if (primary)
            primary->setDefault(true); // after Next: in a top-level dialog one default unsets the others
    }
}

} // namespace passerelle::ui
