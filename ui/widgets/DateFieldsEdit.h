// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/DateFields.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace passerelle::ui {

/**
 * A date as three short fields (day, month, year) with their labels: quicker and clearer than a
 * calendar for a birth date. Emits edited() on every keystroke.
 */
class DateFieldsEdit : public QWidget
{
    Q_OBJECT

public:
    /** @p objectPrefix names the fields "<prefix>Day", "<prefix>Month", "<prefix>Year". */
    DateFieldsEdit(const QString &objectPrefix, QWidget *parent = nullptr);

    DateFields fields() const;
    void setFields(const DateFields &fields);
    /** The accessible names say what the date is ("Date de naissance : jour"). */
    void setSubject(const QString &subject);
    bool wasEdited() const { return m_edited; }
    void resetEdited() { m_edited = false; }

    QLineEdit *dayEdit() const { return m_day; }
    QLineEdit *monthEdit() const { return m_month; }
    QLineEdit *yearEdit() const { return m_year; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineEdit *m_day;
    QLineEdit *m_month;
    QLineEdit *m_year;
    QLabel *m_dayLabel;
    QLabel *m_monthLabel;
    QLabel *m_yearLabel;
    QString m_subject;
    bool m_edited = false;
};

} // namespace passerelle::ui
