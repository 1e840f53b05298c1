// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle::test {

/** One message of a Qt .ts file: its translation, or each plural form. */
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool numerus = false;
};

/** Every message of the .ts file at @p path but the vanished and obsolete ones; empty if unreadable. */
QList<TsMessage> readTsFile(const QString &path);

} // namespace passerelle::test
