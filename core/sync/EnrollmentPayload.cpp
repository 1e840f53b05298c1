// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/EnrollmentPayload.h"

#include <QUrlQuery>

namespace passerelle::sync {

std::optional<EnrollmentPayload> EnrollmentPayload::fromQrText(const QString &text)
{
    static const QString prefix = QStringLiteral("passerelle-enroll:v1?");
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(prefix))
        return std::nullopt;
    const QUrlQuery query(trimmed.mid(prefix.size()));
    EnrollmentPayload payload{QUrl(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded)),
                              normalizedCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded))};
    if (!payload.server.isValid() || payload.server.host().isEmpty() || payload.code.isEmpty())
        return std::nullopt;
    return payload;
}

QString EnrollmentPayload::normalizedCode(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            code += c.toUpper();
    }
    // Grouped by four as the server prints it; a code of another length is sent as typed.
    if (code.size() != 12)
        return text.trimmed();
    return code.left(4) + QLatin1Char('-') + code.mid(4, 4) + QLatin1Char('-') + code.mid(8);
}

} // namespace passerelle::sync
