// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace passerelle::dates {

/** Whole calendar years between @p birth and @p on (the official relativedelta(...).years). */
int ageOn(QDate birth, QDate on);

/**
 * The day @p birth reaches @p years. A 29 February birthday reaches it on 28 February in
 * non-leap years (QDate::addYears clamps the same way).
 */
QDate anniversary(QDate birth, int years);

/** Strict YYYY-MM-DD; an invalid QDate for anything else (including impossible dates). */
QDate parseIso(const QString &text);

/** YYYY-MM-DD, or an empty string for an invalid date. */
QString toIso(QDate date);

/** A date for people to read in the default locale: "26 novembre 2026". */
QString toLongText(QDate date);

} // namespace passerelle::dates
