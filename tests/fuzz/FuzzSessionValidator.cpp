// SPDX-License-Identifier: GPL-3.0-or-later
// The server's record validator over any body a client could POST.
#include "FuzzTarget.h"
#include "core/sync/RecordValidator.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    passerelle::sync::RecordError error;
    const auto record = passerelle::sync::validateRecord(document.object(), &error);
    if (record) {
        // What was accepted round-trips, and its minimised form is a JSON object again.
        const QJsonObject json = record->toJson();
        if (!passerelle::sync::validateRecord(json, &error))
            abort();
        (void)passerelle::sync::minimisedRecord(json);
    } else if (error.field.isEmpty() && error.message.isEmpty()) {
        abort(); // a refusal always says why
    }
    return 0;
}
