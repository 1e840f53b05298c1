// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace passerelle::ui {

/**
 * One question's answers as big buttons (at least 64 px high, 12 px apart), wrapping onto as many
 * lines as the text size needs. Nothing is chosen at first: what decides the answer is never
 * chosen for the young person. A chosen button says so with a tick, not by colour alone.
 */
class KioskChoices : public QWidget
{
    Q_OBJECT

public:
    explicit KioskChoices(QWidget *parent = nullptr);

    /** Adds an answer whose value is @p value, named @p objectName (its words: setLabel()). */
    QPushButton *addChoice(const QString &objectName, const QVariant &value);
    void setLabel(const QVariant &value, const QString &label);
    /** The chosen value; invalid while nothing is chosen. */
    QVariant value() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

signals:
    void chosen(const QVariant &value);

private:
    void showState();
    QButtonGroup *m_group;
    QList<QPushButton *> m_buttons;
    QList<QVariant> m_values;
    QStringList m_labels;
};

} // namespace passerelle::ui
