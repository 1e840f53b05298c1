// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
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

/**
 * A date for people to read, in the default locale's language; the one formatter of every page,
 * summary and CLI. French says "1er juin 2027" and "26 novembre 2026"; Arabic the widely used
 * month names (يوليو, not the Moroccan يوليوز/غشت/شتنبر the ar_MA locale prints) with Western
 * digits; English "1 June 2027". The spaces are no-break spaces (U+00A0): a date never wraps, even
 * with text at 200 %. An empty string for an invalid date.
 */
QString toLongText(QDate date);
/** toLongText() in @p locale's language. */
QString toLongText(QDate date, const QLocale &locale);

} // namespace passerelle::dates
