// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace passerelle {

/**
 * The one owner of the local SQLite connection: opens it with the pragmas every caller relies on
 * (WAL, foreign keys, busy timeout, full synchronous commits), migrates it, and closes it.
 */
class Database
{
public:
    /** Opens (creating if needed) and migrates the database at @p path; null with @p error set. */
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /** A random id made at first open, stamped on every record of this installation. */
    QString deviceId() const { return m_deviceId; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    Database(QString connectionName, QString path);
    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
};

} // namespace passerelle
