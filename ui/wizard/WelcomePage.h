// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseLanguage(int index);
    SessionModel &m_model;
    QLabel *m_intro;
    QLabel *m_steps;
    QLabel *m_privacyTitle;
    QLabel *m_privacy;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace passerelle::ui
