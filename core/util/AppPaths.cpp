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
{}

QString AppPaths::databaseFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("passerelle.sqlite"));
}

bool AppPaths::ensureDataDir(QString *error) const
{
    QDir dir(m_dataDir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return fail(error, QCoreApplication::translate("AppPaths", "Cannot create the data folder %1.")
                               .arg(QDir::toNativeSeparators(m_dataDir)));
    // Personal data lives here: only the owner may list or read it.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

} // namespace passerelle
