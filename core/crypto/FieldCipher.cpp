// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/FieldCipher.h"

#include <sodium.h>

#include <cstring>
#include <mutex>

namespace passerelle {

namespace {

constexpr char kFormatVersion = 1;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray associatedData(const QString &recordId, const QString &field)
{
    // A NUL between the two parts keeps ("ab", "c") and ("a", "bc") apart.
    return recordId.toUtf8() + '\0' + field.toUtf8();
}

} // namespace

bool FieldCipher::initialize()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QByteArray FieldCipher::generateKey()
{
    if (!initialize())
        return {};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

FieldCipher::FieldCipher(const QByteArray &key)
{
    static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    m_valid = initialize() && key.size() == kKeyBytes;
    if (m_valid)
        std::memcpy(m_key, key.constData(), kKeyBytes);
    else
        sodium_memzero(m_key, kKeyBytes);
}

FieldCipher::~FieldCipher()
{
    sodium_memzero(m_key, kKeyBytes);
}

QByteArray FieldCipher::seal(const QByteArray &plain, const QString &recordId, const QString &field) const
{
    if (!m_valid)
        return {};
    const QByteArray ad = associatedData(recordId, field);
    QByteArray out(1 + kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = kFormatVersion;
    randombytes_buf(bytes + 1, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + 1 + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.constData()), plain.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(), nullptr, bytes + 1, m_key);
    out.resize(1 + kNonceBytes + int(written));
    return out;
}

std::optional<QByteArray> FieldCipher::open(const QByteArray &sealed, const QString &recordId,
                                            const QString &field) const
{
    if (!m_valid || sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != kFormatVersion)
        return std::nullopt;
    const QByteArray ad = associatedData(recordId, field);
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(sealed.size() - 1 - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   bytes + 1 + kNonceBytes, sealed.size() - 1 - kNonceBytes,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(),
                                                   bytes + 1, m_key) != 0)
        return std::nullopt;
    plain.resize(int(written));
    return plain;
}

} // namespace passerelle
