// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

class Database;
class KeyStore;

/**
 * Sets up the data key of a database: read from the keychain, or made and kept there at first
 * run. When no usable key can be had, the database stays in "no personal data" mode (statistics
 * only, no images) and the result says why in plain words, for the counselor.
 */
class DataProtection
{
public:
    enum class Mode {
        Protected,      ///< a data key is in use: personal data is stored, sealed
        NoPersonalData, ///< statistics only
    };

    struct Result
    {
        Mode mode = Mode::NoPersonalData;
        bool keyCreated = false;
        QString notice; ///< translated, for the counselor; empty when everything is normal
    };

    /** Name of this database's key in the keychain (one key per database, by device id). */
    static QString keyName(const Database &database);

    /** Reads or creates the key in @p keyStore (null: no keychain) and sets the cipher on @p database. */
    static Result setUp(Database &database, KeyStore *keyStore);
};

} // namespace passerelle
