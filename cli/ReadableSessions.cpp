// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReadableSessions.h"

namespace passerelle::cli {

bool readSessions(Records &records, const Clock &clock, bool withImages, const char *command,
                  ReadableSessions *readable, QString *error)
{
    readable->store = &records.sessions();
    readable->database = &records.database();
    QString damage;
    readable->damaged = DatabaseSalvage::isDamaged(records.database().connection(), withImages, &damage);
    if (!readable->damaged)
        return true;
    qWarning("%s: the database is damaged (%s): reading it row by row", command, qPrintable(damage));
    readable->copy = Database::open(QStringLiteral(":memory:"), clock, error);
    if (!readable->copy)
        return false;
    readable->copy->setCipher(records.database().cipher());
    readable->salvage =
        DatabaseSalvage::copy(records.database().connection(), readable->copy->connection(), withImages);
    readable->store = &readable->copyStore.emplace(*readable->copy, clock);
    readable->database = readable->copy.get();
    return true;
}

} // namespace passerelle::cli
