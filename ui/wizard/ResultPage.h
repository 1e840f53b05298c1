// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class MessageLine;

/**
 * The answer at a glance (status, amount, dates), the explanation in plain words, what to do
 * next and the identity route. When the flow ends here, Finish saves the session; a failure is
 * said here and loses nothing.
 */
class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    ResultPage(SessionModel &model, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void addFact(const char *objectName, const QString &label, const QString &value);
    SessionModel &m_model;
    QLabel *m_headline;
    QLabel *m_amount;
    QFormLayout *m_facts;
    QLabel *m_explanationTitle;
    QLabel *m_explanation;
    QLabel *m_nextTitle;
    QLabel *m_identity;
    QLabel *m_rules;
    MessageLine *m_saveError;
};

} // namespace passerelle::ui
