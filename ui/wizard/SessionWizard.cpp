// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SessionWizard.h"

#include "core/session/SessionModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/CapturePage.h"
#include "ui/wizard/InterestsPage.h"
#include "ui/wizard/OffersPage.h"
#include "ui/wizard/ProfilePage.h"
#include "ui/wizard/ResultPage.h"
#include "ui/wizard/SummaryPage.h"
#include "ui/wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>

namespace passerelle::ui {

SessionWizard::SessionWizard(SessionModel &model, QWidget *parent)
    : QWizard(parent)
    , m_model(model)
{
    QString catalogueError;
    m_catalogue = OfferCatalogue::builtIn(&catalogueError);
    if (m_catalogue.isEmpty())
        qWarning("offer catalogue: %s", qPrintable(catalogueError));
    setObjectName(QStringLiteral("sessionWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveFinishButtonOnEarlyPages);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setPage(static_cast<int>(WizardStep::Welcome), new WelcomePage(model, this));
    setPage(static_cast<int>(WizardStep::Profile), new ProfilePage(model, this));
    setPage(static_cast<int>(WizardStep::Result), new ResultPage(model, this));
    setPage(static_cast<int>(WizardStep::Capture), new CapturePage(model, this));
    setPage(static_cast<int>(WizardStep::Interests), new InterestsPage(model, m_catalogue, this));
    setPage(static_cast<int>(WizardStep::Offers), new OffersPage(model, m_catalogue, this));
    setPage(static_cast<int>(WizardStep::Summary), new SummaryPage(model, m_catalogue, this));
    setStartId(static_cast<int>(WizardFlow::first()));
    retranslate();
}

void SessionWizard::setPrivacyMode(AppMode mode, bool anonymousCounts)
{
    if (auto *welcome = qobject_cast<WelcomePage *>(page(static_cast<int>(WizardStep::Welcome))))
        welcome->setPrivacyMode(mode, anonymousCounts);
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

bool SessionWizard::finishIfLast(MessageLine *errorLine)
{
    // Whichever page ends this session's flow saves it (WizardFlow decides which one).
    if (nextId() != -1)
        return true;
    QString error;
    if (!completeSession(&error)) {
        errorLine->showMessage(tr("The appointment could not be saved: %1 Nothing is lost: try again.").arg(error),
                               MessageLine::Kind::Error);
        return false;
    }
    errorLine->hideMessage();
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
