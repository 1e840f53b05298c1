// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

/**
 * How one picture of the identity plan ended: kept as first taken, kept after a retake, imported
 * from a file, or skipped (no picture). Stored per capture code in the record and the draft
 * (statistics), so the codes never change.
 */
enum class CaptureOutcome { Accepted, Retaken, Imported, Skipped };

/** "accepted", "retaken", "imported", "skipped". */
QString captureOutcomeCode(CaptureOutcome outcome);
std::optional<CaptureOutcome> captureOutcomeFromCode(const QString &code);
QList<CaptureOutcome> allCaptureOutcomes();

} // namespace passerelle
