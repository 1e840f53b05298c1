// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedHttpServer.h"

#include <QTcpSocket>

namespace passerelle::test {

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

quint16 CannedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0;
}

QString CannedHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void CannedHttpServer::setResponse(const QString &path, const QByteArray &statusLine, const QList<QByteArray> &headers,
                                   const QByteArray &body)
{
    QByteArray response = statusLine + "\r\n";
    for (const auto &header : headers)
        response += header + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    m_responses.insert(path, response);
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            qsizetype length = 0;
            for (const auto &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return; // the body is still coming
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            m_requests[path] += 1;
            socket->write(
                m_responses.value(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            socket->disconnectFromHost();
            buffer->clear();
        });
    }
}

} // namespace passerelle::test
