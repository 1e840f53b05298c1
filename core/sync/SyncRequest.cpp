// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncRequest.h"

#include "core/sync/Protocol.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace passerelle::sync {

bool SyncAnswer::unreachable() const
{
    return transportFailed() &&
           (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
            error == QNetworkReply::TemporaryNetworkFailureError || error == QNetworkReply::NetworkSessionFailedError ||
            error == QNetworkReply::UnknownNetworkError);
}

QUrl serverEndpoint(const QUrl &server, const QString &path)
{
    return server.resolved(QUrl(path));
}

QString sessionPath(const QUuid &id)
{
    return protocol::kSessionsPath + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

SyncRequest::SyncRequest(QNetworkAccessManager &network, const QUrl &url, int timeoutMs, const QByteArray &token,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_timeoutMs(timeoutMs)
    , m_token(token)
{
    qRegisterMetaType<SyncAnswer>();
}

SyncRequest::~SyncRequest()
{
    // The owner went away first: the answer, if any, is not wanted any more.
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SyncRequest::start()
{
    QNetworkRequest request(m_url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = send(m_network, request);
    connect(m_reply, &QNetworkReply::finished, this, &SyncRequest::onFinished);
}

void SyncRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    SyncAnswer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    answer.retryAfter = reply->rawHeader(protocol::kRetryAfterHeader);
    answer.uploadOffset = reply->rawHeader(protocol::kUploadOffsetHeader);
    deleteLater();
    emit finished(answer);
}

HealthRequest::HealthRequest(QNetworkAccessManager &network, const QUrl &server, int timeoutMs, QObject *parent)
    : SyncRequest(network, serverEndpoint(server, protocol::kHealthPath), timeoutMs, {}, parent)
{}

QNetworkReply *HealthRequest::send(QNetworkAccessManager &network, QNetworkRequest &request)
{
    return network.get(request);
}

EnrollRequest::EnrollRequest(QNetworkAccessManager &network, const QUrl &server, const QString &code, int timeoutMs,
                             QObject *parent)
    : SyncRequest(network, serverEndpoint(server, protocol::kEnrollPath), timeoutMs, {}, parent)
    , m_body(QJsonDocument(QJsonObject{{protocol::kCode, code.trimmed()},
                                       {protocol::kLabel, QStringLiteral("Passerelle " PASSERELLE_VERSION)}})
                 .toJson(QJsonDocument::Compact))
{}

QNetworkReply *EnrollRequest::send(QNetworkAccessManager &network, QNetworkRequest &request)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString(protocol::kJsonType));
    return network.post(request, m_body);
}

SessionPostRequest::SessionPostRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                       const QUuid &id, const QJsonObject &body, int timeoutMs, QObject *parent)
    : SyncRequest(network, serverEndpoint(server, protocol::kSessionsPath), timeoutMs, token, parent)
    , m_id(id)
    , m_body(QJsonDocument(body).toJson(QJsonDocument::Compact))
{}

QNetworkReply *SessionPostRequest::send(QNetworkAccessManager &network, QNetworkRequest &request)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString(protocol::kJsonType));
    request.setRawHeader(protocol::kIdempotencyKeyHeader, m_id.toString(QUuid::WithoutBraces).toLatin1());
    return network.post(request, m_body);
}

SessionStateRequest::SessionStateRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                         const QUuid &id, int timeoutMs, QObject *parent)
    : SyncRequest(network, serverEndpoint(server, sessionPath(id)), timeoutMs, token, parent)
{}

QNetworkReply *SessionStateRequest::send(QNetworkAccessManager &network, QNetworkRequest &request)
{
    return network.get(request);
}

PartChunkRequest::PartChunkRequest(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                   const QUuid &id, const QString &part, qint64 offset, QByteArray chunk, int timeoutMs,
                                   QObject *parent)
    : SyncRequest(network, serverEndpoint(server, sessionPath(id) + protocol::kPartsSegment + part), timeoutMs, token,
                  parent)
    , m_offset(offset)
    , m_chunk(std::move(chunk))
{}

QNetworkReply *PartChunkRequest::send(QNetworkAccessManager &network, QNetworkRequest &request)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString(protocol::kChunkType));
    request.setRawHeader(protocol::kUploadOffsetHeader, QByteArray::number(m_offset));
    return network.sendCustomRequest(request, "PATCH", m_chunk);
}

} // namespace passerelle::sync
