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

} // namespace passerelle
