// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNetwork.h"

#include <QJsonDocument>
#include <QTimer>

namespace passerelle::test {

namespace {

/** A finished reply with canned bytes, delivered asynchronously like a real one. */
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const QByteArray &verb,
              const FakeNetwork::Answer &answer, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        setOpenMode(QIODevice::ReadOnly);
        if (answer.error == QNetworkReply::NoError) {
            m_body = answer.json.isEmpty() ? QByteArray() : QJsonDocument(answer.json).toJson(QJsonDocument::Compact);
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
            setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            for (const auto &[name, value] : answer.headers)
                setRawHeader(name, value);
        }
        QTimer::singleShot(0, this, [this, answer] { deliver(answer); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_body.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::copy_n(m_body.constData() + m_offset, n, data);
        m_offset += n;
        return n;
    }

private:
    void deliver(const FakeNetwork::Answer &answer)
    {
        if (isFinished())
            return;
        // As Qt's HTTP backend: an HTTP error status also sets an error code (>= 100).
        NetworkError error = answer.error;
        if (error == NoError && answer.status == 401)
            error = AuthenticationRequiredError;
        else if (error == NoError && answer.status == 404)
            error = ContentNotFoundError;
        else if (error == NoError && answer.status >= 500)
            error = answer.status == 503 ? ServiceUnavailableError : InternalServerError;
        else if (error == NoError && answer.status >= 400)
            error = UnknownContentError;
        if (error != NoError)
            setError(error, QStringLiteral("fake error %1").arg(int(error)));
        emit metaDataChanged();
        if (!m_body.isEmpty())
            emit readyRead();
        setFinished(true);
        if (error != NoError)
            emit errorOccurred(error);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

int FakeNetwork::count(const QByteArray &verb, const QString &prefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &request) {
        return request.verb == verb && request.path().startsWith(prefix);
    }));
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    Request seen;
    seen.request = request;
    seen.body = outgoingData ? outgoingData->readAll() : QByteArray();
    switch (op) {
    case GetOperation:
        seen.verb = "GET";
        break;
    case PostOperation:
        seen.verb = "POST";
        break;
    case PutOperation:
        seen.verb = "PUT";
        break;
    case DeleteOperation:
        seen.verb = "DELETE";
        break;
    case HeadOperation:
        seen.verb = "HEAD";
        break;
    default:
        seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    m_requests.append(seen);
    return new FakeReply(op, request, seen.verb, m_handler(seen), this);
}

} // namespace passerelle::test
