// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/AutoCaptureController.h"
#include "core/capture/CaptureSession.h"
#include "core/capture/FrameSource.h" // before CaptureSession.h, whose inline source() needs the full type
#include "core/util/CaptureCode.h"
#include "ui/capture/CapturePlanCursor.h"
#include "ui/capture/CaptureSourceControl.h"
#include "ui/capture/FrameSourceFactory.h"

#include <QWizardPage>

#include <optional>

class QStackedWidget;

namespace passerelle {
class FrameSource;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {

class CaptureActions;
class CaptureDonePanel;
class CapturePreview;
class CaptureReview;
class DocumentExpiryField;
class CaptureStepText;
class MessageLine;

/**
 * Photographs the documents of the identity plan, one after the other: live guidance and
 * auto-capture, a shutter that always works, Skip, import from a file, a review (Retake / Keep),
 * then saving the files where the counselor chooses. Kept pictures go to the model (in memory).
 * The document's expiry date is asked here: an expired one switches the plan (SessionModel).
 */
class CapturePage : public QWizardPage
{
    Q_OBJECT
    /** A document is in front of the camera now: the kiosk pauses its idle timer meanwhile. */
    Q_PROPERTY(bool documentInView READ documentInView NOTIFY documentInViewChanged)

public:
    explicit CapturePage(SessionModel &model, QWidget *parent = nullptr);
    ~CapturePage() override;

    /** Replaces the frame source (before the page is shown; tests inject a scripted one). */
    void setFrameSourceFactory(FrameSourceFactory factory);
    FrameSource *frameSource() const { return m_sources.source(); }
    CaptureSession *captureSession() { return &m_session; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool documentInView() const { return m_documentInView; }
    /** The picture on screen; null when every picture is done. */
    std::optional<CaptureCode> currentCapture() const;
    bool isReviewing() const { return m_mode == Mode::Review; }
    /** Imports a photo or a scan (the Import button asks for the file); false with a message when unreadable. */
    bool importFile(const QString &path);
    /** Writes the kept pictures and the PDF to @p folder (the Save button asks for it). */
    bool saveFilesTo(const QString &folder);

signals:
    void documentInViewChanged(bool inView);
    /** The one sentence said to the young person (also the preview's accessible description). */
    void guidanceChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Mode { Live, Review, Done };
    /** Connects the page to a source the source control adopted. */
    void adoptSource(FrameSource *source);
    void startSource();
    void stopSource();
    void showStep();
    void showDone();
    void review(const QImage &image, const QString &warning);
    /** Checks @p image once (import, or a shutter press before any analysis) and shows the review. */
    void reviewStill(const QImage &image);
    void onCaptured(const CaptureResult &result);
    void onAnalysis(const CaptureAnalysis &analysis);
    void onSourceError(const QString &message);
    void shutter();
    void keep();
    void retake();
    void skip();
    void expiryChanged();
    void setDocumentInView(bool inView);
    void setGuidance(const QString &message);
    /** The texts, in the current language, for the step on screen. */
    void retranslate();
    /** Which controls show and which button is the primary one, for the mode and the kiosk rules. */
    void updateControls();
    /** Both, after the step, the mode or the source changed. */
    void refresh();

    SessionModel &m_model;
    CaptureSession m_session;
    Mode m_mode = Mode::Live;
    CapturePlanCursor m_cursor;
    bool m_documentInView = false;
    bool m_sourceFailed = false;
    QString m_guidance;
    CaptureStepText *m_text;
    QStackedWidget *m_stack;
    CapturePreview *m_preview;
    CaptureReview *m_review;
    CaptureActions *m_actions;
    MessageLine *m_purpose;
    DocumentExpiryField *m_expiry;
    CaptureDonePanel *m_done;
    MessageLine *m_saveError;
    /** After m_session, so it lets go of the source first. */
    CaptureSourceControl m_sources;
};

} // namespace passerelle::ui
