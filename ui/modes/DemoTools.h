// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/WizardFlow.h"

#include <QObject>

class QLabel;
class QMainWindow;
class QPushButton;
class QToolBar;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class SessionWizard;

/**
 * What a webinar trainer needs around the wizard of @p window: a "DÉMONSTRATION" banner that
 * never goes away, the three personas, a reset button, and keys to jump between steps:
 * Ctrl+1..Ctrl+9 (step n), Ctrl+Right / Ctrl+Left (next / back), Alt+1..Alt+3 (persona),
 * Ctrl+R (reset).
 */
class DemoTools : public QObject
{
    Q_OBJECT

public:
    DemoTools(QMainWindow *window, SessionWizard *wizard, SessionModel &model);

    /** Loads persona @p index (0-2) and shows the welcome page. */
    void pickPersona(int index);
    /** Forgets everything typed: empty profile, welcome page. */
    void reset();
    /** Goes to @p step as far as the data allows (a step that needs an answer stops before it). */
    void jumpTo(WizardStep step);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QMainWindow *m_window;
    SessionWizard *m_wizard;
    SessionModel &m_model;
    QToolBar *m_bar;
    QLabel *m_banner;
    QList<QPushButton *> m_personas;
    QPushButton *m_reset;
};

} // namespace passerelle::ui
