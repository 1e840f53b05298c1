// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace passerelle::test {

/**
 * A TCP proxy on 127.0.0.1 between a client and an HTTP/1.1 server that injects faults per
 * request: refused (closed at accept) connections, delays, resets before the request reaches the
 * server and after it did (the "did it commit?" case), truncated responses, and bursts of
 * 500/502/503/429 answers. It frames requests and responses by Content-Length, so keep-alive works.
 */
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Delay,
        ResetBeforeRequest,
        ResetAfterRequest,
        TruncateResponse,
        Status500,
        Status502,
        Status503,
        Status429,
        CutRequest /* half the request reaches the server, then a reset (setCutRate) */
    };

    /** Share of requests (0..1) that get a fault, and the seed of the choices. */
    FaultProxy(quint16 upstreamPort, double faultRate, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;
    quint16 listen();
    quint16 port() const { return m_server.serverPort(); }
    /** Share of new connections closed at once (the client sees the connection refused or reset). */
    void setRefuseRate(double rate) { m_refuseRate = rate; }
    void setFaultRate(double rate) { m_faultRate = rate; }
    /** Share of requests cut halfway: the server gets half of the body, then both sides are reset. */
    void setCutRate(double rate) { m_cutRate = rate; }
    /** The next requests whose request line starts with @p prefix ("PATCH ") get @p faults, in order. */
    void forceFaults(const QByteArray &prefix, const QList<Fault> &faults)
    {
        m_forcedPrefix = prefix;
        m_forced = faults;
    }
    /** Bytes received from clients (requests, headers included) since the start or the last reset. */
    qint64 bytesFromClients() const { return m_bytesFromClients; }
    void resetByteCount() { m_bytesFromClients = 0; }
    QHash<Fault, int> counts() const { return m_counts; }
    int requests() const { return m_requests; }

private:
    struct Link;
    void onNewConnection();
    void onClientData(Link *link);
    void onUpstreamData(Link *link);
    void forwardRequest(Link *link, const QByteArray &request);
    void closeLink(Link *link, bool reset);
    Fault pickFault();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    double m_faultRate;
    double m_refuseRate = 0;
    double m_cutRate = 0;
    QByteArray m_forcedPrefix;
    QList<Fault> m_forced;
    qint64 m_bytesFromClients = 0;
    QRandomGenerator m_random;
    QHash<Fault, int> m_counts;
    int m_requests = 0;
    int m_burstLeft = 0;
    Fault m_burstFault = Fault::None;
    QList<Link *> m_links;
};

} // namespace passerelle::test
