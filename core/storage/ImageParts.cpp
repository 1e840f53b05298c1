// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ImageParts.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace passerelle::sync {

const QStringList &partKinds()
{
    static const QStringList kinds{QStringLiteral("id_front"), QStringLiteral("id_back"),
                                   QStringLiteral("passport_page"), QStringLiteral("selfie_with_id"),
                                   QStringLiteral("proof_of_address")};
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
