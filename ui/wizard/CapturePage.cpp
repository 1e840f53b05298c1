// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/CapturePage.h"

#include "core/capture/CaptureOutput.h"
#include "core/capture/StillCapture.h"
#include "core/session/SessionModel.h"
#include "ui/capture/CaptureActions.h"
#include "ui/capture/CaptureDonePanel.h"
#include "ui/capture/CapturePreview.h"
#include "ui/capture/CaptureReview.h"
#include "ui/capture/CaptureStepText.h"
#include "ui/capture/DocumentExpiryField.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/SessionWizard.h"

#include <QEvent>
#include <QImageReader>
#include <QLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace passerelle::ui {

CapturePage::CapturePage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_cursor(model)
    , m_text(new CaptureStepText(this))
    , m_stack(new QStackedWidget(this))
    , m_preview(new CapturePreview(this))
    , m_review(new CaptureReview(this))
    , m_actions(new CaptureActions(this))
    , m_purpose(new MessageLine(this, "capturePurpose"))
    , m_expiry(new DocumentExpiryField(model, this))
    , m_done(new CaptureDonePanel(model, this))
    , m_saveError(new MessageLine(this, "saveError"))
    , m_sources(m_session, m_actions->cameras(), this)
{
    setObjectName(QStringLiteral("capturePage"));
    m_preview->setObjectName(QStringLiteral("capturePreview"));
    // The stack is as tall as the live picture needs: the review, shown without the expiry question, takes
    // the room that leaves, and at least what its picture and buttons need (updateControls()).
    m_review->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_done);
    // The picture and the shutter first, under the step's title: with text at 200 % (or in Arabic) on a
    // laptop's 1024x768, they stay in view without scrolling; the notice (the demo, a camera error), why the
    // pictures are taken and the expiry question follow them.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_actions);
    layout->addWidget(m_text->notice());
    layout->addWidget(m_purpose);
    layout->addWidget(m_expiry);
    layout->addWidget(m_saveError);

    AutoCaptureController *controller = m_session.controller();
    connect(controller, &AutoCaptureController::guidanceChanged, this, [this](const QString &message) {
        if (!m_cursor.isSelfie())
            setGuidance(message);
    });
    connect(controller, &AutoCaptureController::captured, this, &CapturePage::onCaptured);
    connect(&m_session, &CaptureSession::analysisReady, this, &CapturePage::onAnalysis);
    connect(m_actions, &CaptureActions::shutterClicked, this, &CapturePage::shutter);
    connect(m_actions, &CaptureActions::fileChosen, this, &CapturePage::importFile);
    connect(m_actions, &CaptureActions::skipClicked, this, &CapturePage::skip);
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

std::optional<CaptureCode> CapturePage::currentCapture() const
{
    return m_mode == Mode::Done ? std::nullopt : m_cursor.current();
}

void CapturePage::initializePage()
{
    m_sources.ensure();
    m_expiry->load();
    m_saveError->hideMessage();
    m_done->clearSaveResult();
    // Back on this page: go on from the first picture neither kept nor skipped.
    m_cursor.restart();
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
    if (!m_cursor.current()) {
        showDone();
        return;
    }
    m_mode = Mode::Live;
    m_cursor.begin();
    m_session.setKind(m_cursor.kind());
    // For the back, the front already kept: shown again, it is not taken for the back.
    m_session.controller()->setKeptSide(m_cursor.keptFront());
    m_sources.showDocument(m_cursor.kind(), m_cursor.isBack());
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
    if (m_cursor.isSelfie()) {
        // The selfie is the whole picture, taken when the young person is ready (the shutter).
        m_session.controller()->rearm();
        return;
    }
    review(result.document, result.warning());
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
    if (!m_cursor.isSelfie() && m_session.controller()->captureNow())
        return;
    // The selfie, or a frame shown before any was analysed: the shutter still takes the picture.
    const QImage frame = m_preview->latestFrame();
    if (frame.isNull())
        m_text->setNotice(tr("There is no picture from the camera yet. You can import a file."), true);
    else
        reviewStill(frame.convertToFormat(QImage::Format_RGB32));
}

void CapturePage::reviewStill(const QImage &image)
{
    if (m_cursor.isSelfie()) {
        review(image, {});
        return;
    }
    // The same checks as the camera's, on the whole picture; an imported back that is the front again gets
    // the same warning as a camera picture.
    const CaptureResult result = analyzeStill(image, m_cursor.kind(), m_cursor.keptFront());
    review(result.document, result.warning());
}

void CapturePage::keep()
{
    const QByteArray jpeg = captureoutput::encodeJpeg(m_review->picture());
    if (jpeg.isEmpty()) {
        m_text->setNotice(tr("This picture could not be prepared. Take it again."), true);
        return;
    }
    m_cursor.keep(jpeg);
    m_review->setPicture({}, {});
    showStep();
}

void CapturePage::retake()
{
    m_cursor.markRetaken();
    m_review->setPicture({}, {});
    m_mode = Mode::Live;
    m_session.controller()->rearm();
    m_preview->clear();
    m_stack->setCurrentWidget(m_preview);
    refresh();
    startSource();
    m_actions->shutter()->setFocus();
}

void CapturePage::skip()
{
    if (m_mode != Mode::Done && m_cursor.skip())
        showStep();
}

bool CapturePage::importFile(const QString &path)
{
    if (m_mode == Mode::Done)
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        m_text->setNotice(tr("This file is not a picture Passerelle can read. Choose a JPEG or PNG file."), true);
        return false;
    }
    reviewStill(image);
    m_cursor.markImported();
    return true;
}

bool CapturePage::saveFilesTo(const QString &folder)
{
    return m_done->saveTo(folder);
}

void CapturePage::expiryChanged()
{
    // A plan that grew (expired document) goes on with the pictures it added.
    if (m_mode == Mode::Done && m_cursor.current())
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
    m_text->setNotice(message, true);
    m_sources.refreshCameras();
    if (m_mode == Mode::Live)
        m_actions->importButton()->setFocus();
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

void CapturePage::retranslate()
{
    setTitle(tr("Photos of the documents"));
    const std::optional<CaptureCode> capture = currentCapture();
    m_text->setStep({capture, m_cursor.index(), int(m_cursor.captures().size()), m_mode == Mode::Live});
    m_purpose->setMessage(CaptureStepText::purposeText(m_model.identityPlan().route), MessageLine::Kind::Information);
    if (m_cursor.isSelfie())
        setGuidance(m_text->prompt()); // the selfie has no analysis: the prompt is what the preview says

    if (!m_sourceFailed) // else the message of the source stays until it works again
        m_text->setDemoNotice(m_sources.isDemo() && m_mode == Mode::Live);
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
    m_review->setMinimumHeight(m_review->layout()->minimumSize().height()); // else at 200 % Keep covers the picture
    // A kiosk opens no file dialog: no import, no saving to a folder.
    const bool files = modeRules(this).fileDialogs;
    m_actions->setShown(live, files && m_mode != Mode::Done, m_mode != Mode::Done);
    m_done->refresh(files);

    // One primary button, the one Enter presses: the shutter while live, Keep (or Retake) in the review, the wizard's
    // Next once every picture is done. SessionWizard reads "primaryButton" when it sets its own buttons.
    QPushButton *primary = live ? m_actions->shutter() : m_mode == Mode::Review ? m_review->primaryButton() : nullptr;
    setProperty("primaryButton", QVariant::fromValue<QObject *>(primary));
    m_actions->shutter()->setDefault(live);
    if (auto *sessionWizard = qobject_cast<SessionWizard *>(wizard()); sessionWizard && wizard()->currentPage() == this)
        sessionWizard->updateDefaultButton();
}

} // namespace passerelle::ui
