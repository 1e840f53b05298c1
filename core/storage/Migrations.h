// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace passerelle {

/** One forward step of the schema. Versions start at 1 and follow each other. */
struct Migration
{
    int version;
    QStringList statements;
};

/** Every migration, in order. Append only: a released migration never changes. */
const QList<Migration> &migrations();
int latestSchemaVersion();

/**
 * Brings @p db to the latest version (PRAGMA user_version), each step in its own transaction.
 * Refuses a database newer than this app knows.
 */
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace passerelle
