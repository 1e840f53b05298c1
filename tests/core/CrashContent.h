// SPDX-License-Identifier: GPL-3.0-or-later
// What "whole" means in the crash test: the hash of everything a completed session holds.
#pragma once

#include "core/storage/SessionStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace passerelle {

inline QByteArray crashContentHash(const SessionRecord &record, const SessionExtras &extras)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Through one JSON round trip, so fields the record's own JSON does not keep exactly compare alike.
    const auto normal = SessionRecord::fromJson(record.toJson(), nullptr);
    hash.addData(QJsonDocument(normal ? normal->toJson() : QJsonObject()).toJson(QJsonDocument::Compact));
    hash.addData(extras.firstName.toUtf8() + '\n' + extras.lastName.toUtf8() + '\n');
    for (auto it = extras.captureOutcomes.cbegin(); it != extras.captureOutcomes.cend(); ++it)
        hash.addData((captureCodeString(it.key()) + u'=' + captureOutcomeCode(it.value()) + u'\n').toUtf8());
    QList<SessionImage> images = extras.images; // stored by capture name
    std::sort(images.begin(), images.end(),
              [](const auto &a, const auto &b) { return captureCodeString(a.capture) < captureCodeString(b.capture); });
    for (const auto &image : images)
        hash.addData(captureCodeString(image.capture).toUtf8() + '\n' + image.data);
    return hash.result().toHex();
}

} // namespace passerelle
