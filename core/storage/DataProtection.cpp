// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DataProtection.h"

#include "core/crypto/FieldCipher.h"
#include "core/crypto/KeyStore.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace passerelle {

Q_LOGGING_CATEGORY(lcProtection, "passerelle.protection")

namespace {

struct DataProtectionText
{
    Q_DECLARE_TR_FUNCTIONS(DataProtection)
};

const QString kCheckKey = QStringLiteral("key_check");
const QByteArray kCheckPlain = QByteArrayLiteral("passerelle data key check");

DataProtection::Result noPersonalData(const QString &notice)
{
    return {DataProtection::Mode::NoPersonalData, false, notice};
}

QString keychainUnavailableText()
{
    return DataProtectionText::tr("The keychain of this computer cannot be reached. To protect young people's data, "
                                  "Passerelle stores no personal data and no images: only statistics.");
}

} // namespace

QString DataProtection::keyName(const Database &database)
{
    return QStringLiteral("data-key-%1").arg(database.deviceId());
}

DataProtection::Result DataProtection::setUp(Database &database, KeyStore *keyStore)
{
    database.setCipher(nullptr);
    if (!FieldCipher::initialize())
        return noPersonalData(keychainUnavailableText());
    if (!keyStore) {
        qCWarning(lcProtection) << "no keychain: running without personal data";
        return noPersonalData(keychainUnavailableText());
    }
    const QString name = keyName(database);
    const QString check = database.metaValue(kCheckKey);
    QByteArray key;
    QString error;
    bool created = false;
    switch (keyStore->read(name, &key, &error)) {
    case KeyStore::Status::Unavailable:
        qCWarning(lcProtection) << "keychain unavailable:" << error;
        return noPersonalData(keychainUnavailableText());
    case KeyStore::Status::NotFound:
        // Reading only (an export): a key is never made for a file that is not written.
        if (!check.isEmpty() || database.isReadOnly()) {
            qCWarning(lcProtection) << "the data key of this database is missing from the keychain";
            return noPersonalData(DataProtectionText::tr(
                "The key that protects the saved sessions is missing from the keychain. Their personal data "
                "cannot be opened. Passerelle stores no new personal data until the key is back."));
        }
        key = FieldCipher::generateKey();
        if (!keyStore->write(name, key, &error)) {
            qCWarning(lcProtection) << "cannot write the data key:" << error;
            return noPersonalData(keychainUnavailableText());
        }
        // Read it back: a keychain that accepts a secret and loses it would make data unreadable.
        if (QByteArray back; keyStore->read(name, &back, &error) != KeyStore::Status::Found || back != key) {
            qCWarning(lcProtection) << "the keychain did not keep the data key";
            return noPersonalData(keychainUnavailableText());
        }
        created = true;
        break;
    case KeyStore::Status::Found:
        break;
    }
    auto cipher = std::make_shared<FieldCipher>(key);
    key.fill('\0');
    if (!cipher->isValid())
        return noPersonalData(keychainUnavailableText());
    if (check.isEmpty()) {
        const QByteArray sealed = cipher->seal(kCheckPlain, database.deviceId(), kCheckKey);
        if (!database.isReadOnly() && !database.setMetaValue(kCheckKey, QString::fromLatin1(sealed.toBase64()), &error))
            return noPersonalData(keychainUnavailableText());
    } else if (cipher->open(QByteArray::fromBase64(check.toLatin1()), database.deviceId(), kCheckKey) != kCheckPlain) {
        qCWarning(lcProtection) << "the keychain holds a key that does not open this database";
        return noPersonalData(DataProtectionText::tr(
            "The key in the keychain does not match the saved sessions. Their personal data cannot be opened. "
            "Passerelle stores no new personal data until the right key is back."));
    }
    database.setCipher(std::move(cipher));
    if (created)
        qCInfo(lcProtection) << "data key created and kept in the keychain";
    return {Mode::Protected, created, {}};
}

} // namespace passerelle
