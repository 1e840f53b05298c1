// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/AttractScreen.h"

#include "ui/widgets/Accessibility.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

AttractScreen::AttractScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(roleLabel(this, "attractTitle", "panelTitle", Qt::AlignCenter))
    , m_text(roleLabel(this, "attractText", "panelText", Qt::AlignCenter))
    , m_start(new QPushButton(this))
    , m_admin(new QPushButton(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setProperty("role", QStringLiteral("panel"));
    setAttribute(Qt::WA_StyledBackground);
    m_start->setProperty("role", QStringLiteral("big"));
    m_start->setDefault(true);
    m_admin->setFlat(true);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(24);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    layout->addWidget(m_admin, 0, Qt::AlignRight);
    connect(m_start, &QPushButton::clicked, this, &AttractScreen::startRequested);
    connect(m_admin, &QPushButton::clicked, this, &AttractScreen::adminRequested);
    retranslate();
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
    m_text->setText(tr("Find out in a few minutes. It is free. Your answers are not kept."));
    m_start->setText(tr("&Start"));
    name(m_start, "attractStartButton", tr("Start"), tr("Find out if you can get the pass Culture."));
    m_admin->setText(tr("Administration"));
    name(m_admin, "attractAdminButton", tr("Administration (PIN needed)"));
}

} // namespace passerelle::ui
