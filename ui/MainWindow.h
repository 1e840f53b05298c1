// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/SessionWizard.h"

#include <QMainWindow>

class QAction;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

/** The counselor's window: the appointment wizard, and a new appointment when one is saved. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionModel &model, QWidget *parent = nullptr);

    SessionWizard *wizard() const { return m_wizard; }
    void setCompleter(SessionWizard::Completer completer);

public slots:
    /** Forgets the current person and starts again on the welcome page. */
    void newSession();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SessionModel &m_model;
    SessionWizard *m_wizard;
    QAction *m_newSession;
    QAction *m_quit;
    QMenu *m_menu;
};

} // namespace passerelle::ui
