// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/MessageLine.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace passerelle {
class Clock;
class HistoryModel;
class SessionStore;
} // namespace passerelle

namespace passerelle::ui {

/**
 * The counselor's history (counselor mode only): past sessions a page at a time, newest first,
 * with the right to erasure, the "images uploaded" confirmation, each record's sync state and the
 * "Send again" of a record the server refused. Thin over core's HistoryModel.
 */
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    /** @p clock dates the files it saves (the statistics' name); it must outlive the view. */
    HistoryView(SessionStore &store, const Clock &clock, QWidget *parent = nullptr);

    /** Asked before erasing a session; the default shows a confirmation box. Tests replace it. */
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    /** Asks where to save files (empty: cancelled); the default is a folder dialog. Tests replace it. */
    void setFolderChooser(std::function<QString()> choose) { m_chooseFolder = std::move(choose); }
    /**
     * Puts a record the server refused back in the queue (SyncService::retryRejected); without one
     * (no server enrolled) the "Send again" button stays hidden.
     */
    void setRetryHandler(std::function<bool(const QUuid &id)> retry);
    HistoryModel &model() const { return *m_model; }

public slots:
    /** Reloads the first page, keeping the selected session selected when it is still there. */
    void reload();
    /** Reloads soon, once for a burst of changes (a sync pass acknowledging many records). */
    void scheduleReload();

signals:
    /** A session's summary ("summary_pdf") or pictures ("documents") left the computer. */
    void exported(const QUuid &id, const QString &what);

private:
    void eraseSelected();
    void confirmUploaded();
    void saveSummary();
    void saveDocuments();
    void exportStatistics();
    void retrySelected();
    /** Answers the counselor's last action on the message line. */
    void say(const QString &message, MessageLine::Kind kind);
    void updateState();
    int selectedRow() const;
    void retranslate();

    SessionStore &m_store;
    const Clock &m_clock;
    HistoryModel *m_model;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_erase;
    QPushButton *m_uploaded;
    QPushButton *m_saveSummary;
    QPushButton *m_saveDocuments;
    QPushButton *m_statistics;
    QPushButton *m_retry;
    MessageLine *m_message;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString()> m_chooseFolder;
    std::function<bool(const QUuid &)> m_retryHandler;
    QTimer *m_reloadTimer;
    bool m_showingReason = false; ///< the message shows the selected record's refusal
};

} // namespace passerelle::ui
