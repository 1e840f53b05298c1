// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace passerelle {

/** One captured picture as encoded bytes (JPEG, PNG), under its stored capture code (captureCodeString()). */
struct SessionImage
{
    QString capture;
    QByteArray data;
};

/** What a completed session holds besides the SessionRecord. */
struct SessionExtras
{
    QString firstName;      ///< personal: sealed
    QString lastName;       ///< personal: sealed
    QStringList categories; ///< chosen offer categories ("CINEMA", ...): statistics; empty: the record's
    QMap<QString, QString> captureOutcomes; ///< capture code -> outcome code: statistics
    QList<SessionImage> images;             ///< personal: sealed, purged by retention
};

} // namespace passerelle
