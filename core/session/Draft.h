// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/SessionExtras.h"
#include "core/session/WizardFlow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace passerelle {

/** A session in progress, as saved at every step and after every captured image. */
struct Draft
{
    QUuid id; ///< the session's id: it becomes the completed record's id
    QDateTime startedUtc;
    QDateTime updatedUtc;                  ///< set by save()
    WizardStep step = WizardStep::Welcome; ///< where it was saved, shown when offering to resume
    QJsonObject state;                     ///< the model's state (personal: sealed)
    QList<SessionImage> images;            ///< captured so far (sealed)
};

/** What the resume prompt shows, without opening the personal data. */
struct DraftInfo
{
    QUuid id;
    QDateTime startedUtc;
    QDateTime updatedUtc;
    WizardStep step = WizardStep::Welcome; ///< Welcome when the stored code is unknown
};

} // namespace passerelle
