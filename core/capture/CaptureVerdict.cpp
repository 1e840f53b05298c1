// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureVerdict.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

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
    switch (verdict) {
    case CaptureVerdict::Ok:
        return QStringLiteral("ok");
    case CaptureVerdict::NotFound:
        return QStringLiteral("not_found");
    case CaptureVerdict::CutOff:
        return QStringLiteral("cut_off");
    case CaptureVerdict::TooSmall:
        return QStringLiteral("too_small");
    case CaptureVerdict::TooDark:
        return QStringLiteral("too_dark");
    case CaptureVerdict::TooBright:
        return QStringLiteral("too_bright");
    case CaptureVerdict::Tilted:
        return QStringLiteral("tilted");
    case CaptureVerdict::Glare:
        return QStringLiteral("glare");
    case CaptureVerdict::Blurry:
        return QStringLiteral("blurry");
    }
    return {};
}

std::optional<CaptureVerdict> verdictFromCode(const QString &code)
{
    for (const CaptureVerdict verdict : allVerdicts()) {
        if (verdictCode(verdict) == code)
            return verdict;
    }
    return std::nullopt;
}

QList<CaptureVerdict> allVerdicts()
{
    return {CaptureVerdict::Ok,       CaptureVerdict::NotFound, CaptureVerdict::CutOff,
            CaptureVerdict::TooSmall, CaptureVerdict::TooDark,  CaptureVerdict::TooBright,
            CaptureVerdict::Tilted,   CaptureVerdict::Glare,    CaptureVerdict::Blurry};
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
