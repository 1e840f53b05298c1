// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/AnswerFacts.h"
#include "core/modes/KioskSteps.h"
#include "core/offers/SummaryDocument.h"

#include <QMap>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace passerelle {
class OfferCatalogue;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {

class ChoiceTile;
class KioskChoices;
class KioskDateEntry;
class MessageLine;

/** What the kiosk's last step offers to take away, from the kiosk's settings. */
struct KioskTakeAway
{
    SummarySettings site; ///< the Mission Locale's name and contact, to book a counselor
    /** A printer ready to print on, without any dialog; unset or null: no printer is set up. */
    std::function<std::unique_ptr<QPrinter>()> printer;
};

/**
 * A visit at the lobby kiosk, for a young person alone: one question per step on big buttons and
 * a number pad, the answer, what they like, the offers, and what to take away. Built on the one
 * SessionModel and the core's steps (kioskSteps()); no wizard page, no photo, no file dialog.
 * Always on screen: the step count and title, Back, Next, and "I'm done" (leaveRequested(): the
 * kiosk asks once before it erases everything).
 */
class KioskFlow : public QWidget
{
    Q_OBJECT

public:
    KioskFlow(SessionModel &model, const OfferCatalogue &catalogue, KioskTakeAway takeAway, QWidget *parent = nullptr);

    KioskStep currentStep() const { return m_current; }
    /** The steps of this visit so far (they follow the answers). */
    QList<KioskStep> steps() const;
    /** Whether the current step has its answer (Next is enabled). */
    bool isAnswered() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *doneButton() const { return m_done; }
    /** The page of @p step (for tests and the screenshot tour). */
    QWidget *page(KioskStep step) const { return m_pages.value(step); }

    /** Gives the focus to the step's first control (for those who bring a keyboard). */
    void focusStep();

public slots:
    void next();
    void back();

signals:
    /** "I'm done": the person wants to leave (or has finished). */
    void leaveRequested();
    /** The page changed (for the kiosk's focus and tests). */
    void stepChanged(passerelle::KioskStep step);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addPage(KioskStep step, const char *objectName);
    QVBoxLayout *pageLayout(KioskStep step) const;
    void buildQuestions();
    void buildInterests();
    void goTo(KioskStep step);
    void answered(KioskStep step);
    void copyDates();
    /** The answer card's facts, in the kiosk's words (no counselor at hand). */
    AnswerFacts kioskFacts() const;
    void fillAnswer();
    void fillOffers();
    void fillTakeAway();
    void printSummary();
    void updateBar();
    void retranslate();
    void clearDynamic(KioskStep step);
    void insertDynamic(KioskStep step, QWidget *widget, Qt::Alignment alignment = {});
    QLabel *addText(KioskStep step, const QString &objectName, const QString &text, const char *role = "");

    SessionModel &m_model;
    const OfferCatalogue &m_catalogue;
    KioskTakeAway m_takeAway;
    ProfileForm m_form;
    QSet<KioskStep> m_answered;
    KioskStep m_current = KioskStep::BirthDate;
    QLabel *m_count;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QMap<KioskStep, QWidget *> m_pages;
    QMap<KioskStep, QLabel *> m_questions;
    QMap<KioskStep, QList<QWidget *>> m_dynamic; ///< filled on entry, removed on the next fill
    KioskDateEntry *m_birth;
    MessageLine *m_birthError;
    KioskDateEntry *m_residentSince;
    MessageLine *m_residenceError;
    KioskChoices *m_nationality;
    KioskChoices *m_territory;
    KioskChoices *m_document;
    KioskChoices *m_smartphone;
    KioskChoices *m_school;
    QList<ChoiceTile *> m_tiles;
    ChoiceTile *m_dontKnow = nullptr;
    QStringList m_chosen;
    QPushButton *m_print = nullptr;
    MessageLine *m_printStatus = nullptr;
    QPushButton *m_back;
    QPushButton *m_done;
    QPushButton *m_next;
};

} // namespace passerelle::ui
