// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RateLimiter.h"
#include "ServerStore.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponse>

#include <memory>

namespace passerelle::server {

/** What the operator chose at start-up. */
struct ServerOptions
{
    qint64 maxBodyBytes = 64 * 1024;
    double ratePerSecond = 200; ///< per device; 0 turns the limit off
    double rateBurst = 400;
    bool keepFullRecords = false; ///< default: data minimisation (see docs/sync-protocol.md)
    bool logRequests = true;
};

/**
 * The sync API over Qt HttpServer: sessions, enrollment, health and statistics. Each request is
 * answered from the database alone, so instances behind a proxy can share one PostgreSQL.
 */
class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SyncServer(std::unique_ptr<ServerStore> store, ServerOptions options, QObject *parent = nullptr);
    ~SyncServer() override;

    /** Listens on @p address:@p port through a connection guard that cuts oversized uploads. */
    quint16 listenGuarded(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHttpServerResponse route(const QHttpServerRequest &request, QString *deviceForLog);
    QHttpServerResponse postSession(const QHttpServerRequest &request, QString *deviceForLog);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse stats(const QHttpServerRequest &request);
    std::optional<Device> authenticate(const QHttpServerRequest &request, QHttpServerResponse *failure);

    std::unique_ptr<ServerStore> m_store;
    ServerOptions m_options;
    RateLimiter m_deviceLimiter;
    RateLimiter m_enrollLimiter;
};

} // namespace passerelle::server
