// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/HttpFront.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace passerelle::server {

namespace {

// A refused or timed-out connection gets this long to take its answer before it is cut.
constexpr int kCloseGraceMs = 2000;
// A body refused with 413 is read and dropped up to this size before the connection closes, so
// that a client still sending it reads its answer instead of a reset (a lingering close).
constexpr qint64 kLingerBytes = 4 * 1024 * 1024;

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

HeadVerdict refused(HeadVerdict::Kind kind, const char *message)
{
    return HeadVerdict{kind, 0, QByteArray(message)};
}

QByteArrayView trimmedView(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Index just past the first empty line of @p head at or after @p from, or -1.
qsizetype headEnd(const QByteArray &head, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < head.size(); ++i) {
        if (head.at(i) != '\n')
            continue;
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

HeadVerdict checkRequestHead(QByteArrayView head, const FrontLimits &limits)
{
    if (head.size() > limits.maxHeadBytes)
        return refused(HeadVerdict::Kind::HeadTooLarge, "request headers too large");
    // Request line: METHOD SP target SP HTTP/1.x
    qsizetype lineEnd = head.indexOf('\n');
    if (lineEnd < 0)
        return refused(HeadVerdict::Kind::BadRequest, "incomplete request line");
    QByteArrayView line = head.first(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return refused(HeadVerdict::Kind::BadRequest, "malformed request line");
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0") ||
        std::any_of(target.begin(), target.end(), [](char c) { return uchar(c) <= 0x20 || c == 0x7f; }))
        return refused(HeadVerdict::Kind::BadRequest, "malformed request line");

    int contentLengths = 0;
    bool transferEncoding = false;
    qint64 length = 0;
    qsizetype at = lineEnd + 1;
    while (at < head.size()) {
        lineEnd = head.indexOf('\n', at);
        if (lineEnd < 0)
            lineEnd = head.size();
        line = head.sliced(at, lineEnd - at);
        at = lineEnd + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the end of the head
        // Folded lines, whitespace before the colon and control characters are read differently
        // by different parsers: refused.
        if (line.front() == ' ' || line.front() == '\t')
            return refused(HeadVerdict::Kind::BadRequest, "folded header line");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refused(HeadVerdict::Kind::BadRequest, "malformed header line");
        const QByteArrayView value = trimmedView(line.sliced(colon + 1));
        if (std::any_of(value.begin(), value.end(), [](char c) { return (uchar(c) < 0x20 && c != '\t') || c == 0x7f; }))
            return refused(HeadVerdict::Kind::BadRequest, "control character in a header");
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "transfer-encoding") {
            transferEncoding = true;
        } else if (name == "content-length") {
            ++contentLengths;
            if (value.isEmpty() || value.size() > 15 ||
                !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return refused(HeadVerdict::Kind::BadRequest, "invalid Content-Length");
            length = value.toByteArray().toLongLong();
        }
    }
    if (transferEncoding && contentLengths > 0)
        return refused(HeadVerdict::Kind::BadRequest, "both Content-Length and Transfer-Encoding");
    if (transferEncoding)
        return refused(HeadVerdict::Kind::LengthRequired, "send the body with a Content-Length");
    if (contentLengths > 1)
        return refused(HeadVerdict::Kind::BadRequest, "more than one Content-Length");
    const bool chunk = method == "PATCH" && target.contains("/parts/");
    if (length > (chunk ? limits.maxChunkBytes : limits.maxBodyBytes))
        return HeadVerdict{HeadVerdict::Kind::TooLarge, length, QByteArray("request body too large")};
    return HeadVerdict{HeadVerdict::Kind::Accept, length, {}};
}

namespace {

/**
 * One connection as the front sees it: it reads along (peeking, before Qt's parser reads the same
 * bytes) request by request, so a limit applies to each request, never to pipelined ones
 * together, and it answers and closes itself when a request is refused or too slow.
 */
class FrontConnection : public QObject
{
public:
    FrontConnection(QTcpSocket *socket, const FrontLimits &limits, std::function<void()> onClosed)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_onClosed(std::move(onClosed))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FrontConnection::timedOut);
        connect(socket, &QIODevice::readyRead, this, &FrontConnection::inspect);
        // An answer going out is activity: the idle time counts from the last byte either way.
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (m_state == State::Idle)
                m_timer.start(m_limits.idleTimeoutMs);
        });
        m_timer.start(m_limits.idleTimeoutMs);
    }
    ~FrontConnection() override { m_onClosed(); }

private:
    enum class State { Idle, Head, Body, Closing };

    void inspect()
    {
        if (m_state == State::Closing) {
            m_drainLeft -= m_socket->readAll().size();
            if (m_drainLeft <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->disconnectFromHost();
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype at = 0;
        while (at < data.size()) {
            if (m_state == State::Idle) {
                if (data.at(at) == '\r' || data.at(at) == '\n') {
                    ++at;
                    continue;
                }
                m_state = State::Head;
                m_head.clear();
                m_timer.start(m_limits.headTimeoutMs);
            }
            if (m_state == State::Head) {
                const qsizetype before = m_head.size();
                const qsizetype take = std::min<qsizetype>(data.size() - at, m_limits.maxHeadBytes + 4 - before);
                m_head.append(data.constData() + at, take);
                const qsizetype end = headEnd(m_head, before - 3);
                if (end < 0) {
                    at += take;
                    if (m_head.size() > m_limits.maxHeadBytes)
                        return refuse(431, "headers_too_large", "headers", "request headers too large");
                    continue;
                }
                at += end - before;
                const HeadVerdict verdict = checkRequestHead(QByteArrayView(m_head).first(end), m_limits);
                m_head.clear();
                switch (verdict.kind) {
                case HeadVerdict::Kind::Accept:
                    break;
                case HeadVerdict::Kind::TooLarge:
                    return refuse(413, "too_large", "body", verdict.message,
                                  std::min(verdict.bodyLength, kLingerBytes) - (data.size() - at));
                case HeadVerdict::Kind::LengthRequired:
                    return refuse(411, "length_required", "Transfer-Encoding", verdict.message);
                case HeadVerdict::Kind::HeadTooLarge:
                    return refuse(431, "headers_too_large", "headers", verdict.message);
                case HeadVerdict::Kind::BadRequest:
                    return refuse(400, "bad_request", {}, verdict.message);
                }
                m_bodyLeft = verdict.bodyLength;
                m_state = m_bodyLeft > 0 ? State::Body : State::Idle;
                m_timer.start(m_bodyLeft > 0 ? m_limits.bodyTimeoutMs : m_limits.idleTimeoutMs);
                continue;
            }
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0) {
                m_state = State::Idle;
                m_timer.start(m_limits.idleTimeoutMs);
            }
        }
    }

    void timedOut()
    {
        if (m_state == State::Head || m_state == State::Body)
            return refuse(408, "timeout", {}, "the request was not received in time");
        if (m_state == State::Idle)
            close();
    }

    /**
     * Answers @p status with a JSON error, lets Qt's parser see nothing more, and closes, after
     * reading and dropping @p linger more bytes of the refused body when the client sends them.
     */
    void refuse(int status, const char *code, const QString &field, const QByteArray &message, qint64 linger = 0)
    {
        QJsonObject json{{QStringLiteral("error"), QLatin1String(code)},
                         {QStringLiteral("message"), QString::fromLatin1(message)}};
        if (!field.isEmpty())
            json.insert(QStringLiteral("field"), field);
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const char *reason = status == 400   ? "Bad Request"
                             : status == 408 ? "Request Timeout"
                             : status == 411 ? "Length Required"
                             : status == 413 ? "Payload Too Large"
                                             : "Request Header Fields Too Large";
        m_socket->readAll();
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                        "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        close(linger);
    }

    void close(qint64 linger = 0)
    {
        m_state = State::Closing;
        m_timer.stop();
        m_drainLeft = linger;
        if (linger <= 0)
            m_socket->disconnectFromHost();
        // A peer that does not read its answer does not keep the descriptor.
        QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket] {
            socket->abort();
            socket->deleteLater();
        });
    }

    QTcpSocket *m_socket;
    FrontLimits m_limits;
    std::function<void()> m_onClosed;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
};

/** A QTcpServer or QSslServer whose connections go through the front, at most maxConnections at once. */
template <typename Base> class FrontServer : public Base
{
public:
    FrontServer(const FrontLimits &limits, QObject *parent)
        : Base(parent)
        , m_limits(limits)
        , m_alive(std::make_shared<bool>(true))
    {}
    ~FrontServer() override { *m_alive = false; }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (!socket)
            return nullptr;
        ++m_open;
        if (m_open >= m_limits.maxConnections)
            this->pauseAccepting(); // the rest wait in the kernel's backlog: descriptors never run out
        new FrontConnection(socket, m_limits, [this, alive = m_alive] {
            if (!*alive)
                return;
            --m_open;
            if (m_open < m_limits.maxConnections)
                this->resumeAccepting();
        });
        return socket;
    }

private:
    FrontLimits m_limits;
    std::shared_ptr<bool> m_alive;
    int m_open = 0;
};

} // namespace

QTcpServer *makeFrontServer(const FrontLimits &limits, const std::optional<QSslConfiguration> &tls, QObject *parent)
{
    if (!tls)
        return new FrontServer<QTcpServer>(limits, parent);
    auto *server = new FrontServer<QSslServer>(limits, parent);
    server->setSslConfiguration(*tls);
    server->setHandshakeTimeout(std::min(limits.headTimeoutMs, 10000));
    return server;
}

} // namespace passerelle::server
