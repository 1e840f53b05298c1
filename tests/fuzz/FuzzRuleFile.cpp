// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-file parser (resources/rules/*.json) over any file, then the rule book using it.
#include "FuzzTarget.h"
#include "core/eligibility/RuleBook.h"
#include "core/eligibility/RuleSet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    auto ruleSet =
        passerelle::RuleSet::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
                                      QStringLiteral("fuzz.json"), &error);
    if (!ruleSet) {
        if (error.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    passerelle::RuleBook book;
    if (!book.add(*ruleSet, &error))
        return 0;
    for (const QDate date : {QDate(2021, 5, 20), QDate(2025, 3, 1), QDate(2026, 12, 31), QDate(1900, 1, 1)}) {
        (void)book.inForce(date, QStringLiteral("metro"));
        (void)book.nextCovering(date, QStringLiteral("metro"));
        (void)book.anyInForce(date);
    }
    return 0;
}
