// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/SessionRecord.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace passerelle::sync {

/** A record that failed validation: the dotted path of the first bad field and what is wrong. */
struct RecordError
{
    QString field;   ///< e.g. "input.birth_date", "result.age", "body"
    QString message; ///< English, for the server's JSON error
};

/**
 * Strict validation of a session record as sent over the wire: every field known, of the right
 * JSON type, none missing, the values the core model accepts (SessionRecord::fromJson), and values
 * in sane ranges: dates from 2020 (birth dates from 1900) to 2100, the UTC offset within 14 hours,
 * the age from 0 to 120, every string at most 200 characters and every list at most 64 items.
 * Unknown or mistyped fields are refused rather than ignored, so a client bug shows up at once.
 */
std::optional<SessionRecord> validateRecord(const QJsonObject &json, RecordError *error);

/**
 * The record without what the server does not need (data minimisation): the birth date, the
 * residence date, the free-text explanation and every date derived from the birth date go; the
 * age, the outcome and the route stay. Field list in docs/sync-protocol.md.
 */
QJsonObject minimisedRecord(const QJsonObject &record);

} // namespace passerelle::sync
