// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ImageParts.h"

#include "core/util/CaptureCode.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace passerelle::sync {

const QStringList &partKinds()
{
    static const QStringList kinds = [] {
        QStringList codes;
        for (const CaptureCode capture : allCaptureCodes())
            codes << captureCodeString(capture);
        return codes;
    }();
    return kinds;
}

bool isValidPartId(const QString &part)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    return pattern.match(part).hasMatch();
}

PartDeclaration declarePart(const QString &capture, const QByteArray &bytes)
{
    return {capture, capture, bytes.size(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

} // namespace passerelle::sync
