// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/DateFields.h"

#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace passerelle::ui {

class NumberPad;

/**
 * A date typed on a large number pad, no keyboard needed: three fields (day, month, year) shown
 * as big buttons; a tap picks the field, the pad fills it, and a full field moves on to the next
 * (2, 2 then 4 digits). Erase goes back across the fields. Digits and Backspace from a keyboard
 * work the same.
 */
class KioskDateEntry : public QWidget
{
    Q_OBJECT

public:
    /** @p prefix names the parts: "<prefix>Day", "<prefix>Month", "<prefix>Year", "<prefix>Pad". */
    explicit KioskDateEntry(const QString &prefix, QWidget *parent = nullptr);

    DateFields fields() const { return m_fields; }
    /** Empties the three fields and picks the day. */
    void clear();
    /** Whether the three fields are full (2, 2 and 4 digits, or 1 for a day or month). */
    bool isWhole() const;
    NumberPad *pad() const { return m_pad; }
    QPushButton *field(int index) const;
    /** The field being typed: 0 day, 1 month, 2 year. */
    int activeField() const { return m_active; }
    void setActiveField(int index);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void type(int digit);
    void erase();
    QString &text(int index);
    void showFields();
    DateFields m_fields;
    QButtonGroup *m_group;
    QList<QPushButton *> m_buttons;
    NumberPad *m_pad;
    int m_active = 0;
};

} // namespace passerelle::ui
