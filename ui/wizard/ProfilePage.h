// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QScrollArea;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class DateFieldsEdit;
class MessageLine;

/**
 * The questions that decide the answer, each a question ("Quelle est ta nationalité ?") with no
 * answer chosen in advance: birth date, nationality, residence (only when it matters), place of
 * residence, identity document, smartphone, and school (before 18). Copies the widgets into the
 * model on every change. Next checks the page: each question left unanswered or wrong gets its
 * message under it, in plain words, and the focus goes to the first one; the page goes on only
 * when nothing is left.
 */
class ProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    ProfilePage(SessionModel &model, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct YesNo
    {
        QLabel *question;
        QWidget *box;
        QButtonGroup *group;
        QRadioButton *yes;
        QRadioButton *no;
        MessageLine *error;
    };
    YesNo yesNo(const char *name);
    void setYesNo(const YesNo &question, std::optional<bool> answer);
    static std::optional<bool> answerOf(const YesNo &question);
    QWidget *fieldFor(const QString &field) const;
    void retranslate();
    void sizeRoundButtons();
    void copyToModel();
    void showProblems();
    SessionModel &m_model;
    bool m_loading = false;
    bool m_triedNext = false; ///< once Next was pressed, every unanswered question says so
    QLabel *m_birthLabel;
    DateFieldsEdit *m_birth;
    MessageLine *m_birthError;
    QLabel *m_nationalityLabel;
    QWidget *m_nationalityBox;
    QButtonGroup *m_nationality;
    QRadioButton *m_french;
    QRadioButton *m_european;
    QRadioButton *m_other;
    MessageLine *m_nationalityError;
    QWidget *m_residence;
    QLabel *m_residenceLabel;
    DateFieldsEdit *m_residentSince;
    MessageLine *m_residenceError;
    QLabel *m_territoryLabel;
    QComboBox *m_territory;
    MessageLine *m_territoryError;
    QLabel *m_documentLabel;
    QComboBox *m_document;
    MessageLine *m_documentError;
    YesNo m_smartphone;
    YesNo m_school; ///< at school, with ÉduConnect codes; asked before 18
    QLabel *m_why;
    QScrollArea *m_scroll;
};

} // namespace passerelle::ui
