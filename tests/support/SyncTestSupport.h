// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/SessionRecord.h"
#include "core/sync/SyncService.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace passerelle::test {

/** A complete, valid session record; @p index varies the outcome and dates. */
SessionRecord makeSessionRecord(int index);

/** Runs one pass (manual: the button; otherwise the "session completed" trigger) and returns its
    report; a report of -1 with "no pass" when none finished within @p waitMs. */
sync::SyncReport runPass(sync::SyncService &service, bool manual, int waitMs);

/** @p size pseudo-random bytes, the same for the same @p seed (a picture's stand-in). */
QByteArray randomBytes(qsizetype size, quint32 seed);
/** The SHA-256 of @p bytes in lowercase hex, as the sync protocol writes it. */
QString sha256Hex(const QByteArray &bytes);

/** One HTTP exchange over a fresh loopback connection (raw, so tests can send anything). */
struct HttpReply
{
    int status = 0; ///< 0: no answer (connection closed or reset)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};
HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                      int timeoutMs = 10000);

/** One request of httpRequestsAtOnce(). */
struct HttpCall
{
    quint16 port = 0;
    QByteArray method, path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};
/**
 * Sends every call on its own connection at once (all written before any answer is read), so the
 * server sees them together; the answers in the same order (status 0: none within @p timeoutMs).
 */
QList<HttpReply> httpRequestsAtOnce(const QList<HttpCall> &calls, int timeoutMs = 15000);

/**
 * The real passerelle-server as a child process on 127.0.0.1 and a free port: on SQLite in a
 * temporary folder, or on a fresh database of the test PostgreSQL cluster (PASSERELLE_TEST_PG_*).
 */
class ServerProcess
{
public:
    enum class Backend { Sqlite, Postgres };
    /** Whether scripts/postgres-test-cluster.sh exported a cluster. */
    static bool postgresAvailable();

    explicit ServerProcess(Backend backend = Backend::Sqlite);
    ~ServerProcess();
    /** Starts serving; extra @p arguments go to `passerelle-server serve`. */
    bool start(const QStringList &arguments = {}, QString *error = nullptr);
    /** start() in two halves, so that several servers can start together: launch them, then wait. */
    bool launch(const QStringList &arguments = {}, QString *error = nullptr);
    bool waitListening(QString *error = nullptr);
    /** Serves the same database as @p first (a second instance behind a load balancer); before launch(). */
    void shareStorageWith(const ServerProcess &first);
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    /** Runs an admin command (enroll, revoke, devices, admin-token) on the same database. */
    QByteArray admin(const QStringList &arguments, int *exitCode = nullptr) const;
    /** `enroll --site` and returns the one-time code. */
    QString enrollmentCode(const QString &site = QStringLiteral("ML Test")) const;
    /** Redeems a fresh code over HTTP and returns the device token. */
    QByteArray enrollDevice(QString *deviceId = nullptr) const;
    QStringList storageArguments() const;
    /** SQLite: the --data folder; PostgreSQL: the folder of the --payload-key file. */
    QString dataDir() const { return m_dataDir; }
    /** PostgreSQL: the name of this server's database. */
    QString pgDatabase() const { return m_pgDatabase; }
    QByteArray log() const;
    bool isRunning() const;
    /** The bytes the server holds for an image part, chunks in offset order (read from its database). */
    QByteArray storedPart(const QString &sessionId, const QString &part, int *chunks = nullptr) const;
    /** The record the server stored for a session (its record_json), empty when it holds none. */
    QJsonObject storedRecord(const QString &sessionId) const;
    /** Sessions the server holds, and how many of them are complete (all parts received). */
    int sessionCount(int *complete = nullptr) const;
    /** Runs @p statements on the server's database (SQLite file or PostgreSQL); false on an error. */
    bool execSql(const QStringList &statements) const;
    /** The first column of the first row of @p select on the server's database; -1 on an error. */
    qint64 queryNumber(const QString &select) const;

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_pgDatabase;
    QString m_dataDir;          ///< SQLite: the data folder (m_dir's, or the first instance's)
    bool m_ownsDatabase = true; ///< PostgreSQL: dropped at the end unless shared from another
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_log;
};

} // namespace passerelle::test
