// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

namespace passerelle::ui {

/** The DSFR stepper's bar: one segment per step, the done and current ones filled. */
class StepBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QColor doneColour READ doneColour WRITE setDoneColour)
    Q_PROPERTY(QColor todoColour READ todoColour WRITE setTodoColour)

public:
    explicit StepBar(QWidget *parent = nullptr);
    void setSteps(int current, int total);
    QColor doneColour() const { return m_done; }
    void setDoneColour(const QColor &colour);
    QColor todoColour() const { return m_todo; }
    void setTodoColour(const QColor &colour);
    QSize sizeHint() const override { return {240, 8}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_current = 0;
    int m_total = 0;
    QColor m_done = QColor(0x00, 0x00, 0x91);
    QColor m_todo = QColor(0xdd, 0xdd, 0xdd);
};

/**
 * The header of every wizard page, after the DSFR's "indicateur d'étapes": "Étape 2 sur 6", the
 * page's title, the bar, the page's subtitle and "Étape suivante : …". Its texts are given by the
 * wizard (SessionWizard), which knows the steps; the styles come from the theme (roles
 * "stepState", "pageTitle", "stepNext").
 */
class StepHeader : public QWidget
{
    Q_OBJECT

public:
    explicit StepHeader(QWidget *parent = nullptr);
    /** Step @p current (1-based) of @p total; @p next is the next step's title, empty on the last. */
    void setStep(int current, int total, const QString &title, const QString &subTitle, const QString &next);
    QString stateText() const;
    QString titleText() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void keepEveryLine();
    QLabel *m_state;
    QLabel *m_title;
    StepBar *m_bar;
    QLabel *m_subTitle;
    QLabel *m_next;
    int m_current = 0;
    int m_total = 0;
    QString m_nextTitle;
};

} // namespace passerelle::ui
