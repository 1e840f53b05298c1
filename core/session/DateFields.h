// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace passerelle {

/**
 * A date typed as three fields (day, month, year), the way people say it, with a plain message
 * when it is not a real date. No calendar pop-up: birth dates are far in the past.
 */
struct DateFields
{
    QString day;
    QString month;
    QString year;

    bool isEmpty() const { return day.trimmed().isEmpty() && month.trimmed().isEmpty() && year.trimmed().isEmpty(); }

    /** The date, or an invalid one with @p error set to a translated sentence. */
    QDate toDate(QString *error) const;
    static DateFields fromDate(QDate date);
};

} // namespace passerelle
