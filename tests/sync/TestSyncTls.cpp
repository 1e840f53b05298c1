// SPDX-License-Identifier: GPL-3.0-or-later
// TLS: the real server with --tls-cert/--tls-key serves HTTPS, and the client never ignores a
// certificate it cannot trust: a self-signed server gets nothing, not even the enrollment code.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace passerelle::test;

class TestSyncTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        // A throw-away self-signed certificate for localhost.
        const auto r = runProcess(QStringLiteral("openssl"),
                                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                                   "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
                                   m_dir.filePath("key.pem"), "-out", m_dir.filePath("cert.pem")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(m_server.start({"--tls-cert", m_dir.filePath("cert.pem"), "--tls-key", m_dir.filePath("key.pem")}),
                 m_server.log().constData());
    }

    void untrustedCertificateIsRefusedAndNothingIsSent()
    {
        const QString code = m_server.enrollmentCode();
        QVERIFY(!code.isEmpty());
        QTemporaryDir data;
        const auto r = runProcess(builtExecutable(QStringLiteral("passerelle-cli")),
                                  {"enroll", "--server", url(), "--code", code, "--data-dir", data.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("certificat"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // The code was never sent: a client that trusts this certificate can still redeem it.
        const auto reply = post(QStringLiteral("/api/v1/devices/enroll"),
                                QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson());
        QCOMPARE(reply.first, 201);
        QVERIFY(
            !QJsonDocument::fromJson(reply.second).object().value(QStringLiteral("device_token")).toString().isEmpty());
    }

    void tlsHasTheSameBodyLimitAndRefusesEarly()
    {
        // Only the head of a 200 MB upload: the 413 comes at once, as over plain HTTP, without
        // the body being waited for or held.
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))));
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
        socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 200000000\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 3000) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        // A body over the limit sent in full gets the same answer.
        const auto reply = post(QStringLiteral("/api/v1/devices/enroll"), QByteArray(70000, ' '));
        QCOMPARE(reply.first, 413);
    }

private:
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()); }

    /** POSTs over HTTPS trusting only the test certificate; returns the status and the body. */
    QPair<int, QByteArray> post(const QString &path, const QByteArray &body)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(url() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))));
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray content = reply->readAll();
        if (status == 0)
            qWarning() << "TLS request failed:" << reply->errorString();
        delete reply;
        return {status, content};
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "TestSyncTls.moc"
