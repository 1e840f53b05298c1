// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ProfilePage.h"

#include "core/eligibility/IdentityRoute.h"
#include "core/eligibility/Territory.h"
#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/DateFieldsEdit.h"
#include "ui/widgets/MessageLine.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
/** Inline errors wait until the person has typed the whole date (no scolding mid-typing). */
bool typedWholeDate(const DateFieldsEdit *edit)
{
    const DateFields f = edit->fields();
    return !f.day.isEmpty() && !f.month.isEmpty() && f.year.size() == 4;
}
} // namespace

ProfilePage::ProfilePage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_birthLabel(new QLabel(this))
    , m_birth(new DateFieldsEdit(QStringLiteral("birth"), this))
    , m_birthError(new MessageLine(this, "birthError"))
    , m_nationalityBox(new QGroupBox(this))
    , m_nationality(new QButtonGroup(this))
    , m_french(new QRadioButton(m_nationalityBox))
    , m_european(new QRadioButton(m_nationalityBox))
    , m_other(new QRadioButton(m_nationalityBox))
    , m_residence(new QWidget(this))
    , m_residenceLabel(new QLabel(m_residence))
    , m_residentSince(new DateFieldsEdit(QStringLiteral("residentSince"), m_residence))
    , m_residenceError(new MessageLine(m_residence, "residenceError"))
    , m_territoryLabel(new QLabel(this))
    , m_territory(new QComboBox(this))
    , m_documentLabel(new QLabel(this))
    , m_document(new QComboBox(this))
    , m_smartphone(new QCheckBox(this))
    , m_school(new QCheckBox(this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePage"));
    m_birthLabel->setProperty("role", QStringLiteral("heading"));
    m_birthLabel->setBuddy(m_birth->dayEdit());
    m_nationalityBox->setObjectName(QStringLiteral("nationalityGroup"));
    m_nationality->addButton(m_french, static_cast<int>(Nationality::French));
    m_nationality->addButton(m_european, static_cast<int>(Nationality::EuEeaSwiss));
    m_nationality->addButton(m_other, static_cast<int>(Nationality::Other));
    auto *nationalityLayout = new QVBoxLayout(m_nationalityBox);
    for (auto *radio : {m_french, m_european, m_other})
        nationalityLayout->addWidget(radio);

    m_residence->setObjectName(QStringLiteral("residenceGroup"));
    m_residenceLabel->setBuddy(m_residentSince->dayEdit());
    auto *residenceLayout = new QVBoxLayout(m_residence);
    residenceLayout->setContentsMargins(0, 0, 0, 0);
    residenceLayout->addWidget(m_residenceLabel);
    residenceLayout->addWidget(m_residentSince);
    residenceLayout->addWidget(m_residenceError);

    for (const auto &code : territories::codes())
        m_territory->addItem(QString(), code);
    m_territoryLabel->setBuddy(m_territory);
    for (auto document : allIdentityDocuments())
        m_document->addItem(QString(), identityDocumentCode(document));
    m_documentLabel->setBuddy(m_document);
    m_why->setObjectName(QStringLiteral("whyNextDisabled"));
    m_why->setProperty("role", QStringLiteral("hint"));
    m_why->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_birthLabel);
    layout->addWidget(m_birth);
    layout->addWidget(m_birthError);
    layout->addWidget(m_nationalityBox);
    layout->addWidget(m_residence);
    auto *form = new QFormLayout;
    form->addRow(m_territoryLabel, m_territory);
    form->addRow(m_documentLabel, m_document);
    layout->addLayout(form);
    layout->addWidget(m_smartphone);
    layout->addWidget(m_school);
    layout->addStretch();
    layout->addWidget(m_why);

    // Logical tab order: the date, then the choices from top to bottom.
    setTabOrder(m_birth->dayEdit(), m_birth->monthEdit());
    setTabOrder(m_birth->monthEdit(), m_birth->yearEdit());
    setTabOrder(m_birth->yearEdit(), m_french);
    setTabOrder(m_french, m_residentSince->dayEdit());
    setTabOrder(m_residentSince->dayEdit(), m_residentSince->monthEdit());
    setTabOrder(m_residentSince->monthEdit(), m_residentSince->yearEdit());
    setTabOrder(m_residentSince->yearEdit(), m_territory);
    setTabOrder(m_territory, m_document);
    setTabOrder(m_document, m_smartphone);
    setTabOrder(m_smartphone, m_school);

    connect(m_birth, &DateFieldsEdit::edited, this, &ProfilePage::copyToModel);
    connect(m_residentSince, &DateFieldsEdit::edited, this, &ProfilePage::copyToModel);
    connect(m_nationality, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            copyToModel();
    });
    connect(m_territory, &QComboBox::currentIndexChanged, this, &ProfilePage::copyToModel);
    connect(m_document, &QComboBox::currentIndexChanged, this, &ProfilePage::copyToModel);
    connect(m_smartphone, &QCheckBox::toggled, this, &ProfilePage::copyToModel);
    connect(m_school, &QCheckBox::toggled, this, &ProfilePage::copyToModel);
    retranslate();
}

void ProfilePage::initializePage()
{
    m_loading = true;
    const ProfileForm &form = m_model.profile();
    m_birth->setFields(form.birth);
    m_birth->resetEdited();
    m_nationality->button(static_cast<int>(form.nationality))->setChecked(true);
    m_residentSince->setFields(form.residentSince);
    m_residentSince->resetEdited();
    m_territory->setCurrentIndex(m_territory->findData(form.territory));
    m_document->setCurrentIndex(m_document->findData(identityDocumentCode(form.document)));
    m_smartphone->setChecked(form.hasSmartphone);
    m_school->setChecked(form.hasEduConnect);
    m_loading = false;
    retranslate();
    showProblems();
    m_birth->setFocus();
}

bool ProfilePage::isComplete() const
{
    return m_model.checkProfile().input.has_value();
}

void ProfilePage::copyToModel()
{
    if (m_loading)
        return;
    ProfileForm form;
    form.birth = m_birth->fields();
    form.nationality = static_cast<Nationality>(m_nationality->checkedId());
    form.residentSince = m_residentSince->fields();
    form.territory = m_territory->currentData().toString();
    form.document = identityDocumentFromCode(m_document->currentData().toString()).value_or(IdentityDocument::None);
    form.hasSmartphone = m_smartphone->isChecked();
    form.hasEduConnect = m_school->isChecked();
    m_model.setProfile(form);
    showProblems();
    emit completeChanged();
}

void ProfilePage::showProblems()
{
    m_residence->setVisible(m_model.profile().asksResidenceDate());
    const auto check = m_model.checkProfile();
    QString birthError;
    QString residenceError;
    QString otherError;
    for (const auto &error : check.errors) {
        if (error.field == QLatin1String("birth_date"))
            birthError = error.message;
        else if (error.field == QLatin1String("resident_since"))
            residenceError = error.message;
        else if (otherError.isEmpty())
            otherError = error.message;
    }
    const bool showBirth = !birthError.isEmpty() && typedWholeDate(m_birth);
    const bool showResidence = !residenceError.isEmpty() && typedWholeDate(m_residentSince);
    m_birthError->setMessage(birthError, MessageLine::Kind::Error);
    m_birthError->setVisible(showBirth);
    m_residenceError->setMessage(residenceError, MessageLine::Kind::Error);
    m_residenceError->setVisible(showResidence);
    m_birth->setAccessibleDescription(showBirth ? birthError : QString());

    QString why;
    if (!check.errors.isEmpty())
        why = tr("To continue: %1").arg(check.errors.first().message);
    m_why->setText(why);
    m_why->setAccessibleName(why);
    m_why->setVisible(!why.isEmpty());
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ProfilePage::retranslate()
{
    setTitle(tr("About you"));
    setSubTitle(tr("Appointment of %1. A few questions to check your rights.")
                    .arg(dates::toLongText(m_model.appointmentDate())));
    m_birthLabel->setText(tr("Date of bi&rth"));
    m_birth->setSubject(tr("Date of birth"));
    m_nationalityBox->setTitle(tr("Nationality"));
    m_nationalityBox->setAccessibleName(tr("Nationality"));
    name(m_french, "nationalityFrench", nationalityDisplayName(Nationality::French));
    name(m_european, "nationalityEu", nationalityDisplayName(Nationality::EuEeaSwiss));
    name(m_other, "nationalityOther", nationalityDisplayName(Nationality::Other));
    m_french->setText(nationalityDisplayName(Nationality::French));
    m_european->setText(nationalityDisplayName(Nationality::EuEeaSwiss));
    m_other->setText(nationalityDisplayName(Nationality::Other));
    m_residenceLabel->setText(tr("Living in France &since"));
    m_residentSince->setSubject(tr("Living in France since"));
    m_residence->setAccessibleName(tr("Living in France since"));
    m_territoryLabel->setText(tr("&Where do you live?"));
    for (int i = 0; i < m_territory->count(); ++i)
        m_territory->setItemText(i, territories::displayName(m_territory->itemData(i).toString()));
    name(m_territory, "territoryCombo", tr("Where do you live?"));
    m_documentLabel->setText(tr("&Identity document"));
    for (int i = 0; i < m_document->count(); ++i) {
        const auto document = identityDocumentFromCode(m_document->itemData(i).toString());
        m_document->setItemText(i, identityDocumentDisplayName(document.value_or(IdentityDocument::None)));
    }
    name(m_document, "documentCombo", tr("Identity document you have"));
    m_smartphone->setText(tr("I have a smart&phone"));
    name(m_smartphone, "smartphoneCheck", tr("I have a smartphone"),
         tr("The photo check in the pass Culture app needs a smartphone."));
    m_school->setText(tr("I am at school and I have my É&duConnect codes"));
    name(m_school, "schoolCheck", tr("I am at school and I have my ÉduConnect codes"),
         tr("At 15, 16 or 17, the school login ÉduConnect confirms your identity without photos."));
    if (!m_loading)
        showProblems();
}

} // namespace passerelle::ui
