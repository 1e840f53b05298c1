// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/SessionExtras.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace passerelle {

/** A session in progress, as saved at every step and after every captured image. */
struct Draft
{
    QUuid id; ///< the session's id: it becomes the completed record's id
    QDateTime startedUtc;
    QDateTime updatedUtc; ///< set by save()
    QString step;         ///< the wizard step code, shown when offering to resume
    int stepIndex = 0;
    QJsonObject state;          ///< the model's state (personal: sealed)
    QList<SessionImage> images; ///< captured so far (sealed)
};

/** What the resume prompt shows, without opening the personal data. */
struct DraftInfo
{
    QUuid id;
    QDateTime startedUtc;
    QDateTime updatedUtc;
    QString step;
    int stepIndex = 0;
};

} // namespace passerelle
