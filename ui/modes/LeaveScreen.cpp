// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/LeaveScreen.h"

#include "ui/widgets/Accessibility.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

LeaveScreen::LeaveScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(roleLabel(this, "leaveTitle", "panelTitle", Qt::AlignCenter))
    , m_text(roleLabel(this, "leaveText", "panelText", Qt::AlignCenter))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("leaveScreen"));
    setProperty("role", QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    m_confirm->setProperty("role", QStringLiteral("big"));
    m_cancel->setProperty("role", QStringLiteral("secondary"));
    for (auto *button : {m_confirm, m_cancel}) {
        button->setMinimumHeight(64);
        button->setAutoDefault(false);
    }
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_confirm, &QPushButton::clicked, this, &LeaveScreen::confirmed);
    connect(m_cancel, &QPushButton::clicked, this, &LeaveScreen::cancelled);
    retranslate();
}

void LeaveScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeaveScreen::retranslate()
{
    m_title->setText(tr("Erase everything and leave the kiosk?"));
    m_title->setAccessibleName(m_title->text());
    m_text->setText(tr("Your answers will be erased. The kiosk is then ready for the next person."));
    m_text->setAccessibleName(m_text->text());
    m_confirm->setText(tr("Yes, erase everything"));
    name(m_confirm, "leaveConfirmButton", tr("Yes, erase everything"));
    m_cancel->setText(tr("No, go on"));
    name(m_cancel, "leaveCancelButton", tr("No, go on with my answers"));
}

} // namespace passerelle::ui
