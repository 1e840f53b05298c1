// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SessionWizard.h"

#include "session/SessionModel.h"
#include "widgets/Accessibility.h"
#include "wizard/ProfilePage.h"
#include "wizard/ResultPage.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QEvent>

namespace passerelle::ui {

SessionWizard::SessionWizard(SessionModel &model, QWidget *parent) : QWizard(parent), m_model(model)
{
    setObjectName(QStringLiteral("sessionWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveFinishButtonOnEarlyPages);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setPage(static_cast<int>(WizardStep::Welcome), new WelcomePage(model, this));
    setPage(static_cast<int>(WizardStep::Profile), new ProfilePage(model, this));
    setPage(static_cast<int>(WizardStep::Result), new ResultPage(model, this));
    setStartId(static_cast<int>(WizardFlow::first()));
    retranslate();
}

int SessionWizard::nextId() const
{
    if (currentId() < 0)
        return static_cast<int>(WizardFlow::first());
    const auto next = WizardFlow::next(currentStep(), m_model);
    return next ? static_cast<int>(*next) : -1;
}

bool SessionWizard::completeSession(QString *error)
{
    if (m_completer && !m_completer(error))
        return false;
    emit sessionCompleted();
    return true;
}

void SessionWizard::startOver()
{
    restart();
}

void SessionWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SessionWizard::retranslate()
{
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish and save"));
    name(button(QWizard::NextButton), "nextButton", tr("Next step"));
    name(button(QWizard::BackButton), "backButton", tr("Previous step"));
    name(button(QWizard::FinishButton), "finishButton", tr("Finish and save the appointment"));
    setAccessibleName(tr("Pass Culture appointment"));
}

} // namespace passerelle::ui
