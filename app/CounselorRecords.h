// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/WizardFlow.h"
#include "core/storage/DraftKeeper.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

class QAction;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {
class CounselorTools;
class HistoryView;
class MainWindow;
class SyncStatusWidget;
} // namespace passerelle::ui

namespace passerelle::app {

class AppContext;

/**
 * The records and the sync in the counselor's window (counselor mode only): the session in
 * progress saved as a draft at every step (kept in memory and retried when the disk refuses),
 * the resume prompt at start, the history in the Tools menu, the audit of printed and saved
 * summaries, and the sync state in the status bar with enrollment in the settings.
 */
class CounselorRecords : public QObject
{
    Q_OBJECT

public:
    CounselorRecords(AppContext &context, SessionModel &model, ui::MainWindow &window, ui::CounselorTools &tools);

    /** Starts the sync (start-up pass, timer, network watch). */
    void start();
    /**
     * Offers the newest unfinished session, if any (its age and step), and resumes or discards it
     * as the counselor chooses. True when a session was resumed.
     */
    bool offerDraft();
    /** Loads the draft @p id into the model and walks the wizard back to its step. */
    bool resumeDraft(const QUuid &id, QString *error);
    /** Opens (or brings forward) the history window. */
    QDialog *openHistory();

    DraftKeeper &draftKeeper() { return m_keeper; }
    ui::SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    QAction *historyAction() const { return m_historyAction; }
    /** The name of a step in the resume prompt. */
    static QString stepName(WizardStep step);

private:
    void saveDraft();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppContext &m_context;
    SessionModel &m_model;
    ui::MainWindow &m_window;
    DraftKeeper m_keeper;
    QSet<QUuid> m_completed;  ///< sessions saved for good: their drafts are never written again
    bool m_restoring = false; ///< walking the wizard back to a resumed step
    QAction *m_historyAction;
    QPointer<QDialog> m_history;
    ui::HistoryView *m_historyView = nullptr;
    ui::SyncStatusWidget *m_syncStatus = nullptr;
};

} // namespace passerelle::app
