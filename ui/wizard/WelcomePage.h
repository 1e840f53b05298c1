// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

/** What will happen, the privacy notice in plain words, and the language. */
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(SessionModel &model, QWidget *parent = nullptr);
    void initializePage() override;

    /**
     * What this mode really does with the answers: counselor (kept here, sent to the Mission
     * Locale's server), kiosk (nothing, or anonymous counts when its owner turned them on), demo.
     */
    void setPrivacyMode(AppMode mode, bool anonymousCounts);
    /** The privacy notice of a mode, in the current language: two short sentences and where to ask. */
    static QString privacyText(AppMode mode, bool anonymousCounts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseLanguage(int index);
    SessionModel &m_model;
    AppMode m_mode = AppMode::Counselor;
    bool m_anonymousCounts = false;
    QLabel *m_intro;
    QLabel *m_steps;
    QLabel *m_privacyTitle;
    QLabel *m_privacy;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace passerelle::ui
