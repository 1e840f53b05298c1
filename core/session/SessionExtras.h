// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/CaptureOutcome.h"
#include "core/util/CaptureCode.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace passerelle {

/** One captured picture as encoded bytes (JPEG, PNG); stored under captureCodeString() of its capture. */
struct SessionImage
{
    CaptureCode capture = CaptureCode::IdFront;
    QByteArray data;
};

/** What a completed session holds besides the SessionRecord. */
struct SessionExtras
{
    QString firstName;      ///< personal: sealed
    QString lastName;       ///< personal: sealed
    QStringList categories; ///< chosen offer categories ("CINEMA", ...): statistics; empty: the record's
    QMap<CaptureCode, CaptureOutcome> captureOutcomes; ///< how each picture went: statistics
    QList<SessionImage> images;                        ///< personal: sealed, purged by retention
};

} // namespace passerelle
