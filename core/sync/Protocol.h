// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ImageParts.h"

#include <QJsonArray>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

/**
 * The sync protocol's words, written once for the client (SyncService, ImageUpload) and the
 * reference server: paths, headers, JSON keys and codes. docs/sync-protocol.md describes them.
 */
namespace passerelle::sync::protocol {

// Paths.
inline constexpr QLatin1String kHealthPath("/api/v1/health");
inline constexpr QLatin1String kSessionsPath("/api/v1/sessions"); ///< POST; /{id} GET; /{id}/parts/{part} PATCH
inline constexpr QLatin1String kPartsSegment("/parts/");
inline constexpr QLatin1String kEnrollPath("/api/v1/devices/enroll");
inline constexpr QLatin1String kStatsPath("/api/v1/stats");

// Headers.
inline constexpr char kIdempotencyKeyHeader[] = "Idempotency-Key";
inline constexpr char kUploadOffsetHeader[] = "Upload-Offset";
inline constexpr char kRetryAfterHeader[] = "Retry-After";
inline constexpr QLatin1String kJsonType("application/json");
inline constexpr QLatin1String kChunkType("application/offset+octet-stream");

// JSON keys.
inline constexpr QLatin1String kId("id");
inline constexpr QLatin1String kReceipt("receipt");
inline constexpr QLatin1String kState("state");                ///< a session's: kComplete or kIncomplete
inline constexpr QLatin1String kSessionState("session_state"); ///< in a chunk's answer
inline constexpr QLatin1String kParts("parts");
inline constexpr QLatin1String kPart("part");
inline constexpr QLatin1String kKind("kind");
inline constexpr QLatin1String kSize("size");
inline constexpr QLatin1String kSha256("sha256");
inline constexpr QLatin1String kOffset("offset");
inline constexpr QLatin1String kComplete("complete"); ///< a part's flag, and a session's state
inline constexpr QLatin1String kIncomplete("incomplete");
inline constexpr QLatin1String kImages("images"); ///< /health: the image policy code
inline constexpr QLatin1String kMaxChunk("max_chunk");
inline constexpr QLatin1String kError("error"); ///< an error answer: code, field, message
inline constexpr QLatin1String kField("field");
inline constexpr QLatin1String kMessage("message");
inline constexpr QLatin1String kCode("code"); ///< enrollment: the one-time code, the device label
inline constexpr QLatin1String kLabel("label");
inline constexpr QLatin1String kSite("site"); ///< enrollment's answer
inline constexpr QLatin1String kDeviceId("device_id");
inline constexpr QLatin1String kDeviceToken("device_token");

// Error codes the client acts on.
inline constexpr QLatin1String kHashMismatch("hash_mismatch");
/// 409: the session id is stored for another device (the same record from a copy of a data folder).
inline constexpr QLatin1String kIdTaken("id_taken");

/** Whether the server takes a session's pictures (its /health "images" value). */
enum class ImagePolicy {
    None,     ///< "none": sessions go without pictures
    Required, ///< "required": sessions upload their pictures after the record
};
QString imagePolicyCode(ImagePolicy policy);
/** The policy of @p code; nothing for an unknown code. */
std::optional<ImagePolicy> imagePolicyFromCode(const QString &code);

} // namespace passerelle::sync::protocol

namespace passerelle::sync {

QJsonArray partsToJson(const QList<PartDeclaration> &parts);

/**
 * Strict reading of the "parts" array: every field known and of the right type, ids unique,
 * kinds known and each used once, sizes in [1, @p maxPartBytes], hashes 64 lowercase hex digits. On failure
 * @p field is the dotted path ("parts[1].sha256") and @p message says what is wrong (English).
 */
std::optional<QList<PartDeclaration>> partsFromJson(const QJsonValue &value, qint64 maxPartBytes, QString *field,
                                                    QString *message);

} // namespace passerelle::sync
