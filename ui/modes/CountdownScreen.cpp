// SPDX-License-Identifier: GPL-3.0-or-later
#include "modes/CountdownScreen.h"

#include "widgets/Accessibility.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
QLabel *panelLabel(QWidget *parent, const char *objectName, const char *role)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}
} // namespace

CountdownScreen::CountdownScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(panelLabel(this, "countdownTitle", "panelTitle"))
    , m_count(panelLabel(this, "countdownNumber", "countdown"))
    , m_text(panelLabel(this, "countdownText", "panelText"))
    , m_stay(new QPushButton(this))
{
    setObjectName(QStringLiteral("countdownScreen"));
    setProperty("role", QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    m_stay->setProperty("role", QStringLiteral("big"));
    m_stay->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_count);
    layout->addWidget(m_text);
    layout->addSpacing(24);
    layout->addWidget(m_stay, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_stay, &QPushButton::clicked, this, &CountdownScreen::stayRequested);
    retranslate();
}

void CountdownScreen::setSecondsLeft(int seconds)
{
    m_seconds = seconds;
    m_count->setText(QString::number(seconds));
    m_text->setText(tr("In %n seconds, everything you typed is erased for the next person.", nullptr, seconds));
    m_count->setAccessibleName(m_text->text());
}

void CountdownScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CountdownScreen::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_stay->setText(tr("&Yes, I am here"));
    name(m_stay, "stayButton", tr("Yes, I am here"), tr("Keep going with your answers."));
    setSecondsLeft(m_seconds);
}

} // namespace passerelle::ui
