// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyStore.h"

namespace passerelle {

/**
 * The OS keychain through QtKeychain (Secret Service, Keychain, Credential Manager). Calls block
 * on a local event loop until the keychain answers; they need a QCoreApplication.
 */
class KeychainKeyStore final : public KeyStore
{
public:
    explicit KeychainKeyStore(QString service = QStringLiteral("Passerelle"));

    Status read(const QString &name, QByteArray *secret, QString *error) override;
    bool write(const QString &name, const QByteArray &secret, QString *error) override;
    bool remove(const QString &name, QString *error) override;

private:
    QString m_service;
};

} // namespace passerelle
