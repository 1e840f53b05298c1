// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
enum class StoreOutcome { Stored, Replayed, Conflict, Failed };

/**
 * The server's persistence: same schema and migrations on SQLite and PostgreSQL, every request a
 * short transaction, no state kept between requests (instances can share one PostgreSQL).
 */
class ServerStore
{
public:
    static std::unique_ptr<ServerStore> open(const DatabaseSpec &spec, QString *error);
    ~ServerStore();

    /** Key for the payload fingerprints (HMAC), made once per database. */
    QByteArray payloadKey() const { return m_payloadKey; }

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
    /** Inserts the session once; on a second call compares fingerprints (replay or conflict). */
    StoreOutcome storeSession(const QString &id, const Device &device, const QByteArray &fingerprint,
                              const QString &recordJson, const QString &day, const QString &outcome,
                              const QDateTime &nowUtc, QString *receipt, QString *storedUtc, QString *error);
    /** [{day, outcome, count}] for days in [from, to] (ISO dates, inclusive), optionally one site. */
    QJsonArray stats(const QString &from, const QString &to, const QString &site, QString *error);
    int sessionCount(QString *error);

    static QByteArray hashToken(const QByteArray &token);
    static QString newSecret(int bytes);

private:
    explicit ServerStore(QString connectionName) : m_connectionName(std::move(connectionName)) {}
    bool migrate(QString *error);
    QSqlDatabase db() const;
    QString m_connectionName;
    QByteArray m_payloadKey;
};

} // namespace passerelle::server
