// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SyncServer.h"

#include "server/HttpFront.h"

#include "core/sync/RecordValidator.h"
#include "core/util/Clock.h"
#include "core/util/Dates.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <numeric>

namespace passerelle::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &field, const QString &message)
{
    QJsonObject body{{sync::protocol::kError, code}, {sync::protocol::kMessage, message}};
    if (!field.isEmpty())
        body.insert(sync::protocol::kField, field);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &field, const QString &message,
                                  const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(sync::protocol::kError, code);
    body.insert(sync::protocol::kMessage, message);
    if (!field.isEmpty())
        body.insert(sync::protocol::kField, field);
    return QHttpServerResponse(body, status);
}

QJsonObject partJson(const PartState &part)
{
    using namespace sync::protocol;
    return QJsonObject{{kPart, part.declaration.part}, {kKind, part.declaration.kind},
                       {kSize, part.declaration.size}, {kSha256, part.declaration.sha256},
                       {kOffset, part.received},       {kComplete, part.complete}};
}

QString sessionState(bool complete)
{
    return complete ? sync::protocol::kComplete : sync::protocol::kIncomplete;
}

QJsonObject sessionJson(const QString &id, const SessionUpload &upload)
{
    QJsonArray parts;
    for (const auto &part : upload.parts)
        parts.append(partJson(part));
    using namespace sync::protocol;
    return QJsonObject{{kId, id},
                       {kReceipt, upload.receipt},
                       {QStringLiteral("stored_utc"), upload.storedUtc},
                       {kState, sessionState(upload.complete)},
                       {kParts, parts}};
}

// The part's offset in tus-style headers as well as in the JSON body.
QHttpServerResponse withOffset(QHttpServerResponse response, const PartState &part)
{
    response.setHeader(sync::protocol::kUploadOffsetHeader, QByteArray::number(part.received));
    response.setHeader(QByteArrayLiteral("Upload-Length"), QByteArray::number(part.declaration.size));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// /api/v1/sessions/{uuid} and /api/v1/sessions/{uuid}/parts/{part}; the part may be any
// segment here (an unknown one is a 404 naming the field).
const QRegularExpression &sessionPathPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^") + sync::protocol::kSessionsPath +
        QStringLiteral("/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:") +
        sync::protocol::kPartsSegment + QStringLiteral("([^/]+))?$"));
    return pattern;
}

// Logged paths are the API's own, with no session id ("/api/v1/sessions/{id}/parts/id_front"):
// any other path is logged as "(other)", never as sent (it could forge a log line or carry an id).
QString pathForLog(const QString &path)
{
    using namespace sync::protocol;
    static const QStringList known{kHealthPath, kSessionsPath, kEnrollPath, kStatsPath};
    if (known.contains(path))
        return path;
    const auto match = sessionPathPattern().match(path);
    if (!match.hasMatch())
        return QStringLiteral("(other)");
    QString logged = kSessionsPath + QStringLiteral("/{id}");
    if (match.capturedLength(2) > 0)
        logged += kPartsSegment + (sync::isValidPartId(match.captured(2)) ? match.captured(2) : QStringLiteral("?"));
    return logged;
}

QHttpServerResponse withRetryAfter(QHttpServerResponse response, int seconds)
{
    response.setHeader(sync::protocol::kRetryAfterHeader, QByteArray::number(seconds));
    return response;
}

QHttpServerResponse unavailable()
{
    return withRetryAfter(errorResponse(Status::ServiceUnavailable, QStringLiteral("unavailable"), {},
                                        QStringLiteral("storage is not available, retry later")),
                          5);
}

QByteArray headerValue(const QHttpServerRequest &request, const char *name)
{
    const QByteArray wanted(name);
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

SyncServer::SyncServer(std::unique_ptr<ServerStore> store, ServerOptions options, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(std::move(store))
    , m_options(options)
    , m_clock(clock)
    , m_deviceLimiter(options.ratePerSecond, options.rateBurst)
    , m_enrollLimiter(1.0, 10.0)
    , m_unknownTokenLimiter(1.0, 20.0)
{
    // The retention runs at start, then every hour.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SyncServer::purgeExpired);
    timer->start(std::chrono::hours(1));
    QTimer::singleShot(0, this, &SyncServer::purgeExpired);
}

SyncServer::~SyncServer() = default;

quint16 SyncServer::listenGuarded(const QHostAddress &address, quint16 port,
                                  const std::optional<QSslConfiguration> &tls)
{
    FrontLimits limits = m_options.front;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.maxChunkBytes = m_options.maxChunkBytes;
    QTcpServer *server = makeFrontServer(limits, tls, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    QString device;
    Pending pending;
    QHttpServerResponse response = route(request, &device, &pending);
    if (pending) {
        pending->responder.emplace(makeResponder(request, socket));
        pending->socket = socket;
        pending->timer = timer;
        if (m_pending.empty())
            QTimer::singleShot(0, this, &SyncServer::flushPending);
        m_pending.push_back(std::move(pending));
        return true;
    }
    const int status = int(response.statusCode());
    response.write(makeResponder(request, socket));
    if (m_options.logRequests) {
        // Method, path, status, time and a device id prefix: never a body, a header value or an address.
        qInfo().noquote() << methodName(request.method()) << pathForLog(request.url().path()) << status
                          << QStringLiteral("%1ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                          << (device.isEmpty() ? QStringLiteral("-") : device.left(8));
    }
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    errorResponse(Status::NotFound, QStringLiteral("not_found"), {}, QStringLiteral("no such endpoint"))
        .write(makeResponder(request, socket));
}

QHttpServerResponse SyncServer::route(const QHttpServerRequest &request, QString *deviceForLog, Pending *pending)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool post = method == QHttpServerRequest::Method::Post;
    const bool get = method == QHttpServerRequest::Method::Get;
    using namespace sync::protocol;
    if (path == kHealthPath && get) {
        // Cheap: one round trip to the database, no table read.
        QString error;
        if (!m_store->ping(&error))
            return unavailable();
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("version"), QStringLiteral(PASSERELLE_VERSION)},
                                               {QStringLiteral("schema"), SessionRecord::kSchemaVersion},
                                               {sync::protocol::kImages, imagePolicyCode(m_options.images)},
                                               {sync::protocol::kMaxChunk, m_options.maxChunkBytes}});
    }
    const auto sessionPath = sessionPathPattern().match(path);
    const bool chunk =
        sessionPath.hasMatch() && sessionPath.capturedLength(2) > 0 && method == QHttpServerRequest::Method::Patch;
    const qint64 limit = chunk ? m_options.maxChunkBytes : m_options.maxBodyBytes;
    if (request.body().size() > limit)
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("too_large"), QStringLiteral("body"),
                             QStringLiteral("request body larger than %1 bytes").arg(limit));
    if (sessionPath.hasMatch())
        return sessionResource(request, sessionPath.captured(1), sessionPath.captured(2), deviceForLog);
    if (path == kSessionsPath && post)
        return postSession(request, deviceForLog, pending);
    if (path == kEnrollPath && post)
        return enroll(request);
    if (path == kStatsPath && get)
        return stats(request);
    if (path == kSessionsPath || path == kEnrollPath || path == kStatsPath || path == kHealthPath)
        return errorResponse(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"), {},
                             QStringLiteral("method not allowed here"));
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), {}, QStringLiteral("no such endpoint"));
}

std::optional<Device> SyncServer::authenticateDevice(const QHttpServerRequest &request, QHttpServerResponse *failure,
                                                     QString *deviceForLog)
{
    auto device = authenticate(request, failure);
    if (!device)
        return std::nullopt;
    *deviceForLog = device->id;
    if (device->role != QLatin1String("device")) {
        *failure = errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                                 QStringLiteral("only enrolled devices send sessions"));
        return std::nullopt;
    }
    int retryAfter = 1;
    if (!m_deviceLimiter.take(device->id, &retryAfter)) {
        *failure = withRetryAfter(errorResponse(Status::TooManyRequests, QStringLiteral("rate_limited"), {},
                                                QStringLiteral("too many requests from this device")),
                                  retryAfter);
        return std::nullopt;
    }
    return device;
}

QString SyncServer::clientAddress(const QHttpServerRequest &request) const
{
    QHostAddress client = request.remoteAddress();
    const auto trusted = [this](const QHostAddress &address) {
        return std::any_of(m_options.trustedProxies.cbegin(), m_options.trustedProxies.cend(),
                           [&](const QHostAddress &proxy) { return proxy.isEqual(address); });
    };
    if (!trusted(client))
        return client.toString();
    // From the right: the last hop no trusted proxy added is the client.
    const QList<QByteArray> hops = headerValue(request, "X-Forwarded-For").split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            break;
        client = hop;
        if (!trusted(hop))
            break;
    }
    return client.toString();
}

std::optional<Device> SyncServer::authenticate(const QHttpServerRequest &request, QHttpServerResponse *failure)
{
    // A client that keeps sending unknown tokens is slowed down before the database is asked.
    int retryAfter = 1;
    const QString client = clientAddress(request);
    if (!m_unknownTokenLimiter.wouldAllow(client, &retryAfter)) {
        *failure = withRetryAfter(errorResponse(Status::TooManyRequests, QStringLiteral("rate_limited"), {},
                                                QStringLiteral("too many requests with unknown tokens")),
                                  retryAfter);
        return std::nullopt;
    }
    const QByteArray authorization = headerValue(request, "Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() < 8) {
        *failure = errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"), QStringLiteral("Authorization"),
                                 QStringLiteral("a Bearer device token is required"));
        return std::nullopt;
    }
    QString error;
    auto device = m_store->deviceForToken(authorization.mid(7).trimmed(), &error);
    if (!device && error.isEmpty())
        m_unknownTokenLimiter.take(client, &retryAfter);
    if (!device) {
        *failure = error.isEmpty() ? errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                                                   QStringLiteral("Authorization"), QStringLiteral("unknown token"))
                                   : unavailable();
        return std::nullopt;
    }
    if (!device->revokedUtc.isEmpty()) {
        *failure = errorResponse(Status::Unauthorized, QStringLiteral("revoked"), QStringLiteral("Authorization"),
                                 QStringLiteral("this device was revoked; enroll it again"));
        return std::nullopt;
    }
    return device;
}

QHttpServerResponse SyncServer::postSession(const QHttpServerRequest &request, QString *deviceForLog, Pending *pending)
{
    QHttpServerResponse failure(Status::Unauthorized);
    const auto device = authenticateDevice(request, &failure, deviceForLog);
    if (!device)
        return failure;
    const QByteArray contentType = headerValue(request, "Content-Type");
    if (!contentType.isEmpty() && !contentType.startsWith(sync::protocol::kJsonType.data()))
        return errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Content-Type"), QStringLiteral("send application/json"));
    const QString key = QString::fromLatin1(headerValue(request, sync::protocol::kIdempotencyKeyHeader));
    if (key.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("missing_idempotency_key"),
                             QString::fromLatin1(sync::protocol::kIdempotencyKeyHeader),
                             QStringLiteral("the session id is required as Idempotency-Key"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorResponse(
            Status::BadRequest, QStringLiteral("malformed_json"), QStringLiteral("body"),
            QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return errorResponse(Status::BadRequest, QStringLiteral("malformed_json"), QStringLiteral("body"),
                             QStringLiteral("the body must be a JSON object"));
    const QJsonObject json = document.object();
    // The image declaration travels beside the record: checked here, then the record alone.
    QList<sync::PartDeclaration> parts;
    QJsonObject recordJson = json;
    if (json.contains(sync::protocol::kParts)) {
        if (m_options.images != ImagePolicy::Required)
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), sync::protocol::kParts,
                                 QStringLiteral("this server accepts no images (policy none)"));
        QString field, message;
        const auto declared =
            sync::partsFromJson(json.value(sync::protocol::kParts), m_options.maxPartBytes, &field, &message);
        if (!declared)
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), field, message);
        parts = *declared;
        recordJson.remove(sync::protocol::kParts);
    }
    sync::RecordError recordError;
    const auto record = sync::validateRecord(recordJson, &recordError);
    if (!record)
        return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), recordError.field,
                             recordError.message);
    if (record->id != QUuid::fromString(key))
        return errorResponse(Status::BadRequest, QStringLiteral("key_mismatch"),
                             QString::fromLatin1(sync::protocol::kIdempotencyKeyHeader),
                             QStringLiteral("the Idempotency-Key must equal the record id"));
    // QJsonObject keeps keys sorted, so the compact form is canonical: the same record sent with
    // other spacing or key order has the same fingerprint. Keyed, so it cannot be tested offline
    // against guessed birth dates. The declared parts are in it: the same session with other
    // images is a conflict.
    const QByteArray canonical = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QByteArray fingerprint =
        QMessageAuthenticationCode::hash(canonical, m_options.payloadKey, QCryptographicHash::Sha256).toHex();
    const QJsonObject stored = m_options.keepFullRecords ? recordJson : sync::minimisedRecord(recordJson);
    const QDate localDay = record->completedUtc.toUTC().addSecs(record->utcOffsetSeconds).date();
    // Stored by the next group commit (flushPending), answered once it is on disk.
    *pending = std::make_unique<PendingSession>();
    (*pending)->id = record->id.toString(QUuid::WithoutBraces);
    (*pending)->fingerprint = QString::fromLatin1(fingerprint);
    (*pending)->recordJson = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    (*pending)->day = dates::toIso(localDay);
    (*pending)->outcome = statusCode(record->result.status);
    (*pending)->parts = parts;
    (*pending)->device = *device;
    return QHttpServerResponse(Status::Accepted);
}

void SyncServer::flushPending()
{
    // Group commit: every session that arrived during this turn of the event loop goes in one
    // transaction, so one disk sync serves them all; answers go out only after the commit.
    std::vector<Pending> batch;
    batch.swap(m_pending);
    if (batch.empty())
        return;
    struct Answer
    {
        StoreOutcome outcome;
        QString receipt, storedUtc;
    };
    std::vector<Answer> answers(batch.size());
    QString error;
    bool ok = m_store->beginBatch(&error);
    const QDateTime now = m_clock.nowUtc();
    // Stored in the order of their ids, whatever their order of arrival: an instance sharing the
    // database may be committing a group with some of the same ids, and an insert waits for the
    // other's uncommitted row; two groups taking the same ids in opposite orders would wait for each
    // other (PostgreSQL then fails one as a deadlock, and its copies were answered 503). One order
    // for every instance makes such a wait end when the other commits.
    std::vector<size_t> order(batch.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&batch](size_t a, size_t b) { return batch[a]->id < batch[b]->id; });
    // Each record in its own savepoint: one that fails is answered 503 alone, the others of the
    // same group commit are stored (they may come from other devices).
    for (const size_t i : order) {
        if (!ok)
            break;
        const PendingSession &p = *batch[i];
        QString recordError;
        if (!m_store->savepoint(&error)) {
            ok = false;
            break;
        }
        answers[i].outcome =
            m_store->storeSession(p.id, p.device, p.fingerprint.toLatin1(), p.recordJson, p.day, p.outcome, p.parts,
                                  now, &answers[i].receipt, &answers[i].storedUtc, &recordError);
        if (answers[i].outcome == StoreOutcome::Failed) {
            qWarning().noquote() << "storage error on POST /api/v1/sessions:" << recordError.left(200);
            ok = m_store->rollbackToSavepoint(&error) && m_store->releaseSavepoint(&error);
        } else {
            ok = m_store->releaseSavepoint(&error);
        }
    }
    ok = ok && m_store->commitBatch(&error);
    if (!ok) {
        m_store->rollbackBatch();
        qWarning().noquote() << "storage error on POST /api/v1/sessions:" << error.left(200);
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        PendingSession &p = *batch[i];
        if (!p.socket || !p.responder)
            continue; // the client went away; a retry will replay the stored receipt
        QHttpServerResponse response(Status::Accepted);
        if (!ok || answers[i].outcome == StoreOutcome::Failed) {
            response = unavailable();
        } else if (answers[i].outcome == StoreOutcome::OtherDevice) {
            // The same answer whatever the body: nothing tells another device's record apart.
            response = errorResponse(Status::Conflict, sync::protocol::kIdTaken, sync::protocol::kId,
                                     QStringLiteral("this session id belongs to another device"));
        } else if (answers[i].outcome == StoreOutcome::Conflict) {
            response = errorResponse(Status::UnprocessableEntity, QStringLiteral("idempotency_conflict"),
                                     QString::fromLatin1(sync::protocol::kIdempotencyKeyHeader),
                                     QStringLiteral("this key was already used with a different record"));
        } else {
            const bool replay = answers[i].outcome == StoreOutcome::Replayed;
            // The receipt comes now; with parts the session stays "incomplete" until the last one is.
            SessionUpload upload{p.device.id, answers[i].receipt, answers[i].storedUtc, p.parts.isEmpty(), {}};
            QString readError;
            if (!p.parts.isEmpty()) {
                if (auto current = m_store->sessionUpload(p.id, &readError))
                    upload = *current;
                else
                    readError = readError.isEmpty() ? QStringLiteral("stored session not found") : readError;
            }
            if (!readError.isEmpty()) {
                qWarning().noquote() << "storage error on POST /api/v1/sessions:" << readError.left(200);
                response = unavailable(); // stored: a retry replays it
            } else {
                QJsonObject body = sessionJson(p.id, upload);
                body.insert(QStringLiteral("replayed"), replay);
                response = QHttpServerResponse(body, replay ? Status::Ok : Status::Created);
            }
        }
        const int status = int(response.statusCode());
        response.write(std::move(*p.responder));
        if (m_options.logRequests) {
            qInfo().noquote() << "POST /api/v1/sessions" << status
                              << QStringLiteral("%1ms").arg(p.timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                              << p.device.id.left(8);
        }
    }
}

QHttpServerResponse SyncServer::sessionResource(const QHttpServerRequest &request, const QString &sessionId,
                                                const QString &part, QString *deviceForLog)
{
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool head = method == QHttpServerRequest::Method::Head;
    const bool patch = method == QHttpServerRequest::Method::Patch;
    if (part.isEmpty() ? !get : !(get || head || patch))
        return errorResponse(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"), {},
                             QStringLiteral("method not allowed here"));
    QHttpServerResponse failure(Status::Unauthorized);
    const auto device = authenticateDevice(request, &failure, deviceForLog);
    if (!device)
        return failure;
    QString error;
    const auto upload = m_store->sessionUpload(sessionId, &error);
    if (!error.isEmpty()) {
        qWarning().noquote() << "storage error on a session resource:" << error.left(200);
        return unavailable();
    }
    // Another device's session is answered exactly like a missing one.
    if (!upload || upload->deviceId != device->id)
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), sync::protocol::kId,
                             QStringLiteral("no such session for this device"));
    if (part.isEmpty())
        return QHttpServerResponse(sessionJson(sessionId, *upload));
    const auto found = std::find_if(upload->parts.cbegin(), upload->parts.cend(),
                                    [&](const PartState &p) { return p.declaration.part == part; });
    if (found == upload->parts.cend())
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), sync::protocol::kPart,
                             QStringLiteral("this session declared no such part"));
    if (head)
        return withOffset(QHttpServerResponse(Status::Ok), *found);
    if (get)
        return withOffset(QHttpServerResponse(partJson(*found)), *found);

    const QByteArray contentType = headerValue(request, "Content-Type");
    if (!contentType.startsWith(sync::protocol::kChunkType.data()) &&
        !contentType.startsWith("application/octet-stream"))
        return errorResponse(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Content-Type"), QStringLiteral("send application/offset+octet-stream"));
    const QByteArray offsetText = headerValue(request, sync::protocol::kUploadOffsetHeader);
    bool ok = false;
    const qint64 offset = offsetText.toLongLong(&ok);
    if (!ok || offset < 0 || offsetText.startsWith('+'))
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"),
                             QString::fromLatin1(sync::protocol::kUploadOffsetHeader),
                             QStringLiteral("the chunk's offset is required as a whole number of bytes"));
    PartState state;
    bool sessionComplete = false;
    const auto outcome = m_store->appendChunk(sessionId, part, offset, request.body(), m_clock.nowUtc(), &state,
                                              &sessionComplete, &error);
    QJsonObject body = partJson(state);
    body.insert(sync::protocol::kSessionState, sessionState(sessionComplete));
    switch (outcome) {
    case ChunkOutcome::Appended:
    case ChunkOutcome::Completed:
        return withOffset(QHttpServerResponse(body), state);
    case ChunkOutcome::HashMismatch:
        return withOffset(
            errorResponse(
                Status::UnprocessableEntity, sync::protocol::kHashMismatch, sync::protocol::kSha256,
                QStringLiteral("the part's SHA-256 differs from the declared one; send it again from offset 0"), body),
            state);
    case ChunkOutcome::OffsetMismatch:
    case ChunkOutcome::AlreadyComplete:
        return withOffset(
            errorResponse(Status::Conflict, QStringLiteral("offset_mismatch"),
                          QString::fromLatin1(sync::protocol::kUploadOffsetHeader),
                          state.complete ? QStringLiteral("this part is already complete")
                                         : QStringLiteral("the server holds %1 bytes of this part").arg(state.received),
                          body),
            state);
    case ChunkOutcome::PastEnd:
        return errorResponse(Status::PayloadTooLarge, QStringLiteral("too_large"), QStringLiteral("body"),
                             QStringLiteral("the chunk goes past the declared size of the part"), body);
    case ChunkOutcome::UnknownPart:
        return errorResponse(Status::NotFound, QStringLiteral("not_found"), sync::protocol::kPart,
                             QStringLiteral("this session declared no such part"));
    case ChunkOutcome::Failed:
        break;
    }
    qWarning().noquote() << "storage error on PATCH of a part:" << error.left(200);
    return unavailable();
}

void SyncServer::purgeExpired()
{
    const QDateTime now = m_clock.nowUtc();
    QString error;
    const int images =
        m_options.retainImageDays > 0 ? m_store->purgeImages(now.addDays(-m_options.retainImageDays), &error) : 0;
    const int records = m_options.retainPersonalMonths > 0
                            ? m_store->minimiseRecords(now.addMonths(-m_options.retainPersonalMonths), &error)
                            : 0;
    if (!error.isEmpty())
        qWarning().noquote() << "storage error in the retention purge:" << error.left(200);
    else if (images > 0 || records > 0)
        qInfo().noquote() << "retention: images of" << images << "sessions and personal fields of" << records
                          << "sessions purged";
}

QHttpServerResponse SyncServer::enroll(const QHttpServerRequest &request)
{
    int retryAfter = 1;
    if (!m_enrollLimiter.take(clientAddress(request), &retryAfter))
        return withRetryAfter(errorResponse(Status::TooManyRequests, QStringLiteral("rate_limited"), {},
                                            QStringLiteral("too many enrollment attempts")),
                              retryAfter);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(Status::BadRequest, QStringLiteral("malformed_json"), QStringLiteral("body"),
                             QStringLiteral("the body must be a JSON object"));
    const QJsonObject json = document.object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != sync::protocol::kCode && it.key() != sync::protocol::kLabel)
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), it.key(),
                                 QStringLiteral("unknown field"));
        if (!it.value().isString())
            return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), it.key(),
                                 QStringLiteral("must be a string"));
    }
    const QString code = json.value(sync::protocol::kCode).toString();
    if (code.isEmpty() || code.size() > 64)
        return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_field"), sync::protocol::kCode,
                             QStringLiteral("the enrollment code is required"));
    QString error;
    const auto enrolled =
        m_store->redeemCode(code, json.value(sync::protocol::kLabel).toString().left(100), m_clock.nowUtc(), &error);
    if (!enrolled) {
        if (!error.isEmpty()) {
            qWarning().noquote() << "storage error on enrollment:" << error.left(200);
            return unavailable();
        }
        return errorResponse(Status::Unauthorized, QStringLiteral("invalid_code"), sync::protocol::kCode,
                             QStringLiteral("unknown, expired or already used enrollment code"));
    }
    return QHttpServerResponse(QJsonObject{{sync::protocol::kDeviceId, enrolled->first.id},
                                           {sync::protocol::kSite, enrolled->first.site},
                                           {sync::protocol::kDeviceToken, QString::fromLatin1(enrolled->second)}},
                               Status::Created);
}

QHttpServerResponse SyncServer::stats(const QHttpServerRequest &request)
{
    QHttpServerResponse failure(Status::Unauthorized);
    const auto device = authenticate(request, &failure);
    if (!device)
        return failure;
    if (device->role != QLatin1String("admin"))
        return errorResponse(Status::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                             QStringLiteral("statistics need an admin token"));
    const QUrlQuery query = request.query();
    const QString from = query.queryItemValue(QStringLiteral("from"));
    const QString to = query.queryItemValue(QStringLiteral("to"));
    for (const auto &[name, value] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (!value.isEmpty() && !dates::parseIso(value).isValid())
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"), name,
                                 QStringLiteral("must be a date YYYY-MM-DD"));
    }
    QString error;
    const QJsonArray rows = m_store->stats(from.isEmpty() ? QStringLiteral("0000-01-01") : from,
                                           to.isEmpty() ? QStringLiteral("9999-12-31") : to,
                                           query.queryItemValue(QStringLiteral("site")), &error);
    if (!error.isEmpty())
        return unavailable();
    return QHttpServerResponse(QJsonObject{{QStringLiteral("counts"), rows}});
}

} // namespace passerelle::server
