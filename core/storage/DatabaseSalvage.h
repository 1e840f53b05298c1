// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace passerelle {

/**
 * What can still be read of a damaged database, read row by row around the damage, in process and
 * with SQL only (no sqlite3 shell, nothing platform-specific), so it works on a counselor's Windows
 * PC as on a kiosk.
 *
 * Rows are found two ways: by walking the table in rowid order and, where a page cannot be read,
 * seeking past it (an exponential then binary search on the rowid), and from every index of the
 * table that can still be read (an index lists the rowids of rows whose own page is lost). Each
 * row found is then read alone by its rowid: a row on a damaged page fails alone and is counted
 * as lost, its neighbours are copied.
 */
class DatabaseSalvage
{
public:
    struct TableCount
    {
        int read = 0; ///< rows copied
        int lost = 0; ///< rows known (from the table or an index) that could not be read or copied
    };

    struct Report
    {
        QMap<QString, TableCount> tables;
        bool opened = false; ///< the damaged file could be opened at all (its schema read)
        int sessionsRead() const { return tables.value(QStringLiteral("sessions")).read; }
        int sessionsLost() const { return tables.value(QStringLiteral("sessions")).lost; }
    };

    /**
     * Damage in the tables a listing or an export reads: PRAGMA quick_check on each table and its
     * indexes (not the whole file). With @p withImages, the image tables too (they are the largest,
     * so start-up leaves them out: a damaged image is found and counted when it is read). A check
     * that cannot even run counts as damage. @p detail gets SQLite's first complaint.
     */
    static bool isDamaged(const QSqlDatabase &db, bool withImages, QString *detail = nullptr);

    /**
     * Copies every readable row of @p source (any connection that can read it) into @p target, a
     * fresh database of the same schema, in one transaction. Existing target rows win (INSERT OR
     * IGNORE). Afterwards every session has its outbox row (queued when its own was lost), and no
     * outbox row is left without its session. Without @p withImages the image tables are skipped.
     */
    static Report copy(const QSqlDatabase &source, QSqlDatabase target, bool withImages = true);

    /** Same, from the file at @p sourcePath, opened read-only and left as it is. */
    static Report copyFile(const QString &sourcePath, QSqlDatabase target, bool withImages = true);

    /**
     * Sets @p db to open @p path read-only. @p immutable: SQLite makes no -shm or -wal beside it;
     * only for a file nobody writes, with no WAL content to read (immutable mode skips the WAL).
     */
    static void readOnlyConnection(QSqlDatabase &db, const QString &path, bool immutable);

    /** A value of the meta table of the file at @p sourcePath, if it can be read (left as it is). */
    static QString metaValue(const QString &sourcePath, const QString &key);
};

} // namespace passerelle
