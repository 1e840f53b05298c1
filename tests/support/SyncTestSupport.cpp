// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTestSupport.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

namespace passerelle::test {

sync::SyncReport runPass(sync::SyncService &service, bool manual, int waitMs)
{
    QSignalSpy spy(&service, &sync::SyncService::passFinished);
    manual ? service.syncNow() : service.sessionCompleted();
    if (spy.isEmpty())
        spy.wait(waitMs);
    return spy.isEmpty() ? sync::SyncReport{-1, -1, -1, -1, QStringLiteral("no pass")}
                         : spy.first().at(0).value<sync::SyncReport>();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (auto &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

SessionRecord makeSessionRecord(int index)
{
    SessionRecord r;
    r.id = QUuid::createUuid();
    // Recent, so the retention purge at open leaves the personal data a sync needs.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.completedUtc = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch() - 60000 - index * 1000LL, Qt::UTC);
    r.startedUtc = r.completedUtc.addSecs(-900);
    r.utcOffsetSeconds = 3600;
    r.appVersion = QStringLiteral("0.1.0");
    r.deviceId = QStringLiteral("test-device");
    r.counselorId = QStringLiteral("c-%1").arg(index % 5);
    r.siteId = QStringLiteral("site-a");
    r.language = QStringLiteral("fr");
    r.input.birthDate = QDate(2008, 1 + index % 12, 1 + index % 28);
    r.input.appointmentDate = r.completedUtc.date();
    r.input.nationality = Nationality::French;
    r.result.status = index % 4 == 0 ? EligibilityStatus::TooYoung : EligibilityStatus::Eligible;
    r.result.age = 17;
    r.result.rulesetId = QStringLiteral("2025-03");
    r.result.amount = index % 4 == 0 ? 0 : 150;
    r.identityPlan = planIdentityCheck(IdentityDocument::FrenchIdCard, true);
    return r;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {

QByteArray requestBytes(const QByteArray &method, const QByteArray &path,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[key, value] : headers)
        request += key + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

// Whether @p received holds a whole answer (its head and Content-Length bytes of body).
bool isComplete(const QByteArray &received)
{
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = received.left(headerEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length = at >= 0 ? head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong() : 0;
    return received.size() >= headerEnd + 4 + length;
}

HttpReply parseReply(const QByteArray &received)
{
    HttpReply reply;
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return reply;
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    reply.body = received.mid(headerEnd + 4);
    return reply;
}

} // namespace

QList<HttpReply> httpRequestsAtOnce(const QList<HttpCall> &calls, int timeoutMs)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const auto &call : calls) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, call.port);
    }
    for (auto &socket : sockets)
        socket->waitForConnected(timeoutMs);
    // All but the last byte of each request first; then the last bytes together, so that the
    // server finds every request complete in the same turn of its event loop.
    QList<QByteArray> requests;
    for (const auto &call : calls) {
        requests.append(requestBytes(call.method, call.path, call.headers, call.body));
        sockets[requests.size() - 1]->write(requests.last().chopped(1));
    }
    for (auto &socket : sockets)
        socket->waitForBytesWritten(timeoutMs);
    QThread::msleep(200);
    for (qsizetype i = 0; i < calls.size(); ++i)
        sockets[i]->write(requests[i].right(1));
    for (auto &socket : sockets)
        socket->waitForBytesWritten(timeoutMs);
    QList<QByteArray> received(calls.size());
    QElapsedTimer timer;
    timer.start();
    for (bool waiting = true; waiting && timer.elapsed() < timeoutMs;) {
        waiting = false;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (isComplete(received[i]) || sockets[i]->state() != QAbstractSocket::ConnectedState)
                continue;
            sockets[i]->waitForReadyRead(5);
            received[i] += sockets[i]->readAll();
            waiting = waiting || !isComplete(received[i]);
        }
    }
    QList<HttpReply> replies;
    for (qsizetype i = 0; i < calls.size(); ++i)
        replies.append(parseReply(received[i] + sockets[i]->readAll()));
    return replies;
}

HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, int timeoutMs)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[key, value] : headers)
        request += key + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    socket.write(request);
    // Write the body in chunks and keep reading: the server may answer (413) and close early.
    QByteArray received;
    qsizetype sent = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (sent < body.size() && socket.bytesToWrite() < 1 << 20) {
            const qsizetype chunk = std::min<qsizetype>(body.size() - sent, 256 * 1024);
            socket.write(body.constData() + sent, chunk);
            sent += chunk;
        }
        socket.waitForBytesWritten(10);
        if (socket.waitForReadyRead(sent < body.size() ? 1 : 100))
            received += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            received += socket.readAll();
            break;
        }
        if (isComplete(received))
            break;
    }
    return parseReply(received);
}

bool ServerProcess::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("PASSERELLE_TEST_PG_HOST") &&
           !qEnvironmentVariableIsEmpty("PASSERELLE_TEST_PG_PORT");
}

ServerProcess::ServerProcess(Backend backend)
    : m_backend(backend)
    , m_dataDir(m_dir.path())
{}

void ServerProcess::shareStorageWith(const ServerProcess &first)
{
    m_backend = first.m_backend;
    m_dataDir = first.m_dataDir;
    m_pgDatabase = first.m_pgDatabase;
    m_ownsDatabase = false;
}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_pgDatabase.isEmpty() && m_ownsDatabase) {
        const QString name = QStringLiteral("pg-drop-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(qEnvironmentVariable("PASSERELLE_TEST_PG_HOST"));
            db.setPort(qEnvironmentVariable("PASSERELLE_TEST_PG_PORT").toInt());
            db.setUserName(qEnvironmentVariable("PASSERELLE_TEST_PG_USER"));
            db.setPassword(qEnvironmentVariable("PASSERELLE_TEST_PG_PASSWORD"));
            db.setDatabaseName(qEnvironmentVariable("PASSERELLE_TEST_PG_DATABASE"));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgDatabase));
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QStringList ServerProcess::storageArguments() const
{
    if (m_backend == Backend::Sqlite)
        return {QStringLiteral("--data"), m_dataDir};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(qEnvironmentVariable("PASSERELLE_TEST_PG_HOST"));
    url.setPort(qEnvironmentVariable("PASSERELLE_TEST_PG_PORT").toInt());
    url.setUserName(qEnvironmentVariable("PASSERELLE_TEST_PG_USER"));
    url.setPassword(qEnvironmentVariable("PASSERELLE_TEST_PG_PASSWORD"));
    url.setPath(QLatin1Char('/') + m_pgDatabase);
    return {QStringLiteral("--database"), url.toString()};
}

bool ServerProcess::start(const QStringList &arguments, QString *error)
{
    return launch(arguments, error) && waitListening(error);
}

bool ServerProcess::launch(const QStringList &arguments, QString *error)
{
    if (m_backend == Backend::Postgres && m_pgDatabase.isEmpty()) {
        m_pgDatabase = QStringLiteral("passerelle_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        const QString name = QStringLiteral("pg-create-%1").arg(m_pgDatabase);
        bool created = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(qEnvironmentVariable("PASSERELLE_TEST_PG_HOST"));
            db.setPort(qEnvironmentVariable("PASSERELLE_TEST_PG_PORT").toInt());
            db.setUserName(qEnvironmentVariable("PASSERELLE_TEST_PG_USER"));
            db.setPassword(qEnvironmentVariable("PASSERELLE_TEST_PG_PASSWORD"));
            db.setDatabaseName(qEnvironmentVariable("PASSERELLE_TEST_PG_DATABASE"));
            QSqlQuery query(db);
            created = db.open() && query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
            if (!created && error)
                *error = db.lastError().text() + query.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (!created)
            return false;
    }
    m_process = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")};
    args << storageArguments() << arguments;
    if (m_backend == Backend::Postgres) // instances sharing the database share the key file
        args << QStringLiteral("--payload-key") << QDir(m_dataDir).filePath(QStringLiteral("payload.key"));
    m_process->start(builtExecutable(QStringLiteral("passerelle-server")), args);
    return m_process->waitForStarted(10000);
}

bool ServerProcess::waitListening(QString *error)
{
    if (!m_process)
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 15000 && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > 0) {
            const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
            m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
            return m_port != 0;
        }
    }
    if (error)
        *error = QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    m_log += m_process->readAllStandardError();
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAllStandardError();
    m_process.reset();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray ServerProcess::log() const
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray ServerProcess::admin(const QStringList &arguments, int *exitCode) const
{
    const auto result =
        runProcess(builtExecutable(QStringLiteral("passerelle-server")), arguments + storageArguments());
    if (exitCode)
        *exitCode = result.exitCode;
    return result.out;
}

QString ServerProcess::enrollmentCode(const QString &site) const
{
    const QByteArray out = admin({QStringLiteral("enroll"), QStringLiteral("--site"), site});
    for (const auto &line : out.split('\n')) {
        if (line.startsWith("code: "))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return {};
}

QByteArray ServerProcess::enrollDevice(QString *deviceId) const
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), enrollmentCode()}}).toJson();
    const HttpReply reply =
        httpRequest(m_port, "POST", "/api/v1/devices/enroll", {{"Content-Type", "application/json"}}, body);
    if (deviceId)
        *deviceId = reply.json().value(QStringLiteral("device_id")).toString();
    return reply.json().value(QStringLiteral("device_token")).toString().toLatin1();
}

namespace {

// A short-lived connection to the server's database (SQLite file or the test PostgreSQL).
template <typename Fn>
void withServerDatabase(bool postgres, const QString &sqlitePath, const QString &pgDatabase, Fn fn)
{
    const QString name = QStringLiteral("server-read-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            db.setHostName(qEnvironmentVariable("PASSERELLE_TEST_PG_HOST"));
            db.setPort(qEnvironmentVariable("PASSERELLE_TEST_PG_PORT").toInt());
            db.setUserName(qEnvironmentVariable("PASSERELLE_TEST_PG_USER"));
            db.setPassword(qEnvironmentVariable("PASSERELLE_TEST_PG_PASSWORD"));
            db.setDatabaseName(pgDatabase);
        } else {
            db.setDatabaseName(sqlitePath);
        }
        if (db.open())
            fn(db);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QByteArray ServerProcess::storedPart(const QString &sessionId, const QString &part, int *chunks) const
{
    QByteArray bytes;
    int count = 0;
    withServerDatabase(m_backend == Backend::Postgres,
                       QDir(m_dataDir).filePath(QStringLiteral("passerelle-server.sqlite")), m_pgDatabase,
                       [&](QSqlDatabase &db) {
                           QSqlQuery query(db);
                           query.prepare(QStringLiteral("SELECT data FROM part_chunks WHERE session_id = ? AND part = ?"
                                                        " ORDER BY start_offset"));
                           query.addBindValue(sessionId);
                           query.addBindValue(part);
                           if (!query.exec())
                               return;
                           while (query.next()) {
                               bytes += query.value(0).toByteArray();
                               ++count;
                           }
                       });
    if (chunks)
        *chunks = count;
    return bytes;
}

QJsonObject ServerProcess::storedRecord(const QString &sessionId) const
{
    QJsonObject record;
    withServerDatabase(m_backend == Backend::Postgres,
                       QDir(m_dataDir).filePath(QStringLiteral("passerelle-server.sqlite")), m_pgDatabase,
                       [&](QSqlDatabase &db) {
                           QSqlQuery query(db);
                           query.prepare(QStringLiteral("SELECT record_json FROM sessions WHERE id = ?"));
                           query.addBindValue(sessionId);
                           if (query.exec() && query.next())
                               record = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
                       });
    return record;
}

bool ServerProcess::execSql(const QStringList &statements) const
{
    bool ok = false;
    withServerDatabase(m_backend == Backend::Postgres,
                       QDir(m_dataDir).filePath(QStringLiteral("passerelle-server.sqlite")), m_pgDatabase,
                       [&](QSqlDatabase &db) {
                           QSqlQuery query(db);
                           ok = true;
                           for (const auto &statement : statements) {
                               if (!query.exec(statement)) {
                                   qWarning() << statement.left(60) << query.lastError().text();
                                   ok = false;
                                   return;
                               }
                           }
                       });
    return ok;
}

qint64 ServerProcess::queryNumber(const QString &select) const
{
    qint64 value = -1;
    withServerDatabase(m_backend == Backend::Postgres,
                       QDir(m_dataDir).filePath(QStringLiteral("passerelle-server.sqlite")), m_pgDatabase,
                       [&](QSqlDatabase &db) {
                           QSqlQuery query(db);
                           if (query.exec(select) && query.next())
                               value = query.value(0).toLongLong();
                       });
    return value;
}

int ServerProcess::sessionCount(int *complete) const
{
    int total = -1;
    withServerDatabase(
        m_backend == Backend::Postgres, QDir(m_dataDir).filePath(QStringLiteral("passerelle-server.sqlite")),
        m_pgDatabase, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*), COUNT(complete_utc) FROM sessions")) && query.next()) {
                total = query.value(0).toInt();
                if (complete)
                    *complete = query.value(1).toInt();
            }
        });
    return total;
}

} // namespace passerelle::test
