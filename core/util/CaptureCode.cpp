// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/CaptureCode.h"

#include "core/util/CodeTable.h"

namespace passerelle {

namespace {

constexpr auto kCaptureCodes = codeTable<CaptureCode>({
    {CaptureCode::IdFront, "id_front"},
    {CaptureCode::IdBack, "id_back"},
    {CaptureCode::PassportPage, "passport_page"},
    {CaptureCode::SelfieWithId, "selfie_with_id"},
    {CaptureCode::ProofOfAddress, "proof_of_address"},
});
static_assert(kCaptureCodes.isWellFormed());

} // namespace

QString captureCodeString(CaptureCode code)
{
    return kCaptureCodes.code(code);
}

std::optional<CaptureCode> captureCodeFromString(QStringView text)
{
    return kCaptureCodes.fromCode(text);
}

QList<CaptureCode> allCaptureCodes()
{
    return kCaptureCodes.values();
}

} // namespace passerelle
