// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-server: the reference sync server (serve) and its admin commands (enroll, revoke,
// devices, admin-token). Operator-facing output is English, like the API's error messages.
#include "core/util/Clock.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

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
    SyncServer server(std::move(store), options, clock());
    quint16 bound = 0;
    if (!certFile.isEmpty()) {
        QFile cert(certFile), key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return badInput(QStringLiteral("cannot read --tls-cert or --tls-key"));
        const QSslCertificate certificate(&cert, QSsl::Pem);
        const QSslKey privateKey(&key, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey =
            privateKey.isNull() ? QSslKey(key.seek(0) ? key.readAll() : QByteArray(), QSsl::Ec) : QSslKey();
        if (certificate.isNull() || (privateKey.isNull() && ecKey.isNull()))
            return badInput(QStringLiteral("--tls-cert or --tls-key is not a PEM certificate or key"));
        server.sslSetup(certificate, privateKey.isNull() ? ecKey : privateKey);
        bound = server.listen(address, quint16(port));
    } else {
        bound = server.listenGuarded(address, quint16(port));
    }
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
        out << device.id << '\t' << device.role << '\t' << device.site << '\t' << device.label << '\t'
            << device.createdUtc << '\t' << (device.revokedUtc.isEmpty() ? QStringLiteral("-") : device.revokedUtc)
            << '\n';
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
