// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ImageParts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace passerelle::server {

/** Where the server keeps its data: a SQLite file (default) or a PostgreSQL database (QPSQL). */
struct DatabaseSpec
{
    QString driver = QStringLiteral("QSQLITE");
    QString sqlitePath;
    QString host, user, password, database;
    int port = 5432;

    /** From "--data DIR" (SQLite) or "--database postgresql://user:password@host:port/name". */
    static std::optional<DatabaseSpec> fromOptions(const QString &dataDir, const QString &url, QString *error);
};

/** A device (or admin) token holder. */
struct Device
{
    QString id;
    QString site;
    QString role; ///< "device" or "admin"
    QString label;
    QString createdUtc;
    QString revokedUtc;
};

/** What happened to a POSTed session. */
enum class StoreOutcome {
    Stored,
    Replayed,
    Conflict,    ///< this device sent another body with this id before
    OtherDevice, ///< the id is another device's session (whatever the body)
    Failed
};

/** A declared image part and how much of it the server holds. */
struct PartState
{
    sync::PartDeclaration declaration;
    qint64 received = 0;   ///< the next offset the server expects
    bool complete = false; ///< all bytes received and the SHA-256 checked
};

/** A stored session with its parts, as its device sees it. */
struct SessionUpload
{
    QString deviceId;
    QString receipt;
    QString storedUtc;
    bool complete = false; ///< every declared part is complete (true at once without parts)
    QList<PartState> parts;
};

/** What happened to an uploaded chunk. */
enum class ChunkOutcome {
    Appended,        ///< stored; the part is not complete yet
    Completed,       ///< the last byte arrived and the SHA-256 matches
    HashMismatch,    ///< the last byte arrived but the SHA-256 differs: the part was reset to offset 0
    OffsetMismatch,  ///< the chunk does not start at the received offset; nothing stored
    AlreadyComplete, ///< the part was already complete; nothing stored
    PastEnd,         ///< the chunk goes past the declared size; nothing stored
    UnknownPart,
    Failed,
};

/**
 * The server's persistence: same schema and migrations on SQLite and PostgreSQL, every request a
 * short transaction, no state kept between requests (instances can share one PostgreSQL).
 */
class ServerStore
{
public:
    static std::unique_ptr<ServerStore> open(const DatabaseSpec &spec, QString *error);
    ~ServerStore();

    /** The fingerprint key older versions kept in the database (see PayloadKey.h), if any. */
    std::optional<QByteArray> legacyPayloadKey(QString *error);
    bool forgetLegacyPayloadKey(QString *error);
    /** SQLite: DATA/payload.key; PostgreSQL: empty (no folder of its own). */
    QString defaultPayloadKeyPath() const { return m_keyPath; }

    std::optional<Device> deviceForToken(const QByteArray &token, QString *error);
    /** A one-time enrollment code for @p site, valid until @p expiresUtc. */
    QString createEnrollmentCode(const QString &site, const QDateTime &nowUtc, const QDateTime &expiresUtc,
                                 QString *error);
    /** Redeems @p code once: a new device and its token (shown only now), or nullopt. */
    std::optional<std::pair<Device, QByteArray>> redeemCode(const QString &code, const QString &label,
                                                            const QDateTime &nowUtc, QString *error);
    std::optional<std::pair<Device, QByteArray>> createAdminToken(const QString &label, const QDateTime &nowUtc,
                                                                  QString *error);
    /** True when a device was revoked now; false when unknown or already revoked. */
    bool revoke(const QString &deviceId, const QDateTime &nowUtc, QString *error);
    QList<Device> devices(QString *error);

    /** One transaction around several storeSession() calls (group commit). */
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);
    void rollbackBatch();
    /** Inside a batch: one record's own savepoint, so its failure does not fail its neighbours. */
    bool savepoint(QString *error);
    bool releaseSavepoint(QString *error);
    bool rollbackToSavepoint(QString *error);
    /**
     * Inserts the session once, with its declared image @p parts (none: complete at once); on a
     * second call compares fingerprints (replay or conflict).
     */
    StoreOutcome storeSession(const QString &id, const Device &device, const QByteArray &fingerprint,
                              const QString &recordJson, const QString &day, const QString &outcome,
                              const QList<sync::PartDeclaration> &parts, const QDateTime &nowUtc, QString *receipt,
                              QString *storedUtc, QString *error);
    /** The session @p id with its parts; nullopt with @p error empty when there is no such session. */
    std::optional<SessionUpload> sessionUpload(const QString &id, QString *error);
    /**
     * Appends @p data at @p offset to a part, in one transaction: the offset check is a
     * conditional UPDATE, so of two racing chunks (even on two instances) one is stored. When the
     * last byte arrives the SHA-256 of the whole part is checked. @p state is the part afterwards
     * (also for mismatches), @p sessionComplete whether every part of the session is complete now.
     */
    ChunkOutcome appendChunk(const QString &sessionId, const QString &part, qint64 offset, const QByteArray &data,
                             const QDateTime &nowUtc, PartState *state, bool *sessionComplete, QString *error);
    /** [{day, outcome, count}] for days in [from, to] (ISO dates, inclusive), optionally one site. */
    QJsonArray stats(const QString &from, const QString &to, const QString &site, QString *error);
    int sessionCount(QString *error);
    /** One round trip to the database (for /health); reads no table. */
    bool ping(QString *error);
    /** Drops the image bytes of sessions received before @p cutoffUtc; the sessions they belonged to. */
    int purgeImages(const QDateTime &cutoffUtc, QString *error);
    /** Minimises (sync::minimisedRecord) full records received before @p cutoffUtc; how many. */
    int minimiseRecords(const QDateTime &cutoffUtc, QString *error);

    static QByteArray hashToken(const QByteArray &token);
    static QString newSecret(int bytes);

private:
    explicit ServerStore(QString connectionName)
        : m_connectionName(std::move(connectionName))
    {}
    bool migrate(QString *error);
    std::optional<PartState> partState(const QString &sessionId, const QString &part, QString *error);
    bool sessionPartsComplete(const QString &sessionId, bool *complete, QString *error);
    QSqlDatabase db() const;
    QString m_connectionName;
    QString m_keyPath;
};

} // namespace passerelle::server
