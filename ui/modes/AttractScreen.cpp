// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/AttractScreen.h"

#include "core/util/Translations.h"
#include "ui/widgets/Accessibility.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
/** Each language by its own name: never translated. */
QString nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("Français");
}
} // namespace

AttractScreen::AttractScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(roleLabel(this, "attractTitle", "panelTitle", Qt::AlignCenter))
    , m_text(roleLabel(this, "attractText", "panelText", Qt::AlignCenter))
    , m_start(new QPushButton(this))
    , m_privacy(roleLabel(this, "attractPrivacy", "panelText", Qt::AlignCenter))
    , m_admin(new QPushButton(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setProperty("role", QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *languages = new QHBoxLayout;
    languages->setSpacing(16);
    languages->addStretch();
    auto *group = new QButtonGroup(this);
    for (const auto &language : supportedLanguages()) {
        auto *button = new QPushButton(nativeName(language), this);
        button->setObjectName(QStringLiteral("language_") + language);
        button->setProperty("role", QStringLiteral("language"));
        button->setProperty("language", language);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setMinimumSize(160, 64);
        // The name in its own language, read by a screen reader in that language's words.
        button->setAccessibleName(nativeName(language));
        group->addButton(button);
        languages->addWidget(button);
        m_languages << button;
        connect(button, &QPushButton::clicked, this, [this, language] { emit languageRequested(language); });
    }
    languages->addStretch();
    m_start->setProperty("role", QStringLiteral("big"));
    m_start->setMinimumHeight(72);
    m_start->setDefault(true);
    m_admin->setProperty("role", QStringLiteral("secondary"));
    m_admin->setMinimumHeight(48);
    m_admin->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    // Tight enough that everything fits 1024x768 at 200 % text: a scroll area here would leave a
    // finger's tap on "Commencer" unanswered while the page moves under it.
    layout->setContentsMargins(32, 12, 32, 12);
    layout->addLayout(languages);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_privacy);
    layout->addStretch(3);
    layout->addWidget(m_admin, 0, Qt::AlignTrailing);
    connect(m_start, &QPushButton::clicked, this, &AttractScreen::startRequested);
    connect(m_admin, &QPushButton::clicked, this, &AttractScreen::adminRequested);
    showLanguage(currentLanguage());
    retranslate();
}

QPushButton *AttractScreen::languageButton(const QString &language) const
{
    for (auto *button : m_languages) {
        if (button->property("language").toString() == language)
            return button;
    }
    return nullptr;
}

void AttractScreen::showLanguage(const QString &language)
{
    if (auto *button = languageButton(language))
        button->setChecked(true);
}

void AttractScreen::setAnonymousCounts(bool counted)
{
    m_counted = counted;
    retranslate();
}

QString AttractScreen::privacyText(bool anonymousCounts)
{
    return (anonymousCounts
                ? tr("This kiosk keeps nothing about you: it only counts visits, anonymously (the day, your age, "
                     "the answer, the last step and what you like), without your name or your date of birth.")
                : tr("This kiosk keeps nothing: your answers are erased when you finish or leave, and nothing is "
                     "sent.")) +
           QLatin1Char(' ') + tr("You can ask at the front desk.");
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttractScreen::retranslate()
{
    m_title->setText(tr("The pass Culture: is it for you?"));
    m_title->setAccessibleName(m_title->text());
    m_text->setText(tr("Find out in a few minutes, alone. It is free."));
    m_text->setAccessibleName(m_text->text());
    m_start->setText(tr("Start"));
    name(m_start, "attractStartButton", tr("Start"), tr("Find out if you can get the pass Culture."));
    m_privacy->setText(privacyText(m_counted));
    m_privacy->setAccessibleName(m_privacy->text());
    m_admin->setText(tr("Administration"));
    name(m_admin, "attractAdminButton", tr("Administration (PIN needed)"));
    showLanguage(currentLanguage());
}

} // namespace passerelle::ui
