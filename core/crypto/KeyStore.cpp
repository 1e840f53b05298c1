// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyStore.h"

#include "core/util/Fail.h"

namespace passerelle {

KeyStore::Status MemoryKeyStore::read(const QString &name, QByteArray *secret, QString *)
{
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return Status::NotFound;
    *secret = *it;
    return Status::Found;
}

bool MemoryKeyStore::write(const QString &name, const QByteArray &secret, QString *)
{
    m_secrets.insert(name, secret);
    return true;
}

bool MemoryKeyStore::remove(const QString &name, QString *)
{
    m_secrets.remove(name);
    return true;
}

KeyStore::Status UnavailableKeyStore::read(const QString &, QByteArray *, QString *error)
{
    return fail(error, QStringLiteral("no keychain"), Status::Unavailable);
}

bool UnavailableKeyStore::write(const QString &, const QByteArray &, QString *error)
{
    return fail(error, QStringLiteral("no keychain"));
}

bool UnavailableKeyStore::remove(const QString &, QString *error)
{
    return fail(error, QStringLiteral("no keychain"));
}

} // namespace passerelle
