// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/DateFields.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

/** Translation context for this file's sentences. */
struct DateFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(DateFields)
};

bool toNumber(const QString &text, int *value)
{
    bool ok = false;
    *value = text.trimmed().toInt(&ok);
    return ok;
}
} // namespace

QDate DateFields::toDate(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QDate();
    };
    if (day.trimmed().isEmpty() || month.trimmed().isEmpty() || year.trimmed().isEmpty())
        return fail(DateFieldsText::tr("Fill in the day, the month and the year."));
    int d = 0;
    int m = 0;
    int y = 0;
    if (!toNumber(day, &d) || d < 1 || d > 31)
        return fail(DateFieldsText::tr("The day must be a number from 1 to 31."));
    if (!toNumber(month, &m) || m < 1 || m > 12)
        return fail(DateFieldsText::tr("The month must be a number from 1 to 12."));
    if (!toNumber(year, &y) || year.trimmed().size() != 4 || y < 1900)
        return fail(DateFieldsText::tr("The year must have four digits, for example 2008."));
    const QDate date(y, m, d);
    if (!date.isValid())
        return fail(DateFieldsText::tr("This date does not exist (check the day and the month)."));
    return date;
}

DateFields DateFields::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    return {QString::number(date.day()), QString::number(date.month()), QString::number(date.year())};
}

} // namespace passerelle
