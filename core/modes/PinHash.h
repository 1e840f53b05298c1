// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/**
 * PINs are kept only as libsodium Argon2id strings (crypto_pwhash_str_alg, salt and cost inside),
 * never in clear. The cost is libsodium's "interactive" level: about a tenth of a second here.
 */
class PinHash
{
public:
    /** Digits only, from @p minDigits to 12; false with a plain reason otherwise. */
    static bool isAcceptable(const QString &pin, int minDigits, QString *why);
    /** The Argon2id string for @p pin; empty if libsodium cannot run (out of memory). */
    static QString hash(const QString &pin);
    /** Whether @p pin matches @p hash; false for an empty or malformed hash. */
    static bool verify(const QString &hash, const QString &pin);
};

} // namespace passerelle
