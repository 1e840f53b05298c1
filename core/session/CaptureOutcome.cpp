// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/CaptureOutcome.h"

#include "core/util/CodeTable.h"

namespace passerelle {

namespace {

constexpr auto kCaptureOutcomes = codeTable<CaptureOutcome>({
    {CaptureOutcome::Accepted, "accepted"},
    {CaptureOutcome::Retaken, "retaken"},
    {CaptureOutcome::Imported, "imported"},
    {CaptureOutcome::Skipped, "skipped"},
});
static_assert(kCaptureOutcomes.isWellFormed());

} // namespace

QString captureOutcomeCode(CaptureOutcome outcome)
{
    return kCaptureOutcomes.code(outcome);
}

std::optional<CaptureOutcome> captureOutcomeFromCode(const QString &code)
{
    return kCaptureOutcomes.fromCode(code);
}

QList<CaptureOutcome> allCaptureOutcomes()
{
    return kCaptureOutcomes.values();
}

} // namespace passerelle
