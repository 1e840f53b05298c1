// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppContext.h"

#include "core/crypto/KeychainKeyStore.h"

#include <QCoreApplication>

namespace passerelle::app {

namespace {
struct AppContextText
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)
};
} // namespace

std::unique_ptr<AppContext> AppContext::create(const AppOptions &options, QString *error)
{
    std::unique_ptr<AppContext> context(new AppContext());
    if (options.fixedNowUtc.isValid())
        context->m_clock = std::make_unique<FixedClock>(options.fixedNowUtc);
    else
        context->m_clock = std::make_unique<SystemClock>();
    QString detail;
    context->m_ruleBook = RuleBook::builtIn(&detail);
    if (!detail.isEmpty()) {
        *error = AppContextText::tr("The pass Culture rules could not be read (%1). Please reinstall Passerelle.")
                     .arg(detail);
        return nullptr;
    }
    context->m_engine = std::make_unique<EligibilityEngine>(context->m_ruleBook);
    context->m_mode = options.mode;
    const bool persistent = ModeRules::forMode(options.mode).persistent;
    // A demo touches neither the keychain nor the data folder: keys and records live in memory.
    // The screenshot tour keeps its throw-away key in memory too.
    if (persistent && !options.throwAwayKey)
        context->m_keyStore = std::make_unique<KeychainKeyStore>();
    else
        context->m_keyStore = std::make_unique<MemoryKeyStore>();
    const Records::Options records{.dataDir = options.dataDir,
                                   .keyStore = context->m_keyStore.get(),
                                   .clock = *context->m_clock,
                                   // The scheduler purges at start (and daily): no second purge at open.
                                   .purgeAtOpen = false,
                                   .inMemory = !persistent};
    context->m_records = Records::open(records, error);
    if (!context->m_records)
        return nullptr;
    if (persistent) {
        context->m_retention =
            std::make_unique<RetentionScheduler>(context->m_records->database(), *context->m_clock, records.retention);
    }
    // Only the counselor's own computer sends records: a kiosk keeps nothing, a demo writes nothing.
    if (options.mode == AppMode::Counselor && !options.throwAwayKey) {
        context->m_sync = std::make_unique<sync::SyncService>(context->m_records->database(), *context->m_keyStore,
                                                              *context->m_clock);
    }
    return context;
}

DeviceContext AppContext::deviceContext() const
{
    return {QCoreApplication::applicationVersion(), m_records->database().deviceId(), QString(), QString()};
}

bool AppContext::saveCompleted(const SessionModel &model, QString *error) const
{
    if (!model.result()) {
        *error = AppContextText::tr("There is no answer to save yet.");
        return false;
    }
    QString detail;
    // The kept pictures go with the record, sealed; outcomes (kept, retaken, skipped) feed statistics.
    SessionExtras extras;
    extras.captureOutcomes = model.captureOutcomes();
    extras.images = model.captureImageList();
    if (!m_records->sessions().saveCompleted(model.toRecord(deviceContext()), extras, &detail)) {
        *error = storageProblemText(detail);
        return false;
    }
    return true;
}

} // namespace passerelle::app
