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

    /**
     * Creates the data folder, owner-only where the platform supports it. The app's own folder is
     * kept owner-only; a folder named with --data-dir that exists already is left as its owner set
     * it: when others may open it, @p notice says so (a plain, translated sentence), nothing changes.
     */
    bool ensureDataDir(QString *error, QString *notice = nullptr) const;

private:
    QString m_dataDir;
    bool m_chosen = false; ///< named by the user (--data-dir), not the app's own folder
};

} // namespace passerelle
