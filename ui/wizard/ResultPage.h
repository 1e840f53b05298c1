// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QToolButton;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class AnswerCard;
class EligibilityTimeline;
class MessageLine;

/**
 * The answer (issue 15): the answer card, then the timeline, nothing else above the fold; the
 * counselor's details (rule set, exact dates, digital cap, bonus, identity route) folded below,
 * said nowhere else. When the flow ends here, Finish saves the session; a failure is said here
 * and loses nothing.
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
    void fillDetails();
    void addDetail(const char *objectName, const QString &label, const QString &value);
    void updateToggle();
    SessionModel &m_model;
    AnswerCard *m_card;
    EligibilityTimeline *m_timeline;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QFormLayout *m_detailRows;
    MessageLine *m_saveError;
};

} // namespace passerelle::ui
