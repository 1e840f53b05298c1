// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class DateFieldsEdit;
class MessageLine;

/**
 * Birth date, nationality, residence (only when it matters), territory and identity document.
 * Copies the widgets into the model on every change; the model's checks say what is wrong,
 * inline, and Next stays disabled until nothing is.
 */
class ProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    ProfilePage(SessionModel &model, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copyToModel();
    void showProblems();
    SessionModel &m_model;
    bool m_loading = false;
    QLabel *m_birthLabel;
    DateFieldsEdit *m_birth;
    MessageLine *m_birthError;
    QGroupBox *m_nationalityBox;
    QButtonGroup *m_nationality;
    QRadioButton *m_french;
    QRadioButton *m_european;
    QRadioButton *m_other;
    QWidget *m_residence;
    QLabel *m_residenceLabel;
    DateFieldsEdit *m_residentSince;
    MessageLine *m_residenceError;
    QLabel *m_territoryLabel;
    QComboBox *m_territory;
    QLabel *m_documentLabel;
    QComboBox *m_document;
    QCheckBox *m_smartphone;
    QCheckBox *m_school; ///< at school, with ÉduConnect codes
    QLabel *m_why;
};

} // namespace passerelle::ui
