// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace passerelle {

/**
 * Seals personal fields with libsodium's XChaCha20-Poly1305 (IETF) AEAD. The record id and the
 * field name are the associated data, so a sealed value copied to another record or field does not
 * open. Sealed format: one version byte, the 24-byte random nonce, then the ciphertext and tag.
 */
class FieldCipher
{
public:
    static constexpr int kKeyBytes = 32;

    /** Initialises libsodium once for the process; false if it cannot be used. Thread-safe. */
    static bool initialize();
    /** A fresh random data key of kKeyBytes. */
    static QByteArray generateKey();

    /** @p key must hold kKeyBytes; otherwise isValid() is false and nothing seals. */
    explicit FieldCipher(const QByteArray &key);
    ~FieldCipher();
    FieldCipher(const FieldCipher &) = delete;
    FieldCipher &operator=(const FieldCipher &) = delete;

    bool isValid() const { return m_valid; }

    /** Encrypts @p plain for the field @p field of the record @p recordId; empty on failure. */
    QByteArray seal(const QByteArray &plain, const QString &recordId, const QString &field) const;
    /** Decrypts and authenticates; nullopt if the value was altered, moved, or sealed with another key. */
    std::optional<QByteArray> open(const QByteArray &sealed, const QString &recordId, const QString &field) const;

private:
    unsigned char m_key[kKeyBytes];
    bool m_valid = false;
};

} // namespace passerelle
