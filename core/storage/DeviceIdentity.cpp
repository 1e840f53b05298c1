// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DeviceIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace passerelle {

QString DeviceIdentity::fileFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).dir().filePath(QStringLiteral("passerelle-device.json"));
}

DeviceIdentity DeviceIdentity::load(const QString &databaseFile)
{
    QFile file(fileFor(databaseFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    DeviceIdentity identity{object.value(QStringLiteral("device_id")).toString(),
                            object.value(QStringLiteral("sync_server_url")).toString()};
    if (QUuid::fromString(identity.deviceId).isNull())
        identity.deviceId.clear();
    return identity;
}

bool DeviceIdentity::save(const QString &databaseFile) const
{
    const DeviceIdentity stored = load(databaseFile);
    if (stored.deviceId == deviceId && stored.serverUrl == serverUrl)
        return true;
    QSaveFile file(fileFor(databaseFile));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QJsonObject object{{QStringLiteral("device_id"), deviceId}};
    if (!serverUrl.isEmpty())
        object.insert(QStringLiteral("sync_server_url"), serverUrl);
    file.write(QJsonDocument(object).toJson());
    return file.commit();
}

} // namespace passerelle
