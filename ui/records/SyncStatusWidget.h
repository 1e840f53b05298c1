// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace passerelle::sync {
class SyncService;
}

namespace passerelle::ui {

class MessageLine;

/**
 * The sync state in the counselor's status bar: how many sessions wait to be sent, the last
 * successful sync, the last problem in plain words, and the "Synchroniser" button. Thin over
 * SyncService's properties.
 */
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(sync::SyncService &service, QWidget *parent = nullptr);

    /** The sentence shown (also the label's accessible name). */
    QString stateText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    sync::SyncService &m_service;
    MessageLine *m_state;
    QPushButton *m_syncNow;
};

} // namespace passerelle::ui
