// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace passerelle::server {

/** What the HTTP front enforces on every connection, plain or TLS, before Qt's parser sees a byte. */
struct FrontLimits
{
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxChunkBytes = 1024 * 1024; ///< PATCH on /api/v1/sessions/{id}/parts/{part}
    qsizetype maxHeadBytes = 16 * 1024; ///< request line and headers together
    int headTimeoutMs = 10000;          ///< from a request's first byte to the end of its headers
    int bodyTimeoutMs = 120000;         ///< from the end of the headers to the last byte of the body
    int idleTimeoutMs = 30000;          ///< a kept-alive connection with no request in progress
    int maxConnections = 256;           ///< at the cap the server stops accepting until one closes
};

/** What the front makes of one request head (request line and headers, up to the empty line). */
struct HeadVerdict
{
    enum class Kind { Accept, BadRequest, LengthRequired, TooLarge, HeadTooLarge };
    Kind kind = Kind::Accept;
    qint64 bodyLength = 0; ///< when accepted: the bytes of body that follow the head
    QByteArray message;    ///< when refused: said in the JSON error
};

/**
 * Checks a request head the way a strict proxy would, so that no two parsers can read one byte
 * stream as different requests: one Content-Length at most, digits only; no Transfer-Encoding
 * (with Content-Length it is ambiguous framing, alone it gets 411: every body of this API has a
 * length known in advance, RFC 9112 section 6.3 allows it; docs/sync-protocol.md); no folded or
 * malformed header line; and a declared body over the limit is refused before it arrives.
 * Pure and total over any bytes (fuzzed: tests/fuzz).
 */
HeadVerdict checkRequestHead(QByteArrayView head, const FrontLimits &limits);

/**
 * The listening socket of the sync server, plain (@p tls empty) or TLS: every accepted connection
 * goes through the front's checks (per request: framing, sizes, head/body/idle timeouts), and at
 * FrontLimits::maxConnections it stops accepting until a connection closes.
 */
QTcpServer *makeFrontServer(const FrontLimits &limits, const std::optional<QSslConfiguration> &tls, QObject *parent);

} // namespace passerelle::server
