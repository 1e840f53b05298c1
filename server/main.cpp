// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-server: the reference sync server (serve) and its admin commands (enroll, revoke,
// devices, admin-token). Operator-facing output is English, like the API's error messages.
#include "core/storage/Retention.h"
#include "core/util/Clock.h"
#include "server/PayloadKey.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <tuple>

using namespace passerelle::server;

namespace {

enum Exit { Ok = 0, Failure = 1, BadInput = 2 };

/** The server's one clock: everything it stamps (receipts, codes, revocations) reads this. */
const passerelle::Clock &clock()
{
    static const passerelle::SystemClock system;
    return system;
}

int badInput(const QString &message)
{
    QTextStream(stderr) << "passerelle-server: " << message << '\n';
    return BadInput;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "passerelle-server: " << message << '\n';
    return Failure;
}

std::unique_ptr<ServerStore> openStore(const QCommandLineParser &parser, int *exitCode)
{
    QString error;
    const auto spec = DatabaseSpec::fromOptions(parser.value(QStringLiteral("data")),
                                                parser.value(QStringLiteral("database")), &error);
    if (!spec) {
        *exitCode = badInput(error);
        return nullptr;
    }
    auto store = ServerStore::open(*spec, &error);
    if (!store)
        *exitCode = failure(QStringLiteral("cannot open the database: %1").arg(error));
    return store;
}

int serve(QCommandLineParser &parser)
{
    bool ok = true;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return badInput(QStringLiteral("--port must be a number from 0 to 65535"));
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (address.isNull())
        return badInput(QStringLiteral("--listen must be an IP address"));
    ServerOptions options;
    options.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1024)
        return badInput(QStringLiteral("--max-body must be a number of bytes, at least 1024"));
    options.ratePerSecond = parser.value(QStringLiteral("rate-limit")).toDouble(&ok);
    if (!ok || options.ratePerSecond < 0)
        return badInput(QStringLiteral("--rate-limit must be a number of requests per second (0: off)"));
    options.rateBurst = std::max(10.0, options.ratePerSecond * 2);
    const auto images = passerelle::sync::protocol::imagePolicyFromCode(parser.value(QStringLiteral("images")));
    if (!images)
        return badInput(QStringLiteral("--images must be none or required"));
    options.images = *images;
    options.maxChunkBytes = parser.value(QStringLiteral("max-chunk")).toLongLong(&ok);
    if (!ok || options.maxChunkBytes < 1024 || options.maxChunkBytes > 64 * 1024 * 1024)
        return badInput(QStringLiteral("--max-chunk must be a number of bytes from 1024 to 67108864"));
    for (const auto &[name, target, low, high] : {std::tuple{"header-timeout", &options.front.headTimeoutMs, 1, 300},
                                                  std::tuple{"body-timeout", &options.front.bodyTimeoutMs, 1, 3600},
                                                  std::tuple{"idle-timeout", &options.front.idleTimeoutMs, 1, 3600}}) {
        const int seconds = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || seconds < low || seconds > high)
            return badInput(
                QStringLiteral("--%1 must be a number of seconds from %2 to %3").arg(name).arg(low).arg(high));
        *target = seconds * 1000;
    }
    options.front.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || options.front.maxConnections < 1 || options.front.maxConnections > 100000)
        return badInput(QStringLiteral("--max-connections must be a number from 1 to 100000"));
    for (const auto &value : parser.values(QStringLiteral("trusted-proxy"))) {
        const QHostAddress proxy(value);
        if (proxy.isNull())
            return badInput(QStringLiteral("--trusted-proxy must be an IP address"));
        options.trustedProxies.append(proxy);
    }
    options.retainImageDays = parser.value(QStringLiteral("retain-image-days")).toInt(&ok);
    if (!ok || options.retainImageDays < 0 || options.retainImageDays > 36500)
        return badInput(QStringLiteral("--retain-image-days must be a number of days (0: keep)"));
    options.retainPersonalMonths = parser.value(QStringLiteral("retain-personal-months")).toInt(&ok);
    if (!ok || options.retainPersonalMonths < 0 || options.retainPersonalMonths > 1200)
        return badInput(QStringLiteral("--retain-personal-months must be a number of months (0: keep)"));
    options.keepFullRecords = parser.isSet(QStringLiteral("keep-full-records"));
    options.logRequests = !parser.isSet(QStringLiteral("quiet"));
    const QString certFile = parser.value(QStringLiteral("tls-cert"));
    const QString keyFile = parser.value(QStringLiteral("tls-key"));
    if (certFile.isEmpty() != keyFile.isEmpty())
        return badInput(QStringLiteral("--tls-cert and --tls-key go together"));
    // Plain HTTP only where nothing but this machine (or a TLS-terminating proxy on it) can reach it.
    if (certFile.isEmpty() && !address.isLoopback())
        return badInput(
            QStringLiteral("plain HTTP is only served on a loopback address; give --tls-cert and --tls-key"));
    int exitCode = Ok;
    auto store = openStore(parser, &exitCode);
    if (!store)
        return exitCode;
    std::optional<QSslConfiguration> tls;
    if (!certFile.isEmpty()) {
        QFile cert(certFile), key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return badInput(QStringLiteral("cannot read --tls-cert or --tls-key"));
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&cert, QSsl::Pem);
        const QByteArray keyPem = key.readAll();
        QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull() || privateKey.isNull())
            return badInput(QStringLiteral("--tls-cert or --tls-key is not a PEM certificate or key"));
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificateChain(chain);
        tls->setPrivateKey(privateKey);
        tls->setProtocol(QSsl::TlsV1_2OrLater);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with their token
    }
    QString keyError;
    const auto payloadKey = loadPayloadKey(parser.value(QStringLiteral("payload-key")), *store, &keyError);
    if (!payloadKey)
        return badInput(keyError);
    options.payloadKey = *payloadKey;
    SyncServer server(std::move(store), options, clock());
    const quint16 bound = server.listenGuarded(address, quint16(port), tls);
    if (bound == 0)
        return failure(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    const QString scheme = certFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    QTextStream(stdout) << "listening on " << scheme << "://" << host << ':' << bound << Qt::endl;
    return QCoreApplication::exec();
}

int enroll(QCommandLineParser &parser)
{
    const QString site = parser.value(QStringLiteral("site")).trimmed();
    if (site.isEmpty())
        return badInput(QStringLiteral("enroll needs --site NAME"));
    bool ok = true;
    const int minutes = parser.value(QStringLiteral("valid-minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 7 * 24 * 60)
        return badInput(QStringLiteral("--valid-minutes must be from 1 to 10080"));
    int exitCode = Ok;
    auto store = openStore(parser, &exitCode);
    if (!store)
        return exitCode;
    const QDateTime now = clock().nowUtc();
    const QDateTime expires = now.addSecs(minutes * 60);
    QString error;
    const QString code = store->createEnrollmentCode(site, now, expires, &error);
    if (code.isEmpty())
        return failure(error);
    QTextStream out(stdout);
    out << "code: " << code << '\n' << "site: " << site << '\n' << "expires: " << expires.toString(Qt::ISODate) << '\n';
    const QString serverUrl = parser.value(QStringLiteral("server-url"));
    QUrlQuery payload;
    if (!serverUrl.isEmpty())
        payload.addQueryItem(QStringLiteral("server"), serverUrl);
    payload.addQueryItem(QStringLiteral("code"), code);
    out << "qr: passerelle-enroll:v1?" << payload.toString(QUrl::FullyEncoded) << Qt::endl;
    return Ok;
}

int adminToken(QCommandLineParser &parser)
{
    int exitCode = Ok;
    auto store = openStore(parser, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    const auto created = store->createAdminToken(parser.value(QStringLiteral("label")), clock().nowUtc(), &error);
    if (!created)
        return failure(error);
    QTextStream(stdout) << "id: " << created->first.id << "\ntoken: " << created->second << Qt::endl;
    return Ok;
}

int revoke(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return badInput(QStringLiteral("usage: passerelle-server revoke DEVICE_ID --data DIR"));
    int exitCode = Ok;
    auto store = openStore(parser, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    if (!store->revoke(parser.positionalArguments().at(1), clock().nowUtc(), &error))
        return error.isEmpty() ? badInput(QStringLiteral("no active device with this id")) : failure(error);
    QTextStream(stdout) << "revoked " << parser.positionalArguments().at(1) << Qt::endl;
    return Ok;
}

// Text an enrolling client chose (its label) or an operator typed, made safe for a terminal:
// control characters (escape sequences) are shown as \xNN, never sent as they are.
QString printable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || c == QLatin1Char('\\'))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

int devices(QCommandLineParser &parser)
{
    int exitCode = Ok;
    auto store = openStore(parser, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    const auto list = store->devices(&error);
    if (!error.isEmpty())
        return failure(error);
    QTextStream out(stdout);
    out << "id\trole\tsite\tlabel\tcreated\trevoked\n";
    for (const auto &device : list) {
        out << device.id << '\t' << device.role << '\t' << printable(device.site) << '\t' << printable(device.label)
            << '\t' << device.createdUtc << '\t'
            << (device.revokedUtc.isEmpty() ? QStringLiteral("-") : device.revokedUtc) << '\n';
    }
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passerelle-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Passerelle reference sync server.\nCommands: serve (default), "
                                                    "enroll, revoke DEVICE_ID, devices, admin-token"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve | enroll | revoke | devices | admin-token"));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("SQLite data folder."), QStringLiteral("DIR")},
        {QStringLiteral("database"), QStringLiteral("PostgreSQL instead: postgresql://user:password@host:port/name."),
         QStringLiteral("URL")},
        {QStringLiteral("payload-key"),
         QStringLiteral("File of the fingerprint key (default with --data: DIR/payload.key; required with --database "
                        "unless PASSERELLE_PAYLOAD_KEY is set)."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port (0: any free port, printed)."), QStringLiteral("PORT"),
         QStringLiteral("8080")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes."), QStringLiteral("BYTES"),
         QStringLiteral("65536")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per second per device (0: off)."), QStringLiteral("N"),
         QStringLiteral("200")},
        {QStringLiteral("images"),
         QStringLiteral("Image policy: none (default, no image accepted) or required (sessions upload their images)."),
         QStringLiteral("POLICY"), QStringLiteral("none")},
        {QStringLiteral("max-chunk"), QStringLiteral("Largest image chunk (PATCH body) in bytes."),
         QStringLiteral("BYTES"), QStringLiteral("1048576")},
        {QStringLiteral("header-timeout"),
         QStringLiteral("Seconds a client has to send a request's headers (answered 408 after)."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
        {QStringLiteral("body-timeout"), QStringLiteral("Seconds a client has to send a request's body."),
         QStringLiteral("SECONDS"), QStringLiteral("120")},
        {QStringLiteral("idle-timeout"), QStringLiteral("Seconds a kept-alive connection may stay idle."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Open connections at most; at the cap new ones wait until one closes."), QStringLiteral("N"),
         QStringLiteral("256")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("A reverse proxy whose X-Forwarded-For names the client (repeatable)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("retain-image-days"),
         QStringLiteral("Days the images of a session are kept after they arrive (0: keep)."), QStringLiteral("DAYS"),
         QString::number(passerelle::RetentionPolicy{}.imageDays)},
        {QStringLiteral("retain-personal-months"),
         QStringLiteral("Months full records (--keep-full-records) keep their personal fields (0: keep)."),
         QStringLiteral("MONTHS"), QString::number(passerelle::RetentionPolicy{}.personalMonths)},
        {QStringLiteral("keep-full-records"),
         QStringLiteral("Store records with their personal fields (default: minimised).")},
        {QStringLiteral("quiet"), QStringLiteral("Do not log each request.")},
        {QStringLiteral("site"), QStringLiteral("enroll: the site the device belongs to."), QStringLiteral("NAME")},
        {QStringLiteral("valid-minutes"), QStringLiteral("enroll: how long the code is valid."),
         QStringLiteral("MINUTES"), QStringLiteral("60")},
        {QStringLiteral("server-url"), QStringLiteral("enroll: public address to put in the QR payload."),
         QStringLiteral("URL")},
        {QStringLiteral("label"), QStringLiteral("admin-token: a name for the token."), QStringLiteral("TEXT"),
         QStringLiteral("admin")},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QString command = parser.positionalArguments().value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve"))
        return serve(parser);
    if (command == QLatin1String("enroll"))
        return enroll(parser);
    if (command == QLatin1String("revoke"))
        return revoke(parser);
    if (command == QLatin1String("devices"))
        return devices(parser);
    if (command == QLatin1String("admin-token"))
        return adminToken(parser);
    return badInput(QStringLiteral("unknown command \"%1\"").arg(command));
}
