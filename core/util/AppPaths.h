// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passerelle {

/** Where the app keeps its data: the user's data folder unless a --data-dir says otherwise. */
class AppPaths
{
public:
    /** @p overrideDir wins when not empty; else QStandardPaths::AppDataLocation. */
    explicit AppPaths(const QString &overrideDir = {});

    QString dataDir() const { return m_dataDir; }
    QString databaseFile() const;

    /** Creates the data folder (owner-only where the platform supports it). */
    bool ensureDataDir(QString *error) const;

private:
    QString m_dataDir;
};

} // namespace passerelle
