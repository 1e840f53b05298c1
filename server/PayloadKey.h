// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace passerelle::server {

class ServerStore;

/**
 * The key of the payload fingerprints (HMAC-SHA-256), kept out of the database so that a copy of
 * the database alone does not let anyone test guessed birth dates against the fingerprints.
 * From, in order: the PASSERELLE_PAYLOAD_KEY environment variable; the file @p keyFile
 * (--payload-key); with SQLite, DATA/payload.key beside the database. A missing file is created
 * (mode 0600, 256 random bits); a key that older versions kept in the database is moved to it and
 * removed from the database. Instances sharing one PostgreSQL need the same key: give each the
 * same file or variable.
 */
std::optional<QByteArray> loadPayloadKey(const QString &keyFile, ServerStore &store, QString *error);

/** Whether @p path holds a file only its owner may read and write (0600); always true off POSIX. */
bool isOwnerOnly(const QString &path);

} // namespace passerelle::server
