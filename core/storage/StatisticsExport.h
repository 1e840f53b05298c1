// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace passerelle {

class Database;

/**
 * Statistics as CSV, without personal data: one row per local day, outcome and age, with the
 * number of sessions and the chosen categories ("CINEMA:3;LIVRE:1"). Only clear columns are read.
 */
bool writeStatisticsCsv(Database &database, QIODevice &out, QString *error, int *rows = nullptr);

/** Writes a finished CSV text to @p out; false with the device's error when it did not all go. */
bool writeCsvText(QIODevice &out, const QByteArray &csv, QString *error);

} // namespace passerelle
