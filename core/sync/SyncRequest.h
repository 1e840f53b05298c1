// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class QNetworkAccessManager;

namespace passerelle::sync {

/** What the server (or the network) answered to one request. */
struct SyncAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; ///< the HTTP status; 0 without an HTTP answer
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray uploadOffset;

    /** A network-level failure: no usable HTTP answer (codes from 100 only mirror the status). */
    bool transportFailed() const { return error != QNetworkReply::NoError && int(error) < 100; }
    /** The TLS handshake failed (certificate not valid): nothing was sent. */
    bool tlsFailed() const { return error == QNetworkReply::SslHandshakeFailedError; }
    /** A failure that predicts the next requests fail too (refused, unknown host, no network). */
    bool unreachable() const;
    bool answered() const { return !transportFailed(); }
};

/**
 * One HTTP exchange with the sync server, under the one request policy every exchange shares
 * (as Nextcloud's AbstractNetworkJob): HTTP/1.1 on the keep-alive connections, a transfer
 * timeout, the device token when there is one, and no redirect followed: a redirect is a captive
 * portal or a misconfiguration, never an answer. Subclasses only say what they send; the answer
 * comes back once, in finished(), and the request deletes itself afterwards.
 */
class SyncRequest : public QObject
{
    Q_OBJECT
public:
    ~SyncRequest() override;
    /** Sends the request; finished() follows once. */
    void start();

signals:
    void finished(const passerelle::sync::SyncAnswer &answer);

protected:
    SyncRequest(QNetworkAccessManager &network, const QUrl &url, int timeoutMs, const QByteArray &token = {},
                QObject *parent = nullptr);
    /** Sends @p request (already carrying the policy) on @p network. */
    virtual QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) = 0;

private:
    void onFinished();
    QNetworkAccessManager &m_network;
    QUrl m_url;
    int m_timeoutMs;
    QByteArray m_token;
    QPointer<QNetworkReply> m_reply;
};

/** GET /api/v1/health: the server's image policy and largest chunk. */
class HealthRequest final : public SyncRequest
{
public:
    HealthRequest(QNetworkAccessManager &network, const QUrl &server, int timeoutMs, QObject *parent = nullptr);

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override;
};

/** POST /api/v1/devices/enroll: a one-time code for a device token. */
class EnrollRequest final : public SyncRequest
{
public:
    EnrollRequest(QNetworkAccessManager &network, const QUrl &server, const QString &code, int timeoutMs,
                  QObject *parent = nullptr);

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override;

private:
    QByteArray m_body;
};

/** POST /api/v1/sessions: one record (and its parts' declaration), its id as the idempotency key. */
class SessionPostRequest final : public SyncRequest
{
public:
    SessionPostRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, const QUuid &id,
                       const QJsonObject &body, int timeoutMs, QObject *parent = nullptr);

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override;

private:
    QUuid m_id;
    QByteArray m_body;
};

/** GET /api/v1/sessions/{id}: what the server holds of a session (its parts' offsets). */
class SessionStateRequest final : public SyncRequest
{
public:
    SessionStateRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, const QUuid &id,
                        int timeoutMs, QObject *parent = nullptr);

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override;
};

/** PATCH /api/v1/sessions/{id}/parts/{part}: one chunk of a picture at @p offset. */
class PartChunkRequest final : public SyncRequest
{
public:
    PartChunkRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, const QUuid &id,
                     const QString &part, qint64 offset, QByteArray chunk, int timeoutMs, QObject *parent = nullptr);

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override;

private:
    qint64 m_offset;
    QByteArray m_chunk;
};

/** The URL of @p path (a protocol path, with any session id and part) on @p server. */
QUrl serverEndpoint(const QUrl &server, const QString &path);
/** /api/v1/sessions/{id} */
QString sessionPath(const QUuid &id);

} // namespace passerelle::sync

Q_DECLARE_METATYPE(passerelle::sync::SyncAnswer)
