// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace passerelle {

class FieldCipher;

/**
 * The one owner of the local SQLite connection: opens it with the pragmas every caller relies on
 * (WAL, foreign keys, busy timeout, full synchronous commits, secure delete), migrates it, and
 * closes it. It also carries the data cipher once DataProtection has set it up: without one, no
 * personal data is stored.
 */
class Database
{
public:
    /** What open() had to do besides opening. */
    struct OpenReport
    {
        QString movedAsideTo;      ///< the corrupted file's new name, when it had to be moved aside
        int sessionsRecovered = 0; ///< sessions read from the damaged file into the new one
        int sessionsLost = 0;      ///< sessions the damaged file lists but that could not be read
    };

    /**
     * Opens (creating if needed) and migrates the database at @p path; null with @p error set.
     * A file that is not a readable SQLite database, or whose tables are damaged (a quick check of
     * every table but the pictures'), is moved aside to a timestamped name (with its WAL), a fresh
     * database is created with the same device id, and every row that can still be read is copied
     * into it (DatabaseSalvage); @p report says so and counts the sessions. Nothing is overwritten.
     */
    static std::unique_ptr<Database> open(const QString &path, QString *error, OpenReport *report = nullptr);
    /**
     * Opens the database at @p path for reading only (export, statistics): nothing is written, not
     * even a pragma, a migration or a device id; a damaged file is not moved aside. A file or folder
     * marked read-only (a copy on a USB stick) is opened as immutable, so SQLite writes no journal
     * beside it. Null with @p error set, also when the schema is not this app's.
     */
    static std::unique_ptr<Database> openReadOnly(const QString &path, QString *error);
    /** The database file at @p path, or its folder, is marked read-only (openReadOnly opens it immutable). */
    static bool isMarkedReadOnly(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    /** Opened by openReadOnly(): every write fails, and the stores above must not try. */
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    /** A random id made at first open, stamped on every record of this installation. */
    QString deviceId() const { return m_deviceId; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value, QString *error = nullptr);

    /** The data cipher, or null in "no personal data" mode (the default until one is set). */
    std::shared_ptr<const FieldCipher> cipher() const { return m_cipher; }
    void setCipher(std::shared_ptr<const FieldCipher> cipher) { m_cipher = std::move(cipher); }

    /** Folds the WAL into the database file and empties it (after purges, before backups). */
    bool checkpoint(QString *error = nullptr);

private:
    Database(QString connectionName, QString path);
    static std::unique_ptr<Database> openOnce(const QString &path, QString *error, bool *corrupt,
                                              const QString &deviceIdIfNew = {});
    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    bool m_readOnly = false;
    std::shared_ptr<const FieldCipher> m_cipher;
};

} // namespace passerelle
