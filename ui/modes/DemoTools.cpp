// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/DemoTools.h"

#include "core/modes/DemoPersonas.h"
#include "core/session/SessionModel.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/wizard/SessionWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

DemoTools::DemoTools(QMainWindow *window, SessionWizard *wizard, SessionModel &model)
    : QObject(window)
    , m_window(window)
    , m_wizard(wizard)
    , m_model(model)
    , m_panel(new QWidget)
    , m_banner(new QLabel(m_panel))
    , m_reset(new QPushButton(m_panel))
{
    setWindowMode(window, AppMode::Demo);
    // A panel above the wizard rather than a toolbar: a toolbar hides what does not fit behind an
    // unnamed overflow button (the third persona at 100 %, every persona at 200 %). Here the
    // tools wrap onto a new row instead, each one visible and named.
    m_panel->setObjectName(QStringLiteral("demoBar"));
    m_panel->setProperty("role", QStringLiteral("demoPanel"));
    m_panel->setAttribute(Qt::WA_StyledBackground);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setProperty("role", QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    auto *tools = new QWidget(m_panel);
    tools->setObjectName(QStringLiteral("demoTools"));
    auto *flow = new FlowLayout(tools, 8);
    flow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QPushButton(tools);
        button->setAutoDefault(false);
        button->setMinimumHeight(44);
        m_personas << button;
        flow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, i] { pickPersona(i); });
    }
    m_reset->setParent(tools);
    m_reset->setAutoDefault(false);
    m_reset->setMinimumHeight(44);
    flow->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, this, &DemoTools::reset);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(8, 8, 8, 8);
    panelLayout->setSpacing(8);
    panelLayout->addWidget(m_banner);
    panelLayout->addWidget(tools);
    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("demoCentral"));
    auto *containerLayout = new QVBoxLayout(container);
    containerLayout->setContentsMargins(0, 0, 0, 0);
    containerLayout->setSpacing(0);
    containerLayout->addWidget(m_panel);
    containerLayout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(container);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(m_window);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
    };
    const auto steps = WizardFlow::allSteps();
    for (int i = 0; i < steps.size() && i < 9; ++i)
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, step = steps[i]] { jumpTo(step); });
    for (int i = 0; i < 3; ++i)
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] { pickPersona(i); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { m_wizard->next(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { m_wizard->back(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { reset(); });
    m_banner->installEventFilter(this);
    retranslate();
}

QList<QPushButton *> DemoTools::tools() const
{
    return m_personas + QList<QPushButton *>{m_reset};
}

void DemoTools::pickPersona(int index)
{
    const auto personas = demoPersonas(m_model.appointmentDate());
    if (index < 0 || index >= personas.size())
        return;
    m_model.start();
    m_model.setProfile(personas[index].profile);
    m_wizard->restart();
}

void DemoTools::reset()
{
    m_model.start();
    m_wizard->restart();
}

void DemoTools::jumpTo(WizardStep step)
{
    if (m_wizard->currentStep() == step)
        return;
    m_wizard->restart();
    // Walk forward like the presenter would, so every page is initialised from the model.
    for (int guard = 0; guard < 32 && m_wizard->currentStep() != step; ++guard) {
        auto *next = m_wizard->button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled())
            break;
        m_wizard->next();
    }
}

bool DemoTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_banner && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DemoTools::retranslate()
{
    m_panel->setAccessibleName(tr("Demonstration"));
    m_banner->setText(tr("DEMONSTRATION: made-up people, nothing is saved"));
    m_banner->setAccessibleName(m_banner->text());
    const auto personas = demoPersonas(m_model.appointmentDate());
    for (int i = 0; i < m_personas.size() && i < personas.size(); ++i) {
        m_personas[i]->setText(QStringLiteral("%1 · %2").arg(i + 1).arg(personas[i].title));
        m_personas[i]->setObjectName(QStringLiteral("persona%1Button").arg(i + 1));
        m_personas[i]->setAccessibleName(tr("Persona: %1").arg(personas[i].title));
        m_personas[i]->setAccessibleDescription(personas[i].description);
        m_personas[i]->setToolTip(tr("%1 (Alt+%2)").arg(personas[i].description).arg(i + 1));
    }
    m_reset->setText(tr("Reset"));
    name(m_reset, "demoResetButton", tr("Reset the demonstration"), tr("Ctrl+R"));
}

} // namespace passerelle::ui
