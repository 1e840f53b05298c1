// SPDX-License-Identifier: GPL-3.0-or-later
// The offer catalogue parser (resources/offers/catalogue.json) over any file.
#include "FuzzTarget.h"
#include "core/offers/OfferCatalogue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    passerelle::fuzz::ensureApplication();
    passerelle::OfferCatalogue catalogue;
    QString error;
    const bool loaded =
        catalogue.loadJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
                           QStringLiteral("fuzz.json"), QStringLiteral(":/offers/icons"), &error);
    if (!loaded && error.isEmpty())
        abort(); // a refusal always says why
    return 0;
}
