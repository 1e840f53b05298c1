// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

/** The one thing to fix before the picture is good, most useful first (see CaptureAnalyzer). */
enum class CaptureVerdict { Ok, NotFound, CutOff, Covered, TooSmall, TooDark, TooBright, Tilted, Glare, Blurry };

/** "ok", "not_found", "cut_off", "covered", "too_small", "blurry", "too_dark", "too_bright", "glare", "tilted". */
QString verdictCode(CaptureVerdict verdict);
std::optional<CaptureVerdict> verdictFromCode(const QString &code);
QList<CaptureVerdict> allVerdicts();

/** One plain sentence for the young person, translated ("Rapproche la carte."). */
QString verdictMessage(CaptureVerdict verdict, DocumentKind kind);
/** Said while every check passes and the capture waits for a still picture. */
QString holdStillMessage();
/** Said between the front and the back of a card. */
QString flipCardMessage();
/** When the side already taken is shown again (the front for the back). */
QString sameSideMessage();

} // namespace passerelle
