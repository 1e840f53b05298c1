// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Outbox.h"
#include "core/storage/SessionStore.h"
#include "core/sync/ImageUpload.h"
#include "core/sync/Protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <QMap>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace passerelle {
class Clock;
class Database;
class KeyStore;
} // namespace passerelle

namespace passerelle::sync {

/** Timings of the sync; the defaults are the product's, tests shorten them. */
struct SyncPolicy
{
    std::chrono::milliseconds backoffBase{5000};
    std::chrono::milliseconds backoffCap{15 * 60 * 1000};
    std::chrono::milliseconds periodic{10 * 60 * 1000};
    int requestTimeoutMs = 30000;
    int concurrency = 4; ///< requests in flight on the keep-alive connections
    /** A manual pass told to wait by the server (Retry-After) waits this long at most, then goes on. */
    int manualRetryAfterMaxMs = 30000;
    int manualPassMaxMs = 120000;        ///< a manual pass never runs longer than this
    qint64 imageChunkBytes = 256 * 1024; ///< image upload chunks (at most the server's max_chunk)
};

/** What one pass did, for the CLI and the status line. */
struct SyncReport
{
    int sent = 0;
    int acknowledged = 0;
    int rejected = 0;
    int pending = 0;
    QString stopReason; ///< why the pass stopped early, in plain words; empty otherwise
};

/**
 * Drives the outbox to the server: queued -> sending -> acknowledged | rejected. Passes start on
 * start-up, a completed session, the network coming back, a periodic timer or by hand; failures
 * back off with full jitter, Retry-After is honoured, and a pass stops at the first failure that
 * predicts more (revoked token, certificate problem, server unreachable) and says why.
 */
class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolledChanged)
    Q_PROPERTY(QUrl serverUrl READ serverUrl NOTIFY enrolledChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY countsChanged)
    Q_PROPERTY(QDateTime lastSuccessUtc READ lastSuccessUtc NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class State { NotEnrolled, Idle, Syncing, Waiting, NeedsAttention };
    Q_ENUM(State)

    SyncService(Database &database, KeyStore &keyStore, const Clock &clock, SyncPolicy policy = {},
                QObject *parent = nullptr);
    ~SyncService() override;

    State state() const { return m_state; }
    bool isEnrolled() const;
    QUrl serverUrl() const;
    int pendingCount() const;
    int rejectedCount() const;
    QDateTime lastSuccessUtc() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    Outbox &outbox() { return m_outbox; }

    /** Whether @p url may carry records: HTTPS, or HTTP to this machine only. */
    static bool isAcceptableServerUrl(const QUrl &url);

    /** Exchanges a one-time code for a device token (kept in the keychain); emits enrollFinished. */
    Q_INVOKABLE void enroll(const QUrl &server, const QString &code);
    /** Triggers: start-up (also arms the periodic timer and the reachability watch). */
    void start();
    /** The "Synchroniser" button and `passerelle-cli sync`: tries every queued record now. */
    Q_INVOKABLE void syncNow();
    /** Trigger: a session was just completed (and queued in the same transaction). */
    Q_INVOKABLE void sessionCompleted();
    /** Puts a quarantined record back in the queue after a fix, and syncs. */
    Q_INVOKABLE bool retryRejected(const QUuid &sessionId);
    /** Tests plug an in-process fake network here (before the first request). */
    void setNetwork(std::unique_ptr<QNetworkAccessManager> network);

signals:
    void stateChanged(State state);
    void enrolledChanged();
    void countsChanged();
    void lastSuccessChanged();
    void lastErrorChanged();
    void recordStateChanged(const QUuid &sessionId, passerelle::OutboxState state);
    /** An image part of a session now has @p offset of its @p size bytes on the server. */
    void imageProgress(const QUuid &sessionId, const QString &part, qint64 offset, qint64 size);
    void passFinished(const passerelle::sync::SyncReport &report);
    void enrollFinished(bool ok, const QString &message);

private:
    /** The images of a record being sent: its declared parts and the decrypted bytes (memory only). */
    struct ImageJob
    {
        OutboxUpload upload;
        QMap<QString, QByteArray> images;
    };

    /** The pass in progress: set up whole when a pass starts, nothing of it outlives the pass. */
    struct Pass
    {
        bool running = false;
        bool stopping = false; ///< no new request: the pass ends when those in flight answer
        bool fatal = false;    ///< stopped on something only a person can fix
        bool manual = false;   ///< the button or the CLI: a short Retry-After is waited for
        QElapsedTimer clock;
        QList<QUuid> queue;
        QByteArray token;
        QUrl server;
        std::optional<protocol::ImagePolicy> images; ///< asked once per pass, when first needed
        bool policyPending = false;
        SyncReport report;
    };

    void startPass(bool manual);
    void sendNext();
    void sendRecord(const QUuid &sessionId, const SessionRecord &record, const std::shared_ptr<ImageJob> &job);
    void fetchImagePolicy();
    /** Declares (once) and loads the images of @p sessionId; false when it was quarantined. */
    bool prepareImages(const QUuid &sessionId, std::shared_ptr<ImageJob> *job);
    void startImageUpload(const QUuid &sessionId, const std::shared_ptr<ImageJob> &job, bool offsetsKnown);
    void onUploadFinished(const QUuid &sessionId, const QString &receipt, const ImageUpload::Result &result);
    void onAnswer(const SyncAnswer &answer, const QUuid &sessionId, const std::shared_ptr<ImageJob> &job);
    void onEnrollAnswer(const SyncAnswer &answer, const QUrl &server);
    void acknowledge(const QUuid &sessionId, const QString &receipt, const QDateTime &nowUtc);
    /** A failed answer: back off, stop the pass or quarantine, as docs/sync-protocol.md says. */
    void handleFailure(const QUuid &sessionId, const SyncAnswer &answer, const QDateTime &nowUtc);
    /** Quarantines @p sessionId with @p reason: only a person sends it again. */
    void quarantine(const QUuid &sessionId, const QString &reason, const QDateTime &nowUtc);
    /** Stops the pass for what the next requests would meet too; @p sessionId stays queued. */
    void stopAndRequeue(const QUuid &sessionId, const QString &reason, std::chrono::milliseconds wait,
                        bool waitFromServer);
    void retryLater(const QUuid &sessionId, const QString &reason, const QDateTime &nowUtc);
    void stopPass(const QString &reason, std::chrono::milliseconds wait);
    std::chrono::milliseconds backoff();
    void finishPass();
    void flushAcknowledgements();
    void scheduleNext();
    void setState(State state);
    void setLastError(const QString &message);
    /** The local reason of a record that cannot be sent (nothing the server could change). */
    static QString unreadable(const QString &detail);
    QByteArray deviceToken(QString *error) const;
    QString tokenName() const;

    Database &m_database;
    KeyStore &m_keyStore;
    const Clock &m_clock;
    SyncPolicy m_policy;
    Outbox m_outbox;
    SessionStore m_sessions;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTimer m_timer;
    State m_state = State::NotEnrolled;
    QDateTime m_lastSuccess;
    QString m_lastError;
    QDateTime m_notBefore; ///< Retry-After or global backoff
    bool m_notBeforeFromServer = false;
    bool m_manualWaiting = false;
    int m_globalAttempts = 0;
    bool m_again = false; ///< a trigger came during the pass: another one follows
    int m_inFlight = 0;
    QList<QPair<QUuid, QString>> m_acknowledged; ///< receipts not yet written (flushed in batches)
    Pass m_pass;
};

} // namespace passerelle::sync

Q_DECLARE_METATYPE(passerelle::sync::SyncReport)
