// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/CountdownScreen.h"

#include "ui/widgets/Accessibility.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

CountdownScreen::CountdownScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(roleLabel(this, "countdownTitle", "panelTitle", Qt::AlignCenter))
    , m_count(roleLabel(this, "countdownNumber", "countdown", Qt::AlignCenter))
    , m_text(roleLabel(this, "countdownText", "panelText", Qt::AlignCenter))
    , m_stay(new QPushButton(this))
{
    setObjectName(QStringLiteral("countdownScreen"));
    setProperty("role", QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    m_stay->setProperty("role", QStringLiteral("big"));
    m_stay->setDefault(true);
    m_stay->setMinimumHeight(64);
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
