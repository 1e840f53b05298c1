// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;
class QSqlError;

namespace passerelle {

class Clock;
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
        /// Why the tables were checked for damage at this open (empty: they were not, which is the
        /// usual case: the last end was clean, the last check is recent, no query found damage).
        QString checkedBecause;
    };

    /** A full damage check at open at least this often, even after clean ends. */
    static constexpr int kFullCheckEveryDays = 7;

    /**
     * Opens (creating if needed) and migrates the database at @p path; null with @p error set.
     * A file that is not a readable SQLite database, or whose tables are damaged, is moved aside to
     * a timestamped name (with its WAL), a fresh database is created with the same device id, and
     * every row that can still be read is copied into it (DatabaseSalvage); @p report says so and
     * counts the sessions. Nothing is overwritten.
     *
     * The tables (all but the pictures') are checked for damage (PRAGMA quick_check, which reads
     * every page: seconds with 100,000 sessions) only when there is a reason to: the last process
     * that had the file open ended without closing it (its open marker, a QLockFile beside the
     * file, is left and its process is gone), a query found damage since (markDamageFound), or the
     * last full check is older than kFullCheckEveryDays. Otherwise open reads only the schema.
     *
     * @p clock stamps the file moved aside and the last full check, and tells its age; it must
     * outlive the Database (reopenAfterDamage() reads it again).
     */
    static std::unique_ptr<Database> open(const QString &path, const Clock &clock, QString *error,
                                          OpenReport *report = nullptr);
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

    /** SQLITE_CORRUPT or SQLITE_NOTADB: the file is there but is damaged or not a database. */
    static bool isCorruption(const QSqlError &error);
    /**
     * A query reported @p error: when it is damage, the file is marked (a small file beside it,
     * kept until a check has run) so that the next open checks it and recovers what can be read.
     * True when it was damage. Stores call this on every failed read, so damage found while
     * listing is never only a short list.
     */
    bool noteQueryError(const QSqlError &error) const;
    /** A query of this connection found damage since it was opened. */
    bool damageFound() const { return m_damageFound; }
    /**
     * Closes the connection and opens the file again as open() does after damage was found: the
     * tables are checked and, if damaged, the file is set aside and every readable row recovered.
     * The stores on this Database keep working on the new file. False with @p error set when the
     * file cannot be opened again (then no connection is left).
     */
    bool reopenAfterDamage(OpenReport *report, QString *error);

    /** The marker beside @p databaseFile that asks the next open for a full damage check. */
    static QString checkDueFile(const QString &databaseFile);

private:
    Database(QString connectionName, QString path, const Clock *clock);
    /// @p checkBecause: in, why the tables must be checked (empty: only if the last full check is
    /// old); out, why they were (empty: they were not).
    static std::unique_ptr<Database> openOnce(const QString &path, const Clock &clock, QString *error, bool *corrupt,
                                              QString *checkBecause, const QString &deviceIdIfNew = {});
    void closeConnection();
    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    const Clock *m_clock = nullptr; ///< set by open(); a read-only Database stamps nothing
    bool m_readOnly = false;
    mutable bool m_damageFound = false;
    std::shared_ptr<const FieldCipher> m_cipher;
    std::unique_ptr<QLockFile> m_openMarker; ///< beside the file while it is open; left by a crash
};

} // namespace passerelle
