// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <functional>

namespace passerelle::test {

/**
 * An in-process network for fast tests of each failure branch (as Nextcloud's FakeQNAM): every
 * request gets, on the next turn of the event loop, the answer the test's handler gives, without
 * a socket. It keeps what was asked. Beside the tests against the real server, never instead.
 */
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    /** One request as the client sent it. */
    struct Request
    {
        QByteArray verb; ///< GET, POST, PATCH
        QNetworkRequest request;
        QByteArray body;
        QString path() const { return request.url().path(); }
    };

    /** The answer to give: an HTTP answer, or a network error without one (status 0). */
    struct Answer
    {
        int status = 200;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError; ///< set: no HTTP answer at all

        static Answer networkError(QNetworkReply::NetworkError error) { return {0, {}, {}, error}; }
    };
    using Handler = std::function<Answer(const Request &request)>;

    explicit FakeNetwork(Handler handler, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_handler(std::move(handler))
    {}

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    /** The requests to paths starting with @p prefix, with @p verb. */
    int count(const QByteArray &verb, const QString &prefix) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace passerelle::test
