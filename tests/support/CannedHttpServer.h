// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>

namespace passerelle::test {

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 inside the test process (as qtbase's network tests have),
 * for answers the reference server never gives: each path gets the raw response set for it
 * (status line, headers, body; Content-Length is added), any other path a 404. It counts the
 * requests per path, so a test can tell whether the client followed a redirect.
 */
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit CannedHttpServer(QObject *parent = nullptr);
    /** Listens on a free port of 127.0.0.1; 0 on failure. */
    quint16 listen();
    QString baseUrl() const;
    /** @p statusLine ("HTTP/1.1 307 Temporary Redirect"), extra header lines, body. */
    void setResponse(const QString &path, const QByteArray &statusLine, const QList<QByteArray> &headers = {},
                     const QByteArray &body = {});
    int requests(const QString &path) const { return m_requests.value(path); }

private:
    void onNewConnection();
    QTcpServer m_server;
    QHash<QString, QByteArray> m_responses;
    QHash<QString, int> m_requests;
};

} // namespace passerelle::test
