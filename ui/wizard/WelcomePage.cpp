// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/WelcomePage.h"

#include "core/session/SessionModel.h"
#include "core/storage/Retention.h"
#include "core/util/Translations.h"
#include "ui/widgets/Accessibility.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

WelcomePage::WelcomePage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_privacyTitle(new QLabel(this))
    , m_privacy(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    for (auto *label : {m_intro, m_steps, m_privacy}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_steps->setObjectName(QStringLiteral("welcomeSteps"));
    m_privacy->setObjectName(QStringLiteral("privacyNotice"));
    m_privacyTitle->setObjectName(QStringLiteral("privacyTitle"));
    m_privacyTitle->setProperty("role", QStringLiteral("heading"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_languageLabel->setBuddy(m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addSpacing(8);
    layout->addWidget(m_privacyTitle);
    layout->addWidget(m_privacy);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, &WelcomePage::chooseLanguage);
    retranslate();
}

void WelcomePage::initializePage()
{
    m_language->setCurrentIndex(m_language->findData(m_model.language()));
}

void WelcomePage::setPrivacyMode(AppMode mode, bool anonymousCounts)
{
    m_mode = mode;
    m_anonymousCounts = anonymousCounts;
    retranslate();
}

QString WelcomePage::privacyText(AppMode mode, bool anonymousCounts)
{
    switch (mode) {
    case AppMode::Kiosk:
        return (anonymousCounts ? tr("This kiosk keeps nothing about you: it only adds your visit to anonymous "
                                     "counts, without your name or your date of birth.")
                                : tr("This kiosk keeps nothing: your answers are erased when you finish or leave.")) +
               QLatin1Char(' ') + tr("Nothing is sent anywhere.") + QLatin1Char(' ') +
               tr("Questions? Ask at the Mission Locale's front desk.");
    case AppMode::Demo:
        return tr("This is a demonstration: the young people shown are made up.") + QLatin1Char(' ') +
               tr("Nothing is kept or sent.") + QLatin1Char(' ') + tr("Questions? Ask the trainer.");
    case AppMode::Counselor:
        break;
    }
    const RetentionPolicy retention;
    return tr("Your answers stay on this computer, protected: your personal details for %1 months, the pictures "
              "for %2 days or until they are sent.")
               .arg(retention.personalMonths)
               .arg(retention.imageDays) +
           QLatin1Char(' ') +
           tr("They are sent to your Mission Locale's server; the pictures only for a Démarche Numérique file, "
              "when the server asks for them.") +
           QLatin1Char(' ') + tr("To see them or have them deleted, ask your counselor.");
}

void WelcomePage::chooseLanguage(int index)
{
    const QString language = m_language->itemData(index).toString();
    if (language == currentLanguage())
        return;
    // Every widget gets a LanguageChange event and translates itself.
    installTranslations(language);
    m_model.setLanguage(language);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Let's see together what the pass Culture can give you."));
    m_intro->setText(tr("In this appointment, we answer three questions together:"));
    m_steps->setText(tr("1. Can you get the pass Culture, and how much?\n"
                        "2. Which identity document will you need?\n"
                        "3. What should you do next?"));
    m_privacyTitle->setText(tr("Your data"));
    m_privacy->setText(privacyText(m_mode, m_anonymousCounts));
    m_languageLabel->setText(tr("&Language"));
    name(m_language, "languageCombo", tr("Language of the appointment"));
    m_intro->setAccessibleName(m_intro->text());
    m_privacy->setAccessibleName(tr("Privacy notice"));
}

} // namespace passerelle::ui
