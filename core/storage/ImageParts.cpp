// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ImageParts.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

QJsonArray partsToJson(const QList<PartDeclaration> &parts)
{
    QJsonArray array;
    for (const auto &p : parts) {
        array.append(QJsonObject{{QStringLiteral("part"), p.part},
                                 {QStringLiteral("kind"), p.kind},
                                 {QStringLiteral("size"), p.size},
                                 {QStringLiteral("sha256"), p.sha256}});
    }
    return array;
}

std::optional<QList<PartDeclaration>> partsFromJson(const QJsonValue &value, qint64 maxPartBytes, QString *field,
                                                    QString *message)
{
    const auto fail = [&](const QString &where, const QString &what) {
        *field = where;
        *message = what;
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(QStringLiteral("parts"), QStringLiteral("must be an array"));
    static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
    QList<PartDeclaration> parts;
    QSet<QString> seen, kinds;
    const QJsonArray array = value.toArray();
    if (array.size() > partKinds().size())
        return fail(QStringLiteral("parts"), QStringLiteral("at most %1 parts").arg(partKinds().size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("parts[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(at, QStringLiteral("must be an object"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key != QLatin1String("part") && key != QLatin1String("kind") && key != QLatin1String("size") &&
                key != QLatin1String("sha256"))
                return fail(at + QLatin1Char('.') + key, QStringLiteral("unknown field"));
        }
        PartDeclaration p;
        const QJsonValue part = object.value(QStringLiteral("part"));
        if (!part.isString() || !isValidPartId(part.toString()))
            return fail(at + QStringLiteral(".part"), QStringLiteral("must be 1 to 40 characters among a-z 0-9 _ -"));
        p.part = part.toString();
        if (seen.contains(p.part))
            return fail(at + QStringLiteral(".part"), QStringLiteral("declared twice"));
        seen.insert(p.part);
        const QJsonValue kind = object.value(QStringLiteral("kind"));
        if (!kind.isString() || !partKinds().contains(kind.toString()))
            return fail(at + QStringLiteral(".kind"),
                        QStringLiteral("must be one of %1").arg(partKinds().join(QStringLiteral(", "))));
        p.kind = kind.toString();
        if (kinds.contains(p.kind))
            return fail(at + QStringLiteral(".kind"), QStringLiteral("one part per kind"));
        kinds.insert(p.kind);
        const QJsonValue size = object.value(QStringLiteral("size"));
        const double number = size.toDouble(-1);
        if (!size.isDouble() || number != double(qint64(number)) || number < 1 || number > double(maxPartBytes))
            return fail(at + QStringLiteral(".size"),
                        QStringLiteral("must be a whole number of bytes from 1 to %1").arg(maxPartBytes));
        p.size = qint64(number);
        const QJsonValue sha = object.value(QStringLiteral("sha256"));
        if (!sha.isString() || !hexPattern.match(sha.toString()).hasMatch())
            return fail(at + QStringLiteral(".sha256"), QStringLiteral("must be 64 lowercase hexadecimal digits"));
        p.sha256 = sha.toString();
        parts.append(p);
    }
    return parts;
}

} // namespace passerelle::sync
