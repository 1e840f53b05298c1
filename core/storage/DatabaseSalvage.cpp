// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseSalvage.h"

#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <limits>
#include <set>

namespace passerelle {

Q_LOGGING_CATEGORY(lcSalvage, "passerelle.salvage")

namespace {

const QStringList kImageTables{QStringLiteral("session_images"), QStringLiteral("draft_images")};
// Parents before their children (foreign keys); tables not named here follow in schema order.
const QStringList kCopyOrder{QStringLiteral("meta"),           QStringLiteral("sessions"),
                             QStringLiteral("session_images"), QStringLiteral("drafts"),
                             QStringLiteral("draft_images"),   QStringLiteral("outbox"),
                             QStringLiteral("outbox_parts"),   QStringLiteral("audit_log")};

QString quoted(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QStringList namesOf(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    QStringList names;
    QSqlQuery query(db);
    query.prepare(sql);
    if (!bound.isNull())
        query.addBindValue(bound);
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QStringList tablesOf(const QSqlDatabase &db)
{
    return namesOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY rowid"));
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    return columns;
}

// "rowid >= from" lands on the leaf page where @p from would be: it fails exactly when that page
// (or a page above it) cannot be read.
bool seekWorks(const QSqlDatabase &db, const QString &table, qint64 from)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1").arg(quoted(table)));
    query.addBindValue(from);
    return query.exec() && (query.next() || !query.lastError().isValid());
}

// Adds the rowids from @p from on; false when a page stops the walk (*last: the last rowid read).
bool walkFrom(const QSqlDatabase &db, const QString &table, qint64 from, std::set<qint64> *rowids, qint64 *last,
              bool *any)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid >= ? ORDER BY rowid").arg(quoted(table)));
    query.addBindValue(from);
    if (!query.exec())
        return false;
    while (query.next()) {
        *last = query.value(0).toLongLong();
        *any = true;
        rowids->insert(*last);
    }
    return !query.lastError().isValid();
}

// Every rowid the table's own pages still give, seeking past each damaged page.
void rowidsFromTable(const QSqlDatabase &db, const QString &table, std::set<qint64> *rowids)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 from = std::numeric_limits<qint64>::min();
    while (true) {
        qint64 last = from;
        bool any = false;
        if (walkFrom(db, table, from, rowids, &last, &any))
            return;
        // Going on from `low` fails. Find the smallest start past it where a seek works: double the
        // step until one does, then halve the gap (damaged pages cover contiguous rowid ranges).
        // Each round starts strictly further, so the walk ends.
        const qint64 low = any ? last : from;
        qint64 good = low;
        for (qint64 step = 1; low <= kMax - step; step *= 2) {
            if (seekWorks(db, table, low + step)) {
                good = low + step;
                break;
            }
            if (step > kMax / 2)
                break;
        }
        if (good == low)
            return; // nothing readable after the damage
        qint64 failing = low;
        while (good - failing > 1) {
            const qint64 mid = failing + (good - failing) / 2;
            if (seekWorks(db, table, mid))
                good = mid;
            else
                failing = mid;
        }
        from = good;
    }
}

// Rowids listed by the table's indexes that can still be read (partial ones cannot be scanned).
void rowidsFromIndexes(const QSqlDatabase &db, const QString &table, std::set<qint64> *rowids)
{
    const QStringList indexes =
        namesOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"), table);
    for (const auto &index : indexes) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT rowid FROM %1 INDEXED BY %2").arg(quoted(table), quoted(index))))
            continue;
        while (query.next())
            rowids->insert(query.value(0).toLongLong());
    }
}

DatabaseSalvage::TableCount copyTable(const QSqlDatabase &source, QSqlDatabase &target, const QString &table)
{
    DatabaseSalvage::TableCount count;
    const QStringList targetColumns = columnsOf(target, table);
    QStringList columns;
    for (const auto &column : columnsOf(source, table)) {
        if (targetColumns.contains(column))
            columns.append(column);
    }
    if (columns.isEmpty())
        return count;
    std::set<qint64> rowids;
    rowidsFromTable(source, table, &rowids);
    rowidsFromIndexes(source, table, &rowids);

    QStringList quotedColumns;
    for (const auto &column : std::as_const(columns))
        quotedColumns.append(quoted(column));
    QSqlQuery select(source);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(quotedColumns.join(u','), quoted(table)));
    QSqlQuery insert(target);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) VALUES (%3)")
            .arg(quoted(table), quotedColumns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    for (const qint64 rowid : rowids) {
        select.addBindValue(rowid);
        // A row listed by an index but gone from its table was on a damaged page too.
        if (!select.exec() || !select.next()) {
            ++count.lost;
            continue;
        }
        for (int i = 0; i < columns.size(); ++i)
            insert.addBindValue(select.value(i));
        select.finish();
        if (insert.exec())
            ++count.read;
        else
            ++count.lost; // a child whose parent row was lost (foreign key), a value no longer valid
    }
    return count;
}

void runAll(QSqlDatabase &target, const QStringList &statements)
{
    QSqlQuery query(target);
    for (const auto &statement : statements) {
        if (!query.exec(statement))
            qCWarning(lcSalvage) << "salvage follow-up failed:" << query.lastError().text();
    }
}

} // namespace

bool DatabaseSalvage::isDamaged(const QSqlDatabase &db, bool withImages, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (detail)
            *detail = query.lastError().text();
        return true;
    }
    for (const auto &table : tablesOf(db)) {
        if (!withImages && kImageTables.contains(table))
            continue;
        // One table and its indexes: the cost grows with the sessions, not with the pictures.
        if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(quoted(table)))) {
            if (detail)
                *detail = query.lastError().text();
            return true;
        }
        if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
            if (detail)
                *detail = query.isValid() ? query.value(0).toString() : query.lastError().text();
            return true;
        }
    }
    return false;
}

DatabaseSalvage::Report DatabaseSalvage::copy(const QSqlDatabase &source, QSqlDatabase target, bool withImages)
{
    Report report;
    QStringList tables = tablesOf(source);
    report.opened = !tables.isEmpty();
    const QStringList targetTables = tablesOf(target);
    QStringList ordered;
    for (const auto &table : kCopyOrder) {
        if (tables.contains(table))
            ordered.append(table);
    }
    for (const auto &table : std::as_const(tables)) {
        if (!ordered.contains(table))
            ordered.append(table);
    }
    Transaction transaction(target);
    for (const auto &table : std::as_const(ordered)) {
        if (!targetTables.contains(table) || (!withImages && kImageTables.contains(table)))
            continue;
        report.tables.insert(table, copyTable(source, target, table));
    }
    if (targetTables.contains(QStringLiteral("outbox")) && targetTables.contains(QStringLiteral("sessions"))) {
        // Every session recovered is sent (the server keeps each id once); no outbox row waits for
        // a session that was lost.
        runAll(target, {QStringLiteral("DELETE FROM outbox WHERE session_id NOT IN (SELECT id FROM sessions)"),
                        QStringLiteral("INSERT INTO outbox (session_id, queued_utc, updated_utc)"
                                       " SELECT id, completed_utc, completed_utc FROM sessions"
                                       " WHERE id NOT IN (SELECT session_id FROM outbox)")});
    }
    QString error;
    if (!transaction.commit(&error))
        qCWarning(lcSalvage) << "the recovered rows could not be committed:" << error;
    for (auto it = report.tables.cbegin(); it != report.tables.cend(); ++it) {
        if (it->lost > 0)
            qCWarning(lcSalvage, "%s: %d rows recovered, %d lost", qPrintable(it.key()), it->read, it->lost);
    }
    return report;
}

namespace {

// The file as it is: without a WAL to read, immutable (no -shm or -wal made beside it).
QSqlDatabase openAsIs(const QString &connection, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    DatabaseSalvage::readOnlyConnection(db, path, !wal.exists() || wal.size() == 0);
    db.open();
    return db;
}

template <typename Read> auto readFile(const QString &path, Read read)
{
    const QString name = QStringLiteral("passerelle-salvage-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    decltype(read(QSqlDatabase())) result{};
    {
        QSqlDatabase db = openAsIs(name, path);
        if (db.isOpen())
            result = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

void DatabaseSalvage::readOnlyConnection(QSqlDatabase &db, const QString &path, bool immutable)
{
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
}

DatabaseSalvage::Report DatabaseSalvage::copyFile(const QString &sourcePath, QSqlDatabase target, bool withImages)
{
    return readFile(sourcePath, [&](const QSqlDatabase &source) { return copy(source, target, withImages); });
}

QString DatabaseSalvage::metaValue(const QString &sourcePath, const QString &key)
{
    return readFile(sourcePath, [&](const QSqlDatabase &source) {
        QSqlQuery query(source);
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(key);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    });
}

} // namespace passerelle
