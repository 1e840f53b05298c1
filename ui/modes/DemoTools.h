// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/WizardFlow.h"

#include <QObject>

class QLabel;
class QMainWindow;
class QPushButton;
class QWidget;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class SessionWizard;

/**
 * What a webinar trainer needs around the wizard of @p window: a "DÉMONSTRATION" panel above it,
 * in a colour of its own, that never goes away, with the three personas and a reset button laid
 * out in wrapping rows (never hidden behind an overflow button, at any text size), and keys to
 * jump between steps: Ctrl+1..Ctrl+9 (step n), Ctrl+Right / Ctrl+Left (next / back),
 * Alt+1..Alt+3 (persona), Ctrl+R (reset).
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
    /** The panel with the banner, the personas and reset. */
    QWidget *panel() const { return m_panel; }
    /** The personas' buttons, then reset: every tool the trainer clicks. */
    QList<QPushButton *> tools() const;

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QMainWindow *m_window;
    SessionWizard *m_wizard;
    SessionModel &m_model;
    QWidget *m_panel;
    QLabel *m_banner;
    QList<QPushButton *> m_personas;
    QPushButton *m_reset;
};

} // namespace passerelle::ui
