// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CounselorRecords.h"

#include "app/AppContext.h"
#include "core/session/SessionDraft.h"
#include "core/session/SessionModel.h"
#include "core/sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/modes/CounselorTools.h"
#include "ui/records/DraftResumeDialog.h"
#include "ui/records/EnrollmentPanel.h"
#include "ui/records/HistoryView.h"
#include "ui/records/SyncStatusWidget.h"
#include "ui/wizard/SummaryPage.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace passerelle::app {

CounselorRecords::CounselorRecords(AppContext &context, SessionModel &model, ui::MainWindow &window,
                                   ui::CounselorTools &tools)
    : QObject(&window)
    , m_context(context)
    , m_model(model)
    , m_window(window)
    , m_keeper([this](const Draft &draft, QString *error) {
        // A session saved for good must not come back as a draft from a late retry.
        if (m_completed.contains(draft.id))
            return true;
        return m_context.records().drafts().save(draft, error);
    })
    , m_historyAction(new QAction(&window))
{
    ui::SessionWizard *wizard = window.wizard();
    connect(wizard, &QWizard::currentIdChanged, this, &CounselorRecords::saveDraft);
    // On the capture page, after each picture kept, retaken or skipped (elsewhere: at each step).
    connect(&m_model, &SessionModel::changed, this, [this] {
        if (m_window.wizard()->currentStep() == WizardStep::Capture)
            saveDraft();
    });
    connect(&m_keeper, &DraftKeeper::saveFailed, this, [this](const QString &message) {
        m_window.statusBar()->showMessage(
            tr("The session in progress could not be saved on this computer: %1 It is kept in memory and saved again "
               "automatically.")
                .arg(message));
    });
    connect(&m_keeper, &DraftKeeper::saved, this, [this] {
        if (!m_window.statusBar()->currentMessage().isEmpty() && !m_keeper.hasPending())
            m_window.statusBar()->clearMessage();
    });
    connect(wizard, &ui::SessionWizard::sessionCompleted, this, [this] {
        m_completed.insert(m_model.id());
        m_keeper.retryNow(); // a pending draft of this session is dropped, not written
        if (auto *sync = m_context.syncService())
            sync->sessionCompleted();
        if (m_historyView)
            m_historyView->reload();
    });

    // The audit log says when a summary left the computer (no path, no personal data).
    if (auto *summary = qobject_cast<ui::SummaryPage *>(wizard->page(static_cast<int>(WizardStep::Summary)))) {
        connect(summary, &ui::SummaryPage::summaryExported, this, [this] {
            m_context.records().audit().record(AuditEvent::Exported, m_model.id().toString(QUuid::WithoutBraces),
                                               QStringLiteral("summary_pdf"));
        });
        connect(summary, &ui::SummaryPage::summaryPrinted, this, [this] {
            m_context.records().audit().record(AuditEvent::Printed, m_model.id().toString(QUuid::WithoutBraces),
                                               QStringLiteral("summary"));
        });
    }

    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    tools.menu()->insertAction(tools.menu()->actions().value(0), m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, &CounselorRecords::openHistory);

    if (auto *retention = m_context.retention()) {
        connect(retention, &RetentionScheduler::failed, this, [this] {
            m_window.statusBar()->showMessage(
                tr("Old data could not be deleted today. Passerelle tries again tomorrow."), 30000);
        });
    }
    if (auto *sync = m_context.syncService()) {
        m_syncStatus = new ui::SyncStatusWidget(*sync, &m_window);
        m_window.statusBar()->addPermanentWidget(m_syncStatus);
        tools.setSettingsSection([sync](QWidget *dialog) { return new ui::EnrollmentPanel(*sync, dialog); });
        connect(sync, &sync::SyncService::enrollFinished, this, [sync](bool ok) {
            if (ok)
                sync->syncNow();
        });
    }
    window.installEventFilter(this);
    retranslate();
}

void CounselorRecords::start()
{
    if (auto *sync = m_context.syncService())
        sync->start();
}

void CounselorRecords::saveDraft()
{
    const auto step = m_window.wizard()->currentStep();
    if (m_restoring || m_window.wizard()->currentId() < 0 || step == WizardStep::Welcome ||
        m_completed.contains(m_model.id()) || !m_context.records().drafts().canStore())
        return;
    m_keeper.save(SessionDraft::fromModel(m_model, step));
}

bool CounselorRecords::offerDraft()
{
    DraftStore &drafts = m_context.records().drafts();
    if (!drafts.canStore())
        return false;
    const auto info = drafts.latest();
    if (!info)
        return false;
    ui::DraftResumeDialog dialog(*info, m_context.clock().nowUtc(), stepName(info->step), &m_window);
    if (dialog.exec() == ui::DraftResumeDialog::Resume) {
        QString error;
        if (resumeDraft(info->id, &error))
            return true;
        m_window.statusBar()->showMessage(error, 30000);
        return false;
    }
    drafts.discard(info->id);
    return false;
}

QString CounselorRecords::stepName(WizardStep step)
{
    // Some pages title themselves from the session: a fixed name per step for the prompt.
    switch (step) {
    case WizardStep::Welcome:
        return tr("Welcome");
    case WizardStep::Profile:
        return tr("Profile");
    case WizardStep::Result:
        return tr("Answer");
    case WizardStep::Capture:
        return tr("Photos of the documents");
    case WizardStep::Interests:
        return tr("Interests");
    case WizardStep::Offers:
        return tr("Offers");
    case WizardStep::Summary:
        return tr("Summary");
    }
    return {};
}

bool CounselorRecords::resumeDraft(const QUuid &id, QString *error)
{
    DraftStore &drafts = m_context.records().drafts();
    const auto draft = drafts.load(id);
    if (!draft) {
        *error = tr("The unfinished session could not be opened. It stays saved.");
        return false;
    }
    m_restoring = true;
    const auto step = SessionDraft::restore(m_model, *draft);
    if (!step) {
        m_restoring = false;
        *error = tr("The unfinished session could not be opened. It stays saved.");
        return false;
    }
    drafts.markResumed(id);
    // The pages copy the model into their widgets on the way: walk from the start to the step.
    ui::SessionWizard *wizard = m_window.wizard();
    wizard->startOver();
    wizard->show();
    while (wizard->currentStep() != *step && wizard->nextId() != -1) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            break; // a page refused to go on (its rules changed): stop there, nothing is lost
    }
    m_restoring = false;
    saveDraft();
    return true;
}

QDialog *CounselorRecords::openHistory()
{
    if (!m_history) {
        auto *dialog = new QDialog(&m_window);
        dialog->setObjectName(QStringLiteral("historyDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_historyView = new ui::HistoryView(m_context.sessionStore(), m_context.clock(), dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("historyCloseButton"));
        buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the history"));
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(dialog, &QObject::destroyed, this, [this] { m_historyView = nullptr; });
        connect(m_historyView, &ui::HistoryView::exported, this, [this](const QUuid &id, const QString &what) {
            m_context.records().audit().record(AuditEvent::Exported,
                                               id.isNull() ? QString() : id.toString(QUuid::WithoutBraces), what);
        });
        if (auto *sync = m_context.syncService(); sync && sync->isEnrolled()) {
            m_historyView->setRetryHandler([sync](const QUuid &id) { return sync->retryRejected(id); });
            connect(sync, &sync::SyncService::recordStateChanged, m_historyView, &ui::HistoryView::scheduleReload);
        }
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(m_historyView);
        layout->addWidget(buttons);
        dialog->setWindowTitle(tr("History of the sessions"));
        dialog->resize(760, 520);
        m_history = dialog;
    }
    m_historyView->reload();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

bool CounselorRecords::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CounselorRecords::retranslate()
{
    m_historyAction->setText(tr("&History of the sessions..."));
}

} // namespace passerelle::app
