// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/AppPaths.h"

#include "core/util/Fail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace passerelle {

AppPaths::AppPaths(const QString &overrideDir)
    : m_dataDir(overrideDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      : QDir(overrideDir).absolutePath())
    , m_chosen(!overrideDir.isEmpty())
{}

QString AppPaths::databaseFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("passerelle.sqlite"));
}

bool AppPaths::ensureDataDir(QString *error, QString *notice) const
{
    QDir dir(m_dataDir);
    const bool existed = dir.exists();
    if (!existed && !dir.mkpath(QStringLiteral(".")))
        return fail(error, QCoreApplication::translate("AppPaths", "Cannot create the data folder %1.")
                               .arg(QDir::toNativeSeparators(m_dataDir)));
    // Personal data lives here: only the owner may list or read it. A folder the user chose and
    // made is theirs: its permissions may be meant for others (a shared folder), so they are not
    // changed behind their back, only reported.
    if (!existed || !m_chosen) {
        QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return true;
    }
#if defined(Q_OS_UNIX)
    // Elsewhere (Windows) these bits do not say who may open the folder: its ACL does.
    const auto others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (notice && (QFile::permissions(m_dataDir) & others))
        *notice = QCoreApplication::translate("AppPaths",
                                              "Other users of this computer may open the data folder %1. Passerelle "
                                              "leaves its permissions as they are; the personal data inside stays "
                                              "encrypted. Restrict the folder to your own account unless it is "
                                              "meant to be shared.")
                      .arg(QDir::toNativeSeparators(m_dataDir));
#endif
    return true;
}

} // namespace passerelle
