// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/AnswerFacts.h"

#include <QWidget>

namespace passerelle::ui {

/**
 * The ages of the pass drawn across the page (issue 15): free offers, each credit, the end of the
 * credit, with today marked and any wait (residence, territory) as a hatched stretch. Passed
 * milestones are filled grey, the one that is "now" large and green, those to come outlined,
 * those out of reach crossed out: too young, eligible, waiting and too old read without a
 * sentence. The accessible description says the same in words. Mirrored right to left; every
 * size follows the font, so it grows at 200 %.
 */
class EligibilityTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityTimeline(QWidget *parent = nullptr);

    void setTimeline(const AnswerTimeline &timeline);
    const AnswerTimeline &timeline() const { return m_timeline; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

    /** The x of @p age on the axis, in widget pixels, mirrored right to left (for tests). */
    double xForAge(double age) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int line() const;
    int margin() const;

    AnswerTimeline m_timeline;
};

} // namespace passerelle::ui
