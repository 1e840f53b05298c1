// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PayloadKey.h"

#include "core/util/Fail.h"
#include "server/ServerStore.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace passerelle::server {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

std::optional<QByteArray> readKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read the payload key %1: %2").arg(path, file.errorString()),
                    std::nullopt);
    const QByteArray key = file.readAll().trimmed();
    if (key.size() < 32)
        return fail(error, QStringLiteral("the payload key %1 is shorter than 32 characters").arg(path), std::nullopt);
    if (!isOwnerOnly(path))
        file.setPermissions(kOwnerOnly);
    return key;
}

// Writes @p key to @p path unless it exists: written beside it with mode 0600 from creation, then
// renamed (which does not replace), so that instances starting together end with one key.
bool writeKeyOnce(const QString &path, const QByteArray &key, QString *error)
{
    const QString temporary = path + QStringLiteral(".") + QUuid::createUuid().toString(QUuid::Id128);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) || file.write(key + '\n') < 0 ||
        !file.flush()) {
        fail(error, QStringLiteral("cannot write the payload key %1: %2").arg(path, file.errorString()));
        file.remove();
        return false;
    }
    file.close();
    if (!QFile::rename(temporary, path))
        QFile::remove(temporary); // another instance wrote it first: that one is read back
    return true;
}

} // namespace

bool isOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    const auto permissions = QFileInfo(path).permissions();
    return !(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
#else
    Q_UNUSED(path);
    return true;
#endif
}

std::optional<QByteArray> loadPayloadKey(const QString &keyFile, ServerStore &store, QString *error)
{
    QString readError;
    const auto legacy = store.legacyPayloadKey(&readError);
    if (!readError.isEmpty())
        return fail(error, readError, std::nullopt);
    const QByteArray fromEnvironment = qgetenv("PASSERELLE_PAYLOAD_KEY").trimmed();
    std::optional<QByteArray> key;
    if (!fromEnvironment.isEmpty()) {
        if (fromEnvironment.size() < 32)
            return fail(error, QStringLiteral("PASSERELLE_PAYLOAD_KEY is shorter than 32 characters"), std::nullopt);
        key = fromEnvironment;
    } else {
        const QString path = keyFile.isEmpty() ? store.defaultPayloadKeyPath() : keyFile;
        if (path.isEmpty())
            return fail(error,
                        QStringLiteral("with PostgreSQL, give --payload-key FILE or PASSERELLE_PAYLOAD_KEY "
                                       "(the same for every instance; a key kept in the database by an older "
                                       "version is moved to that file)"),
                        std::nullopt);
        if (!QFileInfo::exists(path) &&
            !writeKeyOnce(path, legacy.value_or(ServerStore::newSecret(32).toLatin1()), error))
            return std::nullopt;
        key = readKey(path, error);
        if (!key)
            return std::nullopt;
    }
    if (legacy) {
        // Fingerprints made with the old key must still match: the key moves, it does not change.
        if (*legacy != *key)
            return fail(error,
                        QStringLiteral("the database holds a payload key from an older version that differs "
                                       "from the one given; use that one (it moves out of the database)"),
                        std::nullopt);
        if (!store.forgetLegacyPayloadKey(error))
            return std::nullopt;
    }
    return key;
}

} // namespace passerelle::server
