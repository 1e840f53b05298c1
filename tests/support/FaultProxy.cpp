// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace passerelle::test {

namespace {

// Length of the first complete HTTP message in @p buffer (headers + Content-Length body), or -1.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    const QByteArray head = buffer.left(headerEnd).toLower();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("\ncontent-length:");
    if (at >= 0) {
        const qsizetype end = head.indexOf('\r', at + 1);
        length = head.mid(at + 16, (end < 0 ? head.size() : end) - at - 16).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + length;
    return buffer.size() >= total ? total : -1;
}

QByteArray statusResponse(int status, const char *reason, bool retryAfter)
{
    const QByteArray body = "{\"error\":\"injected\"}";
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n";
    if (retryAfter)
        response += "Retry-After: 0\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

} // namespace

struct FaultProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray fromClient;
    QByteArray fromUpstream;
    Fault pending = Fault::None; ///< the fault for the response of the request in flight
    bool busy = false;           ///< a request is in flight (no pipelining)
    bool closed = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, double faultRate, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_faultRate(faultRate)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (Link *link : std::as_const(m_links)) {
        QObject::disconnect(link->client, nullptr, this, nullptr);
        QObject::disconnect(link->upstream, nullptr, this, nullptr);
        link->upstream->abort();
        link->client->abort();
        delete link->client; // and its upstream socket
        delete link;
    }
}

quint16 FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

FaultProxy::Fault FaultProxy::pickFault()
{
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return m_burstFault;
    }
    if (m_random.generateDouble() >= m_faultRate)
        return Fault::None;
    const Fault fault = Fault(1 + m_random.bounded(8));
    if (fault == Fault::Status500 || fault == Fault::Status502 || fault == Fault::Status503 ||
        fault == Fault::Status429) {
        m_burstFault = fault;
        m_burstLeft = int(m_random.bounded(4)); // a burst of up to 4 more
    }
    return fault;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_random.generateDouble() < m_refuseRate) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(client);
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { onUpstreamData(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
        // The link lives as long as its client socket: queued signals never see it freed.
        connect(client, &QObject::destroyed, this, [this, link] {
            m_links.removeOne(link);
            delete link;
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::onClientData(Link *link)
{
    if (link->closed)
        return;
    const QByteArray data = link->client->readAll();
    m_bytesFromClients += data.size();
    link->fromClient += data;
    while (!link->busy && !link->closed) {
        const qsizetype length = messageLength(link->fromClient);
        if (length < 0)
            return;
        const QByteArray request = link->fromClient.left(length);
        link->fromClient.remove(0, length);
        ++m_requests;
        Fault forced = Fault::None;
        if (!m_forced.isEmpty() && request.startsWith(m_forcedPrefix))
            forced = m_forced.takeFirst();
        if (forced == Fault::CutRequest ||
            (forced == Fault::None && m_cutRate > 0 && m_random.generateDouble() < m_cutRate)) {
            ++m_counts[Fault::CutRequest];
            link->busy = true;
            link->upstream->write(request.left(request.size() / 2));
            QTimer::singleShot(20, link->client, [this, link] { closeLink(link, true); });
            return;
        }
        const Fault fault = forced != Fault::None ? forced : pickFault();
        ++m_counts[fault];
        switch (fault) {
        case Fault::ResetBeforeRequest:
            closeLink(link, true);
            return;
        case Fault::Status500:
            link->client->write(statusResponse(500, "Internal Server Error", false));
            continue;
        case Fault::Status502:
            link->client->write(statusResponse(502, "Bad Gateway", false));
            continue;
        case Fault::Status503:
            link->client->write(statusResponse(503, "Service Unavailable", true));
            continue;
        case Fault::Status429:
            link->client->write(statusResponse(429, "Too Many Requests", true));
            continue;
        case Fault::Delay:
            link->busy = true;
            QTimer::singleShot(int(m_random.bounded(50, 300)), link->client,
                               [this, link, request] { forwardRequest(link, request); });
            return;
        default:
            link->busy = true;
            link->pending = fault;
            forwardRequest(link, request);
            return;
        }
    }
}

void FaultProxy::forwardRequest(Link *link, const QByteArray &request)
{
    if (link->closed)
        return;
    link->busy = true;
    link->upstream->write(request);
}

void FaultProxy::onUpstreamData(Link *link)
{
    if (link->closed)
        return;
    link->fromUpstream += link->upstream->readAll();
    const qsizetype length = messageLength(link->fromUpstream);
    if (length < 0)
        return;
    const QByteArray response = link->fromUpstream.left(length);
    link->fromUpstream.remove(0, length);
    const Fault fault = link->pending;
    link->pending = Fault::None;
    link->busy = false;
    if (fault == Fault::ResetAfterRequest) {
        closeLink(link, true); // the server has stored it; the client never hears so
        return;
    }
    if (fault == Fault::TruncateResponse) {
        link->client->write(response.left(response.size() / 2));
        link->client->flush();
        closeLink(link, false);
        return;
    }
    link->client->write(response);
    onClientData(link); // a next request may already be waiting
}

void FaultProxy::closeLink(Link *link, bool reset)
{
    if (link->closed)
        return;
    link->closed = true;
    if (reset) {
        link->client->abort();
    } else {
        link->client->disconnectFromHost();
    }
    link->upstream->abort();
    link->client->deleteLater();
}

} // namespace passerelle::test
