// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Protocol.h"
#include "server/HttpFront.h"
#include "server/RateLimiter.h"
#include "server/ServerStore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <optional>
#include <vector>

namespace passerelle {
class Clock;
}

namespace passerelle::server {

/** Whether the server asks clients for the session's images (the protocol's codes; default None:
    data minimisation, no image accepted). */
using ImagePolicy = sync::protocol::ImagePolicy;

/** What the operator chose at start-up. */
struct ServerOptions
{
    qint64 maxBodyBytes = 64 * 1024;
    ImagePolicy images = ImagePolicy::None;
    qint64 maxChunkBytes = 1024 * 1024;     ///< largest PATCH body on a part
    qint64 maxPartBytes = 32 * 1024 * 1024; ///< largest declared image
    double ratePerSecond = 200;             ///< per device; 0 turns the limit off
    double rateBurst = 400;
    bool keepFullRecords = false; ///< default: data minimisation (see docs/sync-protocol.md)
    bool logRequests = true;
    QList<QHostAddress> trustedProxies; ///< whose X-Forwarded-For names the client (--trusted-proxy)
    int retainImageDays = 30;           ///< image bytes kept this long after receipt (0: forever)
    int retainPersonalMonths = 6;       ///< full records minimised after this (--keep-full-records)
    QByteArray payloadKey;              ///< fingerprint key (PayloadKey.h), never stored in the database
    FrontLimits front; ///< timeouts and the connection cap; its body limits are set from the ones above
};

/**
 * The sync API over Qt HttpServer: sessions, enrollment, health and statistics. Each request is
 * answered from the database alone, so instances behind a proxy can share one PostgreSQL.
 */
class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /** @p clock is required: receipts, chunks and enrollments are stamped with it. */
    SyncServer(std::unique_ptr<ServerStore> store, ServerOptions options, const Clock &clock,
               QObject *parent = nullptr);
    ~SyncServer() override;

    /**
     * Listens on @p address:@p port, over TLS when @p tls is given, through the HTTP front
     * (HttpFront.h): the same framing checks, size limits, timeouts and connection cap either way.
     */
    quint16 listenGuarded(const QHostAddress &address, quint16 port,
                          const std::optional<QSslConfiguration> &tls = std::nullopt);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /** A valid session waiting for the next group commit, with the connection to answer on. */
    struct PendingSession
    {
        QString id, fingerprint, recordJson, day, outcome;
        QList<sync::PartDeclaration> parts;
        Device device;
        std::optional<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QElapsedTimer timer;
    };
    using Pending = std::unique_ptr<PendingSession>;

    QHttpServerResponse route(const QHttpServerRequest &request, QString *deviceForLog, Pending *pending);
    QHttpServerResponse postSession(const QHttpServerRequest &request, QString *deviceForLog, Pending *pending);
    void flushPending();
    /** GET /sessions/{id}; GET, HEAD and PATCH /sessions/{id}/parts/{part}. */
    QHttpServerResponse sessionResource(const QHttpServerRequest &request, const QString &sessionId,
                                        const QString &part, QString *deviceForLog);
    std::optional<Device> authenticateDevice(const QHttpServerRequest &request, QHttpServerResponse *failure,
                                             QString *deviceForLog);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse stats(const QHttpServerRequest &request);
    std::optional<Device> authenticate(const QHttpServerRequest &request, QHttpServerResponse *failure);
    /** The client's address: the peer, or X-Forwarded-For's last untrusted hop behind a trusted proxy. */
    QString clientAddress(const QHttpServerRequest &request) const;
    /** Applies the retention (ServerOptions::retain*) now; logged as counts only. */
    void purgeExpired();

    std::unique_ptr<ServerStore> m_store;
    ServerOptions m_options;
    const Clock &m_clock;
    RateLimiter m_deviceLimiter;
    RateLimiter m_enrollLimiter;
    RateLimiter m_unknownTokenLimiter; ///< per client address, for requests with unknown tokens
    std::vector<Pending> m_pending;
};

} // namespace passerelle::server
