// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"
#include "core/offers/OfferCatalogue.h"
#include "core/session/WizardFlow.h"

#include <QWizard>

#include <functional>

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class MessageLine;
class StepHeader;

/**
 * The appointment wizard. It owns the pages, hands each the one SessionModel, and asks
 * WizardFlow (core) where to go next. Page ids are the WizardStep values.
 */
class SessionWizard : public QWizard
{
    Q_OBJECT

public:
    /** Saves the completed session; returns false with a plain message when it cannot. */
    using Completer = std::function<bool(QString *error)>;

    explicit SessionWizard(SessionModel &model, QWidget *parent = nullptr);

    SessionModel &model() const { return m_model; }
    void setCompleter(Completer completer) { m_completer = std::move(completer); }
    /** Called by the last page on Finish. */
    bool completeSession(QString *error);
    /**
     * For a page's validatePage(): on the flow's last page, saves the session and, when that
     * fails, says why on @p errorLine (nothing is lost). True when saved or not the last page.
     */
    bool finishIfLast(MessageLine *errorLine);
    /** The button Enter presses: the current page's "primaryButton" when it names one (after it changed), else
        Next, or Finish on the last step. */
    void updateDefaultButton();
    /** The offer catalogue the interests, offers and summary pages show. */
    const OfferCatalogue &catalogue() const { return m_catalogue; }
    /** The welcome page's privacy notice for this mode (WelcomePage::setPrivacyMode). */
    void setPrivacyMode(AppMode mode, bool anonymousCounts);

    int nextId() const override;
    /** Starts over for the next person (the model must have been reset). */
    void startOver();
    WizardStep currentStep() const { return static_cast<WizardStep>(currentId()); }
    /** The header above every page: "Étape 2 sur 6", the page's title and subtitle, the next step. */
    StepHeader *header() const { return m_header; }

signals:
    void sessionCompleted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void scrollWhenTooTall(QWizardPage *wizardPage);
    SessionModel &m_model;
    StepHeader *m_header = nullptr;
    Completer m_completer;
    OfferCatalogue m_catalogue;
};

} // namespace passerelle::ui
