// SPDX-License-Identifier: GPL-3.0-or-later
// The server's HTTP front (server/HttpFront: checkRequestHead) over any request head.
#include "FuzzTarget.h"
#include "server/HttpFront.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using passerelle::server::HeadVerdict;
    passerelle::server::FrontLimits limits;
    limits.maxHeadBytes = 4096;
    const QByteArrayView head(reinterpret_cast<const char *>(data), qsizetype(size));
    const HeadVerdict verdict = passerelle::server::checkRequestHead(head, limits);
    if (verdict.kind == HeadVerdict::Kind::Accept) {
        // Accepted: one unambiguous length within the limit, and a head of bounded size.
        if (verdict.bodyLength < 0 || verdict.bodyLength > limits.maxChunkBytes || head.size() > limits.maxHeadBytes)
            abort();
    } else if (verdict.message.isEmpty()) {
        abort(); // a refusal always says why
    }
    return 0;
}
