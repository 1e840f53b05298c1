// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/AnswerFacts.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace passerelle::ui {

/**
 * The colour of an answer's tone, readable on @p background (dark in high contrast): green for
 * yes, amber for not yet, blue for a "no" (never red: red is for an error the user can fix).
 */
QColor answerToneColor(AnswerTone tone, const QColor &background);

/**
 * The answer at a glance (issue 15): one headline, the amount now, the one thing to do next with
 * its date, the document needed; for a kind "no", what exists instead comes first, with
 * pictograms. Every line is a selectable label with an accessible name; the card's accessible
 * description reads it all in order. Used by the wizard's result page and by the kiosk.
 */
class AnswerCard : public QFrame
{
    Q_OBJECT

public:
    explicit AnswerCard(QWidget *parent = nullptr);

    /** Shows @p facts (made in the current language: set again after a language change). */
    void setFacts(const AnswerFacts &facts);
    const AnswerFacts &facts() const { return m_facts; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildHelp();
    void updateIcons();

    AnswerFacts m_facts;
    QLabel *m_headline;
    QLabel *m_amount;
    QLabel *m_amountCaption;
    QLabel *m_action;
    QLabel *m_document;
    QWidget *m_help;
    QLabel *m_helpTitle;
    QVBoxLayout *m_helpRows;
    QVBoxLayout *m_layout;
};

} // namespace passerelle::ui
