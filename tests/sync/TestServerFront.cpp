// SPDX-License-Identifier: GPL-3.0-or-later
// The server's HTTP front against raw bytes on 127.0.0.1: ambiguous framing, sizes declared or
// pipelined, slow and idle connections, the connection cap. The real passerelle-server process.
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace passerelle::test;

namespace {

/** What came back on one raw connection, and whether the server closed it. */
struct RawReply
{
    QByteArray bytes;
    bool closed = false;
    int answers() const { return int(bytes.count("HTTP/1.1 ")); }
    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
};

/** Sends @p request and reads until the server closes or @p waitMs pass. */
RawReply exchange(quint16 port, const QByteArray &request, int waitMs = 3000)
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return reply;
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        socket.waitForReadyRead(50);
        reply.bytes += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            reply.bytes += socket.readAll();
            reply.closed = true;
            break;
        }
    }
    return reply;
}

QByteArray get(const QByteArray &path = "/api/v1/health", const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

/** @p count connections to 127.0.0.1:@p port, connected (empty if one could not connect). */
std::vector<std::unique_ptr<QTcpSocket>> connectMany(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        if (!sockets.back()->waitForConnected(3000))
            return {};
    }
    return sockets;
}

} // namespace

class TestServerFront : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_server.start({QStringLiteral("--max-body"), QStringLiteral("32768"), QStringLiteral("--quiet")}, &error),
            qPrintable(error));
    }

    void ambiguousFramingIsRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        // Each is followed by a smuggled second request: it must never be answered.
        QTest::newRow("Content-Length and chunked")
            << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("chunked and Content-Length")
            << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << 400;
        QTest::newRow("two equal lengths") << QByteArray("Content-Length: 5\r\nContent-Length: 5\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("Content-Length: 5\r\nContent-Length: 0\r\n") << 400;
        QTest::newRow("list") << QByteArray("Content-Length: 5, 5\r\n") << 400;
        QTest::newRow("not a number") << QByteArray("Content-Length: abc\r\n") << 400;
        QTest::newRow("signed") << QByteArray("Content-Length: +5\r\n") << 400;
        QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("Content-Length : 5\r\n") << 400;
        QTest::newRow("folded") << QByteArray("X-A: 1\r\n Content-Length: 5\r\n") << 400;
        // Any transfer coding, alone: 411, a Content-Length is required (docs/sync-protocol.md says why).
        QTest::newRow("chunked alone") << QByteArray("Transfer-Encoding: chunked\r\n") << 411;
        QTest::newRow("chunked, other case") << QByteArray("transfer-encoding: Chunked\r\n") << 411;
        QTest::newRow("gzip then chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 411;
        QTest::newRow("identity") << QByteArray("Transfer-Encoding: identity\r\n") << 411;
        QTest::newRow("two codings") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
                                     << 411;
    }

    void ambiguousFramingIsRefusedAndClosed()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const QByteArray request = "POST /api/v1/devices/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\n" + head +
                                   "\r\n0\r\n\r\n" + get("/api/v1/health");
        const RawReply reply = exchange(m_server.port(), request);
        QCOMPARE(reply.status(), status);
        QCOMPARE(reply.answers(), 1); // the smuggled GET was not served
        QVERIFY(reply.bytes.contains("\"error\""));
        QVERIFY(reply.closed);
        QCOMPARE(exchange(m_server.port(), get() + "", 1000).status(), 200);
    }

    void declaredTooLargeIsRefusedBeforeTheBody()
    {
        // Only the head is sent: the 413 comes at once, without waiting for 200 MB.
        const RawReply reply = exchange(
            m_server.port(), "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 200000000\r\n\r\n");
        QCOMPARE(reply.status(), 413);
        QVERIFY(reply.bytes.contains("\"field\":\"body\""));
        QVERIFY(reply.closed);
    }

    void pipelinedRequestsAreCountedOneByOne()
    {
        // 100 GETs of 1 KB each in one write: each is small, their sum is over the body limit.
        const QByteArray padding = "X-Padding: " + QByteArray(1000, 'p') + "\r\n";
        QByteArray pipeline;
        for (int i = 0; i < 100; ++i)
            pipeline += get("/api/v1/health", padding);
        QVERIFY(pipeline.size() > 3 * 32768);
        const RawReply reply = exchange(m_server.port(), pipeline + get("/api/v1/health", "Connection: close\r\n"));
        QVERIFY2(!reply.bytes.contains(" 413 "), reply.bytes.left(200).constData());
        QCOMPARE(int(reply.bytes.count("HTTP/1.1 200")), 101);
    }

    void oversizedHeadersAreRefused()
    {
        const RawReply reply =
            exchange(m_server.port(), get("/api/v1/health", "X-Big: " + QByteArray(40000, 'b') + "\r\n"));
        QCOMPARE(reply.status(), 431);
        QVERIFY(reply.closed);
    }

    void slowHeadersTimeOutAndIdleConnectionsClose()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--header-timeout"), QStringLiteral("1"),
                               QStringLiteral("--idle-timeout"), QStringLiteral("1"), QStringLiteral("--quiet")},
                              &error),
                 qPrintable(error));
        // 50 connections send their headers a byte at a time.
        const auto slow = connectMany(server.port(), 50);
        QCOMPARE(int(slow.size()), 50);
        const QByteArray request = get();
        QElapsedTimer timer;
        timer.start();
        int closed = 0;
        for (int step = 0; step < 100 && closed < 50; ++step) {
            closed = 0;
            for (const auto &socket : slow) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(request.mid(step % 10, 1));
                socket->waitForReadyRead(1);
                closed += socket->state() != QAbstractSocket::ConnectedState;
            }
            QTest::qWait(50);
        }
        QCOMPARE(closed, 50);
        QVERIFY2(timer.elapsed() < 6000, QByteArray::number(timer.elapsed()).constData());
        for (const auto &socket : slow)
            QVERIFY(socket->readAll().startsWith("HTTP/1.1 408"));

        // A kept-alive connection is answered, then closed once idle.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(3000));
        idle.write(get());
        QVERIFY(idle.waitForReadyRead(3000));
        QVERIFY(idle.readAll().startsWith("HTTP/1.1 200"));
        timer.restart();
        while (idle.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
            idle.waitForReadyRead(100);
        QCOMPARE(idle.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(timer.elapsed() >= 500);
    }

    void theConnectionCapHoldsNewConnectionsUntilOneCloses()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--max-connections"), QStringLiteral("5"),
                               QStringLiteral("--header-timeout"), QStringLiteral("2"), QStringLiteral("--quiet")},
                              &error),
                 qPrintable(error));
        const auto held = connectMany(server.port(), 5);
        QCOMPARE(int(held.size()), 5);
        for (const auto &socket : held) {
            socket->write("GET /api/v1/health HTTP/1.1\r\n"); // never finished
            socket->waitForBytesWritten(1000);
        }
        QTest::qWait(300);
        // The sixth waits in the backlog: no answer while the five hold their places...
        QTcpSocket waiting;
        waiting.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(waiting.waitForConnected(3000));
        waiting.write(get());
        QVERIFY(!waiting.waitForReadyRead(1000));
        // ...and is served once they time out.
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 6000) {
            waiting.waitForReadyRead(100);
            answer += waiting.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        for (const auto &socket : held) {
            socket->waitForReadyRead(100);
            QVERIFY(socket->readAll().startsWith("HTTP/1.1 408"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerFront)
#include "TestServerFront.moc"
