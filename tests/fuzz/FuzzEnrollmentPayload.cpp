// SPDX-License-Identifier: GPL-3.0-or-later
// The enrollment QR payload ("passerelle-enroll:v1?server=...&code=...") over any scanned text.
#include "FuzzTarget.h"
#include "core/sync/EnrollmentPayload.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto payload = passerelle::sync::EnrollmentPayload::fromQrText(text);
    if (payload && (payload->code.isEmpty() || payload->server.host().isEmpty()))
        abort(); // accepted means usable
    (void)passerelle::sync::EnrollmentPayload::normalizedCode(text);
    return 0;
}
