// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/AppMode.h"
#include "core/session/SessionModel.h"
#include "core/storage/Records.h"
#include "core/storage/Retention.h"
#include "core/sync/SyncService.h"
#include "core/util/Clock.h"

#include <memory>

namespace passerelle::app {

/** What the command line asks of the app. */
struct AppOptions
{
    QString dataDir; ///< empty: the user's data folder
    QString language = QStringLiteral("fr");
    AppMode mode = AppMode::Counselor; ///< demo: in-memory database and keys, nothing written
    /** Keep the data key in memory only (screenshot tour): nothing outlives the process. */
    bool throwAwayKey = false;
    /** Valid: the app's clock stands still at this time (tests); else the system clock. */
    QDateTime fixedNowUtc;
};

/**
 * The composition root: builds the real services (rule book, engine, clock, database, store)
 * once, in dependency order, and owns them for the life of the app.
 */
class AppContext
{
public:
    /** Null with @p error set to a plain message when the app cannot start. The data key is
        kept in the OS keychain; without one the app runs without personal data (see notices()). */
    static std::unique_ptr<AppContext> create(const AppOptions &options, QString *error);

    AppMode mode() const { return m_mode; }
    ModeRules rules() const { return ModeRules::forMode(m_mode); }
    const RuleBook &ruleBook() const { return m_ruleBook; }
    const EligibilityEngine &engine() const { return *m_engine; }
    const Clock &clock() const { return *m_clock; }
    Records &records() const { return *m_records; }
    SessionStore &sessionStore() const { return m_records->sessions(); }
    DeviceContext deviceContext() const;
    /** Plain messages the counselor must read at start (damaged file, no keychain...). */
    QStringList notices() const { return m_records->notices(); }

    /** Purges expired data at start and daily (persistent modes); null in a demo. */
    RetentionScheduler *retention() const { return m_retention.get(); }
    /** Sends completed sessions to the enrolled server (counselor mode only); null otherwise. */
    sync::SyncService *syncService() const { return m_sync.get(); }

    /** Saves the model's completed session; false with a plain message. */
    bool saveCompleted(const SessionModel &model, QString *error) const;

private:
    AppContext() = default;
    AppMode m_mode = AppMode::Counselor;
    RuleBook m_ruleBook;
    std::unique_ptr<EligibilityEngine> m_engine;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<RetentionScheduler> m_retention;
    std::unique_ptr<sync::SyncService> m_sync;
};

} // namespace passerelle::app
