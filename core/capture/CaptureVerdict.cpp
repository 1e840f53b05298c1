// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureVerdict.h"

#include "core/util/CodeTable.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

constexpr auto kVerdicts = codeTable<CaptureVerdict>({
    {CaptureVerdict::Ok, "ok"},
    {CaptureVerdict::NotFound, "not_found"},
    {CaptureVerdict::CutOff, "cut_off"},
    {CaptureVerdict::Covered, "covered"},
    {CaptureVerdict::TooSmall, "too_small"},
    {CaptureVerdict::TooDark, "too_dark"},
    {CaptureVerdict::TooBright, "too_bright"},
    {CaptureVerdict::Tilted, "tilted"},
    {CaptureVerdict::Glare, "glare"},
    {CaptureVerdict::Blurry, "blurry"},
});
static_assert(kVerdicts.isWellFormed());

/** Translation context for the guidance sentences. */
struct CaptureGuidanceText
{
    Q_DECLARE_TR_FUNCTIONS(CaptureGuidance)
};

QString cardMessage(CaptureVerdict verdict)
{
    switch (verdict) {
    case CaptureVerdict::Ok:
        return CaptureGuidanceText::tr("Good. The card is ready.");
    case CaptureVerdict::NotFound:
        return CaptureGuidanceText::tr("Put the card in the frame.");
    case CaptureVerdict::CutOff:
        return CaptureGuidanceText::tr("Part of the card is outside the picture. Move it to the middle.");
    case CaptureVerdict::Covered:
        return CaptureGuidanceText::tr("Take your finger off the card.");
    case CaptureVerdict::TooSmall:
        return CaptureGuidanceText::tr("Bring the card closer.");
    case CaptureVerdict::TooDark:
        return CaptureGuidanceText::tr("It is too dark. Move toward the light.");
    case CaptureVerdict::TooBright:
        return CaptureGuidanceText::tr("There is too much light. Move away from the lamp.");
    case CaptureVerdict::Tilted:
        return CaptureGuidanceText::tr("Hold the card flat, facing the camera.");
    case CaptureVerdict::Glare:
        return CaptureGuidanceText::tr("There is a reflection: tilt the card a little.");
    case CaptureVerdict::Blurry:
        return CaptureGuidanceText::tr("The picture is blurry. Hold the card still.");
    }
    return {};
}

QString passportMessage(CaptureVerdict verdict)
{
    switch (verdict) {
    case CaptureVerdict::Ok:
        return CaptureGuidanceText::tr("Good. The passport page is ready.");
    case CaptureVerdict::NotFound:
        return CaptureGuidanceText::tr("Put the open passport in the frame, photo page up.");
    case CaptureVerdict::CutOff:
        return CaptureGuidanceText::tr("Part of the passport page is outside the picture. Move it to the middle.");
    case CaptureVerdict::Covered:
        return CaptureGuidanceText::tr("Take your finger off the passport page.");
    case CaptureVerdict::TooSmall:
        return CaptureGuidanceText::tr("Bring the passport closer.");
    case CaptureVerdict::Tilted:
        return CaptureGuidanceText::tr("Hold the passport flat, facing the camera.");
    case CaptureVerdict::Glare:
        return CaptureGuidanceText::tr("There is a reflection: tilt the passport a little.");
    case CaptureVerdict::Blurry:
        return CaptureGuidanceText::tr("The picture is blurry. Hold the passport still.");
    default:
        return cardMessage(verdict);
    }
}

QString pageMessage(CaptureVerdict verdict)
{
    switch (verdict) {
    case CaptureVerdict::Ok:
        return CaptureGuidanceText::tr("Good. The page is ready.");
    case CaptureVerdict::NotFound:
        return CaptureGuidanceText::tr("Put the whole page in the frame.");
    case CaptureVerdict::CutOff:
        return CaptureGuidanceText::tr("Part of the page is outside the picture. Move it back a little.");
    case CaptureVerdict::Covered:
        return CaptureGuidanceText::tr("Take your finger off the page.");
    case CaptureVerdict::TooSmall:
        return CaptureGuidanceText::tr("Bring the page closer.");
    case CaptureVerdict::Tilted:
        return CaptureGuidanceText::tr("Hold the page flat, facing the camera.");
    case CaptureVerdict::Glare:
        return CaptureGuidanceText::tr("There is a reflection: tilt the page a little.");
    case CaptureVerdict::Blurry:
        return CaptureGuidanceText::tr("The picture is blurry. Hold the page still.");
    default:
        return cardMessage(verdict);
    }
}

} // namespace

QString verdictCode(CaptureVerdict verdict)
{
    return kVerdicts.code(verdict);
}

std::optional<CaptureVerdict> verdictFromCode(const QString &code)
{
    return kVerdicts.fromCode(code);
}

QList<CaptureVerdict> allVerdicts()
{
    return kVerdicts.values();
}

QString verdictMessage(CaptureVerdict verdict, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Id1:
        return cardMessage(verdict);
    case DocumentKind::Id3:
        return passportMessage(verdict);
    case DocumentKind::A4:
        return pageMessage(verdict);
    }
    return cardMessage(verdict);
}

QString holdStillMessage()
{
    return CaptureGuidanceText::tr("Do not move...");
}

QString flipCardMessage()
{
    return CaptureGuidanceText::tr("Turn the card over.");
}

QString sameSideMessage()
{
    return CaptureGuidanceText::tr("This is the side you already took: turn the card over.");
}

} // namespace passerelle
