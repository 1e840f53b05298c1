// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SessionWizard.h"

#include "core/session/SessionModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/StepHeader.h"
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
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

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
    // One header for every page, drawn here from WizardFlow's steps, not by each page: QWizard's own
    // title and subtitle give way to it (the pages keep setting title() and subTitle()).
    setOption(QWizard::IgnoreSubTitles, true);
    m_header = new StepHeader(this);
    QWidget *pageFrame = page(static_cast<int>(WizardFlow::first()))->parentWidget();
    if (auto *frameLayout = qobject_cast<QVBoxLayout *>(pageFrame ? pageFrame->layout() : nullptr))
        frameLayout->insertWidget(1, m_header); // after QWizard's top spacer, above the page
    connect(this, &QWizard::currentIdChanged, this, &SessionWizard::updateHeader);
    for (int id : pageIds())
        scrollWhenTooTall(page(id));
    retranslate();
}

void SessionWizard::scrollWhenTooTall(QWizardPage *wizardPage)
{
    // With text at 200 % on a laptop's 768 px, a page is taller than the window: its content scrolls
    // under the header, and Next stays in view, instead of the layout squeezing words out of sight.
    // The page's own layout moves, with its widgets, into the scrolled widget (QWidget::setLayout
    // takes it from the page); the pages themselves are not changed.
    // A page that scrolls its own content (result, offers, profile: a part of them stays in view)
    // is left as it is: two nested scroll areas would show two scroll bars.
    QLayout *content = wizardPage->layout();
    if (!content || wizardPage->findChild<QScrollArea *>())
        return;
    auto *inner = new QWidget;
    inner->setObjectName(wizardPage->objectName() + QStringLiteral("Content"));
    inner->setLayout(content);
    auto *scroll = new QScrollArea(wizardPage);
    scroll->setObjectName(wizardPage->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // the page's controls take the focus, not the frame
    scroll->setWidget(inner);
    scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(wizardPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SessionWizard::updateHeader()
{
    QWizardPage *current = currentPage();
    if (!current)
        return;
    const QList<WizardStep> steps = WizardFlow::plannedSteps(m_model);
    const auto next = WizardFlow::next(currentStep(), m_model);
    QWizardPage *nextPage = next ? page(static_cast<int>(*next)) : nullptr;
    const int index = steps.indexOf(currentStep());
    m_header->setStep(index + 1, index < 0 ? 0 : int(steps.size()), current->title(), current->subTitle(),
                      nextPage ? nextPage->title() : QString());
    // The primary button is Next, or Finish on the last step: the one Enter presses, drawn filled
    // (Theme). Embedded in the main window, QDialog's own bookkeeping of the default button (which
    // follows the focus between "auto-default" buttons of a top-level dialog) loses it at the first
    // click elsewhere: no button here is auto-default, and the wizard says which one is the default.
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    updateDefaultButton();
    // QWizard shows the title once more above the page (its layout is private): hide that copy.
    if (QWidget *pageFrame = current->parentWidget(); pageFrame && pageFrame->parentWidget()) {
        for (auto *label : pageFrame->parentWidget()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (label->text() == current->title())
                label->hide();
        }
    }
}

void SessionWizard::updateDefaultButton()
{
    QWizardPage *current = currentPage();
    if (!current)
        return;
    // A page whose own main action is on screen (the capture page's shutter) names it in its
    // "primaryButton" property: that one is the default, and Next is outlined.
    const bool last = nextId() == -1;
    auto *pagePrimary = qobject_cast<QPushButton *>(current->property("primaryButton").value<QObject *>());
    if (auto *nextButton = qobject_cast<QPushButton *>(button(QWizard::NextButton)))
        nextButton->setDefault(!last && !pagePrimary);
    if (auto *finishButton = qobject_cast<QPushButton *>(button(QWizard::FinishButton)))
        finishButton->setDefault(last && !pagePrimary);
    if (pagePrimary)
        pagePrimary->setDefault(true);
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // After the pages have retranslated their titles.
        QTimer::singleShot(0, this, &SessionWizard::updateHeader);
    }
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
