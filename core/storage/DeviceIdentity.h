// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * Who this installation is to the sync server, kept in a small file beside the database
 * (passerelle-device.json, owner-only) as well as in it: the device id (the data key and the sync
 * token in the keychain are named after it) and the server address. A damaged database is set
 * aside; this file is not, so the enrollment survives even when the damaged file's own meta table
 * cannot be read.
 */
struct DeviceIdentity
{
    QString deviceId;
    QString serverUrl;

    /** The file kept beside the database at @p databaseFile. */
    static QString fileFor(const QString &databaseFile);
    /** What the file holds (empty fields when it is missing or unreadable). */
    static DeviceIdentity load(const QString &databaseFile);
    /** Writes the file atomically when it would change; false on a write error. */
    bool save(const QString &databaseFile) const;
};

} // namespace passerelle
