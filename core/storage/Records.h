// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"
#include "core/storage/DataProtection.h"
#include "core/storage/Database.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Retention.h"
#include "core/storage/SessionStore.h"

#include <QStringList>

#include <memory>

namespace passerelle {

class Clock;
class KeyStore;

/**
 * The records of one data folder, ready to use: the database opened (a damaged one moved aside),
 * the data key set up, records of older schemas sealed, and expired data purged. The composition
 * root (app, CLI) opens one and hands its stores to whoever needs them.
 */
class Records
{
public:
    /** A clock is required: Options cannot be made without one (Options{.dataDir = ..., .clock = clock}). */
    struct Options
    {
        QString dataDir;              ///< empty: the app data folder
        KeyStore *keyStore = nullptr; ///< null: no keychain, "no personal data" mode
        const Clock &clock;           ///< every stamp written and every purge date come from it
        RetentionPolicy retention = {};
        bool purgeAtOpen = true;
        bool inMemory = false; ///< demo mode: an in-memory database, nothing written to disk
        /// Reading commands (export, statistics): the database opened read-only, nothing changed in
        /// the folder (no purge, no sealing, no key made, no permission set, no file moved aside).
        bool readOnly = false;
    };

    /** Null with @p error set to a plain, translated sentence when the folder cannot be used. */
    static std::unique_ptr<Records> open(const Options &options, QString *error);

    Database &database() { return *m_database; }
    SessionStore &sessions() { return m_sessions; }
    DraftStore &drafts() { return m_drafts; }
    AuditLog &audit() { return m_audit; }
    DataProtection::Mode mode() const { return m_mode; }
    bool personalDataEnabled() const { return m_mode == DataProtection::Mode::Protected; }
    /** Plain, translated messages the counselor must see at start (damaged file, no keychain). */
    QStringList notices() const { return m_notices; }
    /** The file was damaged: set aside, and what could be read copied into a new one. */
    bool recoveredFromDamage() const { return m_recoveredFromDamage; }
    /**
     * After a query found damage (database().damageFound()): checks the file and, when it is
     * damaged, sets it aside and recovers what can be read, as a start would, and adds the same
     * notice. The stores keep working on the new file. False with @p error in plain words.
     */
    bool recoverFromDamage(QString *error);

private:
    Records(std::unique_ptr<Database> database, const Clock &clock);
    void reportRecovery(const Database::OpenReport &report);
    std::unique_ptr<Database> m_database;
    SessionStore m_sessions;
    DraftStore m_drafts;
    AuditLog m_audit;
    DataProtection::Mode m_mode = DataProtection::Mode::NoPersonalData;
    QStringList m_notices;
    bool m_recoveredFromDamage = false;
};

/**
 * A storage error in plain words for the counselor (disk full, read-only folder, ...), from the
 * technical error text. The technical text is never shown.
 */
QString storageProblemText(const QString &technicalError);

/**
 * Why the records of @p dataDir cannot be opened, in plain words (no session is in memory then:
 * nothing is promised about one). The technical text is never shown.
 */
QString openProblemText(const QString &technicalError, const QString &dataDir);

} // namespace passerelle
