// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerStore.h"

#include "core/storage/Transaction.h"
#include "core/sync/RecordValidator.h"
#include "core/util/Fail.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace passerelle::server {

namespace {

// One list for both engines: only types and statements SQLite and PostgreSQL read alike
// (TEXT, VARCHAR, INTEGER, BIGINT, BYTEA; INSERT ... ON CONFLICT). Append only. SQLite stores a
// BYTEA column's blobs as they are (numeric affinity never converts a blob).
const QList<QStringList> &serverMigrations()
{
    static const QList<QStringList> list{
        {
            QStringLiteral("CREATE TABLE server_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE devices (id VARCHAR(36) PRIMARY KEY, site TEXT NOT NULL,"
                           " role VARCHAR(16) NOT NULL, label TEXT NOT NULL, token_hash VARCHAR(64) NOT NULL UNIQUE,"
                           " created_utc VARCHAR(32) NOT NULL, revoked_utc VARCHAR(32))"),
            QStringLiteral("CREATE TABLE enrollment_codes (code_hash VARCHAR(64) PRIMARY KEY, site TEXT NOT NULL,"
                           " created_utc VARCHAR(32) NOT NULL, expires_utc VARCHAR(32) NOT NULL,"
                           " used_utc VARCHAR(32), device_id VARCHAR(36))"),
            QStringLiteral("CREATE TABLE sessions (id VARCHAR(36) PRIMARY KEY, device_id VARCHAR(36) NOT NULL,"
                           " site TEXT NOT NULL, fingerprint VARCHAR(64) NOT NULL, receipt VARCHAR(40) NOT NULL,"
                           " received_utc VARCHAR(32) NOT NULL, day VARCHAR(10) NOT NULL,"
                           " outcome VARCHAR(32) NOT NULL, record_json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sessions_by_day ON sessions (day, outcome)"),
        },
        // 2: image parts (--images required): declared with the session, uploaded in chunks
        // (resumable), SHA-256 checked; a session is complete once all its parts are.
        {
            QStringLiteral("CREATE TABLE session_parts (session_id VARCHAR(36) NOT NULL, part VARCHAR(40) NOT NULL,"
                           " kind VARCHAR(40) NOT NULL, size BIGINT NOT NULL, sha256 VARCHAR(64) NOT NULL,"
                           " received BIGINT NOT NULL DEFAULT 0, completed_utc VARCHAR(32),"
                           " PRIMARY KEY (session_id, part))"),
            QStringLiteral("CREATE TABLE part_chunks (session_id VARCHAR(36) NOT NULL, part VARCHAR(40) NOT NULL,"
                           " start_offset BIGINT NOT NULL, data BYTEA NOT NULL,"
                           " PRIMARY KEY (session_id, part, start_offset))"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN complete_utc VARCHAR(32)"),
            QStringLiteral("UPDATE sessions SET complete_utc = received_utc"),
        },
    };
    return list;
}

// pg_advisory_lock key of the migrations: any constant shared by every instance ("PASSERL").
constexpr qint64 kMigrationLock = 0x50415353455252;

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<DatabaseSpec> DatabaseSpec::fromOptions(const QString &dataDir, const QString &url, QString *error)
{
    DatabaseSpec spec;
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres")) ||
            parsed.host().isEmpty() || parsed.path().size() < 2) {
            fail(error, QStringLiteral("--database must look like postgresql://user:password@host:port/name"));
            return std::nullopt;
        }
        spec.driver = QStringLiteral("QPSQL");
        spec.host = parsed.host();
        spec.port = parsed.port(5432);
        spec.user = parsed.userName();
        spec.password = parsed.password();
        spec.database = parsed.path().mid(1);
        return spec;
    }
    if (dataDir.isEmpty()) {
        fail(error, QStringLiteral("give --data DIR (SQLite) or --database postgresql://..."));
        return std::nullopt;
    }
    if (!QDir().mkpath(dataDir)) {
        fail(error, QStringLiteral("--data: cannot create the folder"));
        return std::nullopt;
    }
    // The folder holds the records, the key and the tokens' hashes: its owner's alone (0700).
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    spec.sqlitePath = QDir(dataDir).filePath(QStringLiteral("passerelle-server.sqlite"));
    return spec;
}

std::unique_ptr<ServerStore> ServerStore::open(const DatabaseSpec &spec, QString *error)
{
    const QString name = QStringLiteral("passerelle-server-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<ServerStore> store(new ServerStore(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(spec.driver, name);
    if (spec.driver == QLatin1String("QPSQL")) {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        db.setDatabaseName(spec.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        fail(error, db.lastError().text());
        return nullptr;
    }
    if (spec.driver == QLatin1String("QSQLITE")) {
        QSqlQuery pragma(db);
        // WAL with full synchronous commits: a 201 is only sent once the row is on disk. Turning a new
        // file to WAL needs it alone: an instance started at the same moment on the same new file may
        // hold it, and SQLite then answers "locked" at once rather than waiting out the busy timeout
        // (TestServerScaleOut saw it); that step is tried again for as long as the busy timeout.
        QElapsedTimer waited;
        waited.start();
        for (const auto *statement :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
            while (!pragma.exec(QString::fromLatin1(statement))) {
                const int code = pragma.lastError().nativeErrorCode().toInt() & 0xff; // extended codes too
                const bool busy = code == 5 || code == 6;                             // SQLITE_BUSY, SQLITE_LOCKED
                if (!busy || waited.elapsed() > 5000) {
                    fail(error, pragma.lastError().text());
                    return nullptr;
                }
                QThread::msleep(20);
            }
        }
    }
    if (spec.driver == QLatin1String("QSQLITE")) {
        // The database and its journal files: 0600, whatever the umask made them.
        for (const auto *suffix : {"", "-wal", "-shm"}) {
            const QString path = spec.sqlitePath + QLatin1String(suffix);
            if (QFile::exists(path))
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        store->m_keyPath = QFileInfo(spec.sqlitePath).dir().filePath(QStringLiteral("payload.key"));
    }
    if (!store->migrate(error))
        return nullptr;
    return store;
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerStore::migrate(QString *error)
{
    QSqlDatabase connection = db();
    QSqlQuery query(connection);
    // Instances starting together on one database take turns: on PostgreSQL a session advisory
    // lock (held until unlocked or disconnected), on SQLite the write lock of BEGIN IMMEDIATE
    // (the others wait out the busy timeout). Under it the version is read, then each missing
    // migration runs once, all in one transaction.
    const bool postgres = connection.driverName() == QLatin1String("QPSQL");
    if (postgres && !query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return fail(error, query.lastError().text());
    const auto unlock = qScopeGuard([&] {
        if (postgres)
            QSqlQuery(connection).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    });
    if (!(postgres ? connection.transaction() : query.exec(QStringLiteral("BEGIN IMMEDIATE"))))
        return fail(error, postgres ? connection.lastError().text() : query.lastError().text());
    const auto failed = [&](const QString &message) {
        if (postgres)
            connection.rollback();
        else
            QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
        return fail(error, message);
    };
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")))
        return failed(query.lastError().text());
    int current = 0;
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return failed(query.lastError().text());
    if (query.next())
        current = query.value(0).toInt();
    const auto &list = serverMigrations();
    if (current > list.size())
        return failed(
            QStringLiteral("the database schema (%1) is newer than this server (%2)").arg(current).arg(list.size()));
    for (int version = current + 1; version <= list.size(); ++version) {
        QStringList statements{QStringLiteral("INSERT INTO schema_migrations (version) VALUES (%1)").arg(version)};
        statements += list.at(version - 1);
        for (const auto &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return failed(QStringLiteral("migration %1: %2").arg(version).arg(query.lastError().text()));
        }
    }
    if (!(postgres ? connection.commit() : query.exec(QStringLiteral("COMMIT"))))
        return failed(postgres ? connection.lastError().text() : query.lastError().text());
    return true;
}

std::optional<QByteArray> ServerStore::legacyPayloadKey(QString *error)
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'payload_key'"))) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString().toLatin1();
}

bool ServerStore::forgetLegacyPayloadKey(QString *error)
{
    QSqlQuery query(db());
    return query.exec(QStringLiteral("DELETE FROM server_meta WHERE key = 'payload_key'")) ||
           fail(error, query.lastError().text());
}

QByteArray ServerStore::hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QString ServerStore::newSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Device> ServerStore::deviceForToken(const QByteArray &token, QString *error)
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT id, site, role, label, created_utc, revoked_utc FROM devices WHERE token_hash = ?"));
    query.addBindValue(QString::fromLatin1(hashToken(token)));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Device{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

QString ServerStore::createEnrollmentCode(const QString &site, const QDateTime &nowUtc, const QDateTime &expiresUtc,
                                          QString *error)
{
    // 12 characters from a 32-letter alphabet without look-alikes: 60 bits, easy to type.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("INSERT INTO enrollment_codes (code_hash, site, created_utc, expires_utc) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(hashToken(code.toLatin1())));
    query.addBindValue(site);
    query.addBindValue(iso(nowUtc));
    query.addBindValue(iso(expiresUtc));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return {};
    }
    return code;
}

std::optional<std::pair<Device, QByteArray>> ServerStore::redeemCode(const QString &code, const QString &label,
                                                                     const QDateTime &nowUtc, QString *error)
{
    QString normalised = code.trimmed().toUpper();
    normalised.remove(QLatin1Char(' '));
    if (normalised.size() == 12)
        normalised =
            normalised.left(4) + QLatin1Char('-') + normalised.mid(4, 4) + QLatin1Char('-') + normalised.mid(8);
    QSqlDatabase connection = db();
    Transaction transaction(connection);
    if (!transaction.isOpen()) {
        fail(error, transaction.error());
        return std::nullopt;
    }
    // Empty, never null: a null QString binds as SQL NULL.
    Device device{QUuid::createUuid().toString(QUuid::WithoutBraces), {},          QStringLiteral("device"),
                  label.isNull() ? QStringLiteral("") : label,        iso(nowUtc), {}};
    QSqlQuery query(connection);
    // The conditional UPDATE is the one-time guarantee: only one redeemer changes the row.
    query.prepare(QStringLiteral("UPDATE enrollment_codes SET used_utc = ?, device_id = ?"
                                 " WHERE code_hash = ? AND used_utc IS NULL AND expires_utc > ?"));
    query.addBindValue(iso(nowUtc));
    query.addBindValue(device.id);
    query.addBindValue(QString::fromLatin1(hashToken(normalised.toLatin1())));
    query.addBindValue(iso(nowUtc));
    if (!query.exec() || query.numRowsAffected() != 1) {
        fail(error, query.lastError().isValid() ? query.lastError().text() : QString());
        return std::nullopt;
    }
    query.prepare(QStringLiteral("SELECT site FROM enrollment_codes WHERE code_hash = ?"));
    query.addBindValue(QString::fromLatin1(hashToken(normalised.toLatin1())));
    if (!query.exec() || !query.next()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    device.site = query.value(0).toString();
    const QByteArray token = newSecret(32).toLatin1();
    query.prepare(QStringLiteral(
        "INSERT INTO devices (id, site, role, label, token_hash, created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto &value :
         {device.id, device.site, device.role, device.label, QString::fromLatin1(hashToken(token)), device.createdUtc})
        query.addBindValue(value);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return std::make_pair(device, token);
}

std::optional<std::pair<Device, QByteArray>> ServerStore::createAdminToken(const QString &label,
                                                                           const QDateTime &nowUtc, QString *error)
{
    Device device{QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral(""), QStringLiteral("admin"),
                  label.isNull() ? QStringLiteral("") : label,        iso(nowUtc),        {}};
    const QByteArray token = newSecret(32).toLatin1();
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO devices (id, site, role, label, token_hash, created_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto &value :
         {device.id, device.site, device.role, device.label, QString::fromLatin1(hashToken(token)), device.createdUtc})
        query.addBindValue(value);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    return std::make_pair(device, token);
}

bool ServerStore::revoke(const QString &deviceId, const QDateTime &nowUtc, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE id = ? AND revoked_utc IS NULL"));
    query.addBindValue(iso(nowUtc));
    query.addBindValue(deviceId);
    if (!query.exec())
        return fail(error, query.lastError().text());
    return query.numRowsAffected() == 1;
}

QList<Device> ServerStore::devices(QString *error)
{
    QList<Device> list;
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral(
            "SELECT id, site, role, label, created_utc, revoked_utc FROM devices ORDER BY created_utc"))) {
        fail(error, query.lastError().text());
        return list;
    }
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return list;
}

bool ServerStore::beginBatch(QString *error)
{
    QSqlDatabase connection = db();
    return connection.transaction() || fail(error, connection.lastError().text());
}

bool ServerStore::commitBatch(QString *error)
{
    QSqlDatabase connection = db();
    return connection.commit() || fail(error, connection.lastError().text());
}

void ServerStore::rollbackBatch()
{
    QSqlDatabase connection = db();
    connection.rollback();
}

namespace {

bool execute(const QSqlDatabase &connection, const QString &statement, QString *error)
{
    QSqlQuery query(connection);
    return query.exec(statement) || fail(error, query.lastError().text());
}

} // namespace

bool ServerStore::savepoint(QString *error)
{
    return execute(db(), QStringLiteral("SAVEPOINT one_record"), error);
}

bool ServerStore::releaseSavepoint(QString *error)
{
    return execute(db(), QStringLiteral("RELEASE SAVEPOINT one_record"), error);
}

bool ServerStore::rollbackToSavepoint(QString *error)
{
    return execute(db(), QStringLiteral("ROLLBACK TO SAVEPOINT one_record"), error);
}

StoreOutcome ServerStore::storeSession(const QString &id, const Device &device, const QByteArray &fingerprint,
                                       const QString &recordJson, const QString &day, const QString &outcome,
                                       const QList<sync::PartDeclaration> &parts, const QDateTime &nowUtc,
                                       QString *receipt, QString *storedUtc, QString *error)
{
    QSqlQuery query(db());
    const QString newReceipt = QStringLiteral("r-") + QUuid::createUuid().toString(QUuid::Id128);
    // ON CONFLICT DO NOTHING makes the insert the arbiter: of two racing requests (even on two
    // instances sharing PostgreSQL) exactly one stores, the other reads the stored row below.
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (id, device_id, site, fingerprint, receipt, received_utc, day, outcome,"
        " record_json, complete_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    for (const auto &value : {id, device.id, device.site, QString::fromLatin1(fingerprint), newReceipt, iso(nowUtc),
                              day, outcome, recordJson})
        query.addBindValue(value);
    // Complete at once without parts; otherwise when the last part is.
    query.addBindValue(parts.isEmpty() ? QVariant(iso(nowUtc)) : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return StoreOutcome::Failed;
    }
    if (query.numRowsAffected() == 1) {
        query.prepare(
            QStringLiteral("INSERT INTO session_parts (session_id, part, kind, size, sha256) VALUES (?, ?, ?, ?, ?)"));
        for (const auto &part : parts) {
            query.addBindValue(id);
            query.addBindValue(part.part);
            query.addBindValue(part.kind);
            query.addBindValue(part.size);
            query.addBindValue(part.sha256);
            if (!query.exec()) {
                fail(error, query.lastError().text());
                return StoreOutcome::Failed;
            }
        }
        *receipt = newReceipt;
        *storedUtc = iso(nowUtc);
        return StoreOutcome::Stored;
    }
    query.prepare(QStringLiteral("SELECT fingerprint, receipt, received_utc, device_id FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        fail(error, query.lastError().text());
        return StoreOutcome::Failed;
    }
    if (query.value(3).toString() != device.id)
        return StoreOutcome::OtherDevice;
    if (query.value(0).toString().toLatin1() != fingerprint)
        return StoreOutcome::Conflict;
    *receipt = query.value(1).toString();
    *storedUtc = query.value(2).toString();
    return StoreOutcome::Replayed;
}

std::optional<SessionUpload> ServerStore::sessionUpload(const QString &id, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT device_id, receipt, received_utc, complete_utc FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    SessionUpload upload{
        query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), !query.value(3).isNull(), {}};
    query.prepare(QStringLiteral("SELECT part, kind, size, sha256, received, completed_utc FROM session_parts"
                                 " WHERE session_id = ? ORDER BY part"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        upload.parts.append({{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                              query.value(3).toString()},
                             query.value(4).toLongLong(),
                             !query.value(5).isNull()});
    }
    return upload;
}

std::optional<PartState> ServerStore::partState(const QString &sessionId, const QString &part, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT kind, size, sha256, received, completed_utc FROM session_parts"
                                 " WHERE session_id = ? AND part = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(part);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return PartState{{part, query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()},
                     query.value(3).toLongLong(),
                     !query.value(4).isNull()};
}

bool ServerStore::sessionPartsComplete(const QString &sessionId, bool *complete, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_parts WHERE session_id = ? AND completed_utc IS NULL"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return fail(error, query.lastError().text());
    *complete = query.value(0).toInt() == 0;
    return true;
}

ChunkOutcome ServerStore::appendChunk(const QString &sessionId, const QString &part, qint64 offset,
                                      const QByteArray &data, const QDateTime &nowUtc, PartState *state,
                                      bool *sessionComplete, QString *error)
{
    QSqlDatabase connection = db();
    Transaction transaction(connection);
    if (!transaction.isOpen()) {
        fail(error, transaction.error());
        return ChunkOutcome::Failed;
    }
    // Every early return rolls back (the guard's scope ends).
    const auto failed = [&](const QString &message) { return fail(error, message, ChunkOutcome::Failed); };
    const auto finish = [&](ChunkOutcome outcome) {
        if (!sessionPartsComplete(sessionId, sessionComplete, error) || !transaction.commit(error))
            return ChunkOutcome::Failed;
        return outcome;
    };
    QString readError;
    auto current = partState(sessionId, part, &readError);
    if (!current) {
        if (!readError.isEmpty())
            return failed(readError);
        return ChunkOutcome::UnknownPart;
    }
    *state = *current;
    if (current->complete)
        return finish(ChunkOutcome::AlreadyComplete);
    if (offset != current->received)
        return finish(ChunkOutcome::OffsetMismatch);
    if (offset + data.size() > current->declaration.size)
        return finish(ChunkOutcome::PastEnd);
    if (data.isEmpty())
        return finish(ChunkOutcome::Appended);
    QSqlQuery query(connection);
    // The conditional UPDATE is the arbiter between racing chunks: only one moves the offset.
    query.prepare(QStringLiteral("UPDATE session_parts SET received = ? WHERE session_id = ? AND part = ?"
                                 " AND received = ? AND completed_utc IS NULL"));
    query.addBindValue(offset + data.size());
    query.addBindValue(sessionId);
    query.addBindValue(part);
    query.addBindValue(offset);
    if (!query.exec())
        return failed(query.lastError().text());
    if (query.numRowsAffected() != 1) {
        transaction.rollback(); // another chunk won the race: report where the part stands now
        *state = partState(sessionId, part, error).value_or(*state);
        *sessionComplete = false;
        return ChunkOutcome::OffsetMismatch;
    }
    query.prepare(QStringLiteral("INSERT INTO part_chunks (session_id, part, start_offset, data) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(part);
    query.addBindValue(offset);
    query.addBindValue(data);
    if (!query.exec())
        return failed(query.lastError().text());
    state->received = offset + data.size();
    if (state->received < state->declaration.size)
        return finish(ChunkOutcome::Appended);
    // The last byte: hash the whole part, chunk by chunk, in offset order.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT data FROM part_chunks WHERE session_id = ? AND part = ? ORDER BY start_offset"));
    query.addBindValue(sessionId);
    query.addBindValue(part);
    if (!query.exec())
        return failed(query.lastError().text());
    while (query.next())
        hash.addData(query.value(0).toByteArray());
    if (QString::fromLatin1(hash.result().toHex()) != state->declaration.sha256) {
        // Start again from zero: nothing of a damaged part is kept.
        query.prepare(QStringLiteral("DELETE FROM part_chunks WHERE session_id = ? AND part = ?"));
        query.addBindValue(sessionId);
        query.addBindValue(part);
        if (!query.exec())
            return failed(query.lastError().text());
        query.prepare(QStringLiteral("UPDATE session_parts SET received = 0 WHERE session_id = ? AND part = ?"));
        query.addBindValue(sessionId);
        query.addBindValue(part);
        if (!query.exec())
            return failed(query.lastError().text());
        state->received = 0;
        return finish(ChunkOutcome::HashMismatch);
    }
    query.prepare(QStringLiteral("UPDATE session_parts SET completed_utc = ? WHERE session_id = ? AND part = ?"));
    query.addBindValue(iso(nowUtc));
    query.addBindValue(sessionId);
    query.addBindValue(part);
    if (!query.exec())
        return failed(query.lastError().text());
    state->complete = true;
    if (!sessionPartsComplete(sessionId, sessionComplete, error))
        return ChunkOutcome::Failed;
    if (*sessionComplete) {
        query.prepare(QStringLiteral("UPDATE sessions SET complete_utc = ? WHERE id = ? AND complete_utc IS NULL"));
        query.addBindValue(iso(nowUtc));
        query.addBindValue(sessionId);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    if (!transaction.commit(error))
        return ChunkOutcome::Failed;
    return ChunkOutcome::Completed;
}

QJsonArray ServerStore::stats(const QString &from, const QString &to, const QString &site, QString *error)
{
    QJsonArray rows;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT day, outcome, COUNT(*) FROM sessions WHERE day >= ? AND day <= ?"
                                 " AND (? = '' OR site = ?) GROUP BY day, outcome ORDER BY day, outcome"));
    query.addBindValue(from);
    query.addBindValue(to);
    const QString siteOrEmpty = site.isNull() ? QStringLiteral("") : site; // null binds as NULL
    query.addBindValue(siteOrEmpty);
    query.addBindValue(siteOrEmpty);
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return rows;
    }
    while (query.next()) {
        rows.append(QJsonObject{{QStringLiteral("day"), query.value(0).toString()},
                                {QStringLiteral("outcome"), query.value(1).toString()},
                                {QStringLiteral("count"), query.value(2).toInt()}});
    }
    return rows;
}

bool ServerStore::ping(QString *error)
{
    QSqlQuery query(db());
    return (query.exec(QStringLiteral("SELECT 1")) && query.next()) || fail(error, query.lastError().text());
}

int ServerStore::purgeImages(const QDateTime &cutoffUtc, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM part_chunks WHERE session_id IN"
                                 " (SELECT id FROM sessions WHERE received_utc < ?)"));
    query.addBindValue(iso(cutoffUtc));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return 0;
    }
    return std::max(0, query.numRowsAffected());
}

int ServerStore::minimiseRecords(const QDateTime &cutoffUtc, QString *error)
{
    QSqlDatabase connection = db();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT id, record_json FROM sessions WHERE received_utc < ?"
                                 " AND record_json NOT LIKE '%\"minimised\":true%'"));
    query.addBindValue(iso(cutoffUtc));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return 0;
    }
    QList<QPair<QString, QString>> updates;
    while (query.next()) {
        const QJsonObject full = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        updates.append({query.value(0).toString(),
                        QString::fromUtf8(QJsonDocument(sync::minimisedRecord(full)).toJson(QJsonDocument::Compact))});
    }
    int done = 0;
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE sessions SET record_json = ? WHERE id = ?"));
    for (const auto &[id, json] : std::as_const(updates)) {
        update.addBindValue(json);
        update.addBindValue(id);
        if (!update.exec()) {
            fail(error, update.lastError().text());
            break;
        }
        ++done;
    }
    return done;
}

int ServerStore::sessionCount(QString *error)
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && query.next())
        return query.value(0).toInt();
    fail(error, query.lastError().text());
    return -1;
}

} // namespace passerelle::server
