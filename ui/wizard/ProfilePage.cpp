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
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
/** Inline errors wait until the person has typed the whole date (no scolding mid-typing). */
bool typedWholeDate(const DateFieldsEdit *edit)
{
    const DateFields f = edit->fields();
    return !f.day.isEmpty() && !f.month.isEmpty() && f.year.size() == 4;
}

QLabel *questionLabel(QWidget *parent, const char *objectName)
{
    auto *label = roleLabel(parent, objectName, "heading");
    return label;
}

/** An exclusive group with no button checked: "no answer yet" (a plain uncheck is refused). */
void clearChoice(QButtonGroup *group)
{
    group->setExclusive(false);
    for (auto *button : group->buttons())
        button->setChecked(false);
    group->setExclusive(true);
}
} // namespace

ProfilePage::YesNo ProfilePage::yesNo(const char *name)
{
    const QString base = QString::fromLatin1(name);
    YesNo q{questionLabel(this, ""), new QWidget(this), new QButtonGroup(this),
            new QRadioButton,        new QRadioButton,  new MessageLine(this, "")};
    q.question->setObjectName(base + QStringLiteral("Question"));
    q.error->setObjectName(base + QStringLiteral("Error"));
    q.box->setObjectName(base + QStringLiteral("Group"));
    q.yes->setObjectName(base + QStringLiteral("Yes"));
    q.no->setObjectName(base + QStringLiteral("No"));
    q.group->addButton(q.yes, 1);
    q.group->addButton(q.no, 0);
    auto *layout = new QHBoxLayout(q.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(q.yes);
    layout->addWidget(q.no);
    layout->addStretch();
    connect(q.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            copyToModel();
    });
    return q;
}

void ProfilePage::setYesNo(const YesNo &question, std::optional<bool> answer)
{
    if (answer)
        (*answer ? question.yes : question.no)->setChecked(true);
    else
        clearChoice(question.group);
}

std::optional<bool> ProfilePage::answerOf(const YesNo &question)
{
    if (question.group->checkedId() < 0)
        return std::nullopt;
    return question.group->checkedId() == 1;
}

ProfilePage::ProfilePage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_birthLabel(questionLabel(this, "birthQuestion"))
    , m_birth(new DateFieldsEdit(QStringLiteral("birth"), this))
    , m_birthError(new MessageLine(this, "birthError"))
    , m_nationalityLabel(questionLabel(this, "nationalityQuestion"))
    , m_nationalityBox(new QWidget(this))
    , m_nationality(new QButtonGroup(this))
    , m_french(new QRadioButton(m_nationalityBox))
    , m_european(new QRadioButton(m_nationalityBox))
    , m_other(new QRadioButton(m_nationalityBox))
    , m_nationalityError(new MessageLine(this, "nationalityError"))
    , m_residence(new QWidget(this))
    , m_residenceLabel(questionLabel(m_residence, "residenceQuestion"))
    , m_residentSince(new DateFieldsEdit(QStringLiteral("residentSince"), m_residence))
    , m_residenceError(new MessageLine(m_residence, "residenceError"))
    , m_territoryLabel(questionLabel(this, "territoryQuestion"))
    , m_territory(new QComboBox(this))
    , m_territoryError(new MessageLine(this, "territoryError"))
    , m_documentLabel(questionLabel(this, "documentQuestion"))
    , m_document(new QComboBox(this))
    , m_documentError(new MessageLine(this, "documentError"))
    , m_smartphone(yesNo("smartphone"))
    , m_school(yesNo("school"))
    , m_why(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("profilePage"));
    m_birthLabel->setBuddy(m_birth->dayEdit());
    m_nationalityBox->setObjectName(QStringLiteral("nationalityGroup"));
    m_nationality->addButton(m_french, static_cast<int>(Nationality::French));
    m_nationality->addButton(m_european, static_cast<int>(Nationality::EuEeaSwiss));
    m_nationality->addButton(m_other, static_cast<int>(Nationality::Other));
    auto *nationalityLayout = new QVBoxLayout(m_nationalityBox);
    nationalityLayout->setContentsMargins(0, 0, 0, 0);
    for (auto *radio : {m_french, m_european, m_other})
        nationalityLayout->addWidget(radio);

    m_residence->setObjectName(QStringLiteral("residenceGroup"));
    m_residenceLabel->setBuddy(m_residentSince->dayEdit());
    auto *residenceLayout = new QVBoxLayout(m_residence);
    residenceLayout->setContentsMargins(0, 0, 0, 0);
    residenceLayout->addWidget(m_residenceLabel);
    residenceLayout->addWidget(m_residentSince);
    residenceLayout->addWidget(m_residenceError);

    // No answer chosen in advance: the lists start on their placeholder.
    for (const auto &code : territories::codes())
        m_territory->addItem(QString(), code);
    m_territoryLabel->setBuddy(m_territory);
    for (auto document : allIdentityDocuments())
        m_document->addItem(QString(), identityDocumentCode(document));
    m_documentLabel->setBuddy(m_document);
    m_why->setObjectName(QStringLiteral("whyNextDisabled"));
    m_why->setProperty("role", QStringLiteral("hint"));
    m_why->setWordWrap(true);

    // Each question, then its answer, then what is wrong with it.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("profileContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_birthLabel);
    layout->addWidget(m_birth);
    layout->addWidget(m_birthError);
    layout->addWidget(m_nationalityLabel);
    layout->addWidget(m_nationalityBox);
    layout->addWidget(m_nationalityError);
    layout->addWidget(m_residence);
    layout->addWidget(m_territoryLabel);
    layout->addWidget(m_territory, 0, Qt::AlignLeading);
    layout->addWidget(m_territoryError);
    layout->addWidget(m_documentLabel);
    layout->addWidget(m_document, 0, Qt::AlignLeading);
    layout->addWidget(m_documentError);
    layout->addWidget(m_smartphone.question);
    layout->addWidget(m_smartphone.box);
    layout->addWidget(m_smartphone.error);
    layout->addWidget(m_school.question);
    layout->addWidget(m_school.box);
    layout->addWidget(m_school.error);
    layout->addStretch();
    // Seven questions at 200 % text size scroll instead of being squeezed.
    scrollingPage(this, m_scroll, content, "profileScroll")->addWidget(m_why);

    // Logical tab order: the date, then the questions from top to bottom.
    setTabOrder(m_birth->dayEdit(), m_birth->monthEdit());
    setTabOrder(m_birth->monthEdit(), m_birth->yearEdit());
    setTabOrder(m_birth->yearEdit(), m_french);
    setTabOrder(m_french, m_european);
    setTabOrder(m_european, m_other);
    setTabOrder(m_other, m_residentSince->dayEdit());
    setTabOrder(m_residentSince->dayEdit(), m_residentSince->monthEdit());
    setTabOrder(m_residentSince->monthEdit(), m_residentSince->yearEdit());
    setTabOrder(m_residentSince->yearEdit(), m_territory);
    setTabOrder(m_territory, m_document);
    setTabOrder(m_document, m_smartphone.yes);
    setTabOrder(m_smartphone.yes, m_smartphone.no);
    setTabOrder(m_smartphone.no, m_school.yes);
    setTabOrder(m_school.yes, m_school.no);

    connect(m_birth, &DateFieldsEdit::edited, this, &ProfilePage::copyToModel);
    connect(m_residentSince, &DateFieldsEdit::edited, this, &ProfilePage::copyToModel);
    connect(m_nationality, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            copyToModel();
    });
    connect(m_territory, &QComboBox::currentIndexChanged, this, &ProfilePage::copyToModel);
    connect(m_document, &QComboBox::currentIndexChanged, this, &ProfilePage::copyToModel);
    sizeRoundButtons();
    retranslate();
}

void ProfilePage::initializePage()
{
    m_loading = true;
    sizeRoundButtons();
    m_triedNext = false;
    const ProfileForm &form = m_model.profile();
    m_birth->setFields(form.birth);
    m_birth->resetEdited();
    if (form.nationality)
        m_nationality->button(static_cast<int>(*form.nationality))->setChecked(true);
    else
        clearChoice(m_nationality);
    m_residentSince->setFields(form.residentSince);
    m_residentSince->resetEdited();
    m_territory->setCurrentIndex(m_territory->findData(form.territory)); // -1 (the placeholder) when unanswered
    m_document->setCurrentIndex(form.document ? m_document->findData(identityDocumentCode(*form.document)) : -1);
    setYesNo(m_smartphone, form.hasSmartphone);
    setYesNo(m_school, form.hasEduConnect);
    m_loading = false;
    retranslate();
    showProblems();
    m_birth->setFocus();
}

bool ProfilePage::validatePage()
{
    const auto check = m_model.checkProfile();
    if (check.input)
        return true;
    // Every question left says so under itself; the focus goes to the first one.
    m_triedNext = true;
    showProblems();
    if (QWidget *first = fieldFor(check.errors.first().field)) {
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first);
    }
    return false;
}

QWidget *ProfilePage::fieldFor(const QString &field) const
{
    if (field == QLatin1String("birth_date"))
        return m_birth->dayEdit();
    if (field == QLatin1String("nationality"))
        return m_nationality->checkedButton() ? m_nationality->checkedButton() : m_french;
    if (field == QLatin1String("resident_since"))
        return m_residentSince->dayEdit();
    if (field == QLatin1String("territory"))
        return m_territory;
    if (field == QLatin1String("document"))
        return m_document;
    if (field == QLatin1String("smartphone"))
        return m_smartphone.yes;
    if (field == QLatin1String("school"))
        return m_school.yes;
    return nullptr;
}

void ProfilePage::copyToModel()
{
    if (m_loading)
        return;
    ProfileForm form;
    form.birth = m_birth->fields();
    if (m_nationality->checkedId() >= 0)
        form.nationality = static_cast<Nationality>(m_nationality->checkedId());
    form.residentSince = m_residentSince->fields();
    form.territory = m_territory->currentData().toString();
    if (m_document->currentIndex() >= 0)
        form.document = identityDocumentFromCode(m_document->currentData().toString());
    form.hasSmartphone = answerOf(m_smartphone);
    form.hasEduConnect = answerOf(m_school);
    m_model.setProfile(form);
    showProblems();
    emit completeChanged();
}

void ProfilePage::showProblems()
{
    const ProfileForm &form = m_model.profile();
    m_residence->setVisible(form.asksResidenceDate());
    m_school.box->setVisible(form.asksSchool(m_model.appointmentDate()));
    m_school.question->setVisible(m_school.box->isVisibleTo(this));
    const auto check = m_model.checkProfile();
    QMap<QString, QString> messages;
    for (const auto &error : check.errors) {
        if (!messages.contains(error.field))
            messages.insert(error.field, error.message);
    }
    // A date says what is wrong once typed in full; a question left unanswered once Next was pressed.
    const auto show = [&](MessageLine *line, QWidget *field, const char *code, bool shown) {
        const QString message = messages.value(QString::fromLatin1(code));
        shown = shown && !message.isEmpty();
        line->setMessage(message, MessageLine::Kind::Error);
        line->setVisible(shown);
        field->setAccessibleDescription(shown ? message : QString());
    };
    show(m_birthError, m_birth, "birth_date", m_triedNext || typedWholeDate(m_birth));
    show(m_nationalityError, m_nationalityBox, "nationality", m_triedNext);
    show(m_residenceError, m_residence, "resident_since", m_triedNext || typedWholeDate(m_residentSince));
    show(m_territoryError, m_territory, "territory", m_triedNext);
    show(m_documentError, m_document, "document", m_triedNext);
    show(m_smartphone.error, m_smartphone.box, "smartphone", m_triedNext);
    show(m_school.error, m_school.box, "school", m_triedNext && m_school.box->isVisibleTo(this));

    QString why;
    if (m_triedNext && !check.errors.isEmpty())
        why = tr("To continue, answer the questions marked above: %n left.", nullptr, int(check.errors.size()));
    m_why->setText(why);
    m_why->setAccessibleName(why);
    m_why->setVisible(!why.isEmpty());
}

void ProfilePage::sizeRoundButtons()
{
    // The round buttons as tall as the letters of their words, whatever the text size (200 %).
    for (auto *radio : findChildren<QRadioButton *>()) {
        const int side = std::max(14, radio->fontMetrics().ascent());
        radio->setStyleSheet(QStringLiteral("QRadioButton::indicator { width: %1px; height: %1px; }").arg(side));
    }
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        sizeRoundButtons();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ProfilePage::retranslate()
{
    setTitle(tr("About you"));
    setSubTitle(tr("Appointment of %1. A few questions to check your rights.")
                    .arg(dates::toLongText(m_model.appointmentDate())));
    m_birthLabel->setText(tr("What is your date of bi&rth?"));
    m_birth->setSubject(tr("Date of birth"));
    m_nationalityLabel->setText(tr("What is your nationality?"));
    m_nationalityBox->setAccessibleName(tr("What is your nationality?"));
    name(m_french, "nationalityFrench", nationalityDisplayName(Nationality::French));
    name(m_european, "nationalityEu", nationalityDisplayName(Nationality::EuEeaSwiss));
    name(m_other, "nationalityOther", nationalityDisplayName(Nationality::Other));
    m_french->setText(nationalityDisplayName(Nationality::French));
    m_european->setText(nationalityDisplayName(Nationality::EuEeaSwiss));
    m_other->setText(nationalityDisplayName(Nationality::Other));
    m_residenceLabel->setText(tr("&Since when have you lived in France?"));
    m_residentSince->setSubject(tr("Living in France since"));
    m_residence->setAccessibleName(tr("Since when have you lived in France?"));
    m_territoryLabel->setText(tr("&Where do you live?"));
    m_scroll->setAccessibleName(tr("About you"));
    for (int i = 0; i < m_territory->count(); ++i)
        m_territory->setItemText(i, territories::displayName(m_territory->itemData(i).toString()));
    m_territory->setPlaceholderText(tr("Choose a place"));
    name(m_territory, "territoryCombo", tr("Where do you live?"));
    m_documentLabel->setText(tr("Which &identity document do you have?"));
    for (int i = 0; i < m_document->count(); ++i) {
        const auto document = identityDocumentFromCode(m_document->itemData(i).toString());
        m_document->setItemText(i, identityDocumentDisplayName(document.value_or(IdentityDocument::None)));
    }
    m_document->setPlaceholderText(tr("Choose a document"));
    name(m_document, "documentCombo", tr("Which identity document do you have?"));
    const auto yesNoText = [](const YesNo &q, const QString &question, const QString &why) {
        q.question->setText(question);
        q.box->setAccessibleName(question);
        q.box->setAccessibleDescription(why);
        q.yes->setText(tr("Yes"));
        q.no->setText(tr("No"));
        q.yes->setAccessibleName(tr("%1 Yes").arg(question));
        q.no->setAccessibleName(tr("%1 No").arg(question));
    };
    yesNoText(m_smartphone, tr("Do you have a smartphone?"),
              tr("The photo check in the pass Culture app needs a smartphone."));
    yesNoText(m_school, tr("Are you at school, with your ÉduConnect codes?"),
              tr("At 15, 16 or 17, the school login ÉduConnect confirms your identity without photos."));
    if (!m_loading)
        showProblems();
}

} // namespace passerelle::ui
