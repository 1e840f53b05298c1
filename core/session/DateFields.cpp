// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/DateFields.h"

#include "core/util/Fail.h"

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
    if (day.trimmed().isEmpty() || month.trimmed().isEmpty() || year.trimmed().isEmpty())
        return fail(error, DateFieldsText::tr("Fill in the day, the month and the year."), QDate());
    int d = 0;
    int m = 0;
    int y = 0;
    if (!toNumber(day, &d) || d < 1 || d > 31)
        return fail(error, DateFieldsText::tr("The day must be a number from 1 to 31."), QDate());
    if (!toNumber(month, &m) || m < 1 || m > 12)
        return fail(error, DateFieldsText::tr("The month must be a number from 1 to 12."), QDate());
    if (!toNumber(year, &y) || year.trimmed().size() != 4 || y < 1900)
        return fail(error, DateFieldsText::tr("The year must have four digits, for example 2008."), QDate());
    const QDate date(y, m, d);
    if (!date.isValid())
        return fail(error, DateFieldsText::tr("This date does not exist (check the day and the month)."), QDate());
    return date;
}

DateFields DateFields::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    return {QString::number(date.day()), QString::number(date.month()), QString::number(date.year())};
}

} // namespace passerelle
