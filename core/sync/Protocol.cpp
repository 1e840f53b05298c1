// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Protocol.h"

#include "core/util/CodeTable.h"
#include "core/util/Fail.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace passerelle::sync {

namespace protocol {

namespace {

constexpr auto kImagePolicies = codeTable<ImagePolicy>({
    {ImagePolicy::None, "none"},
    {ImagePolicy::Required, "required"},
});
static_assert(kImagePolicies.isWellFormed());

} // namespace

QString imagePolicyCode(ImagePolicy policy)
{
    return kImagePolicies.code(policy);
}

std::optional<ImagePolicy> imagePolicyFromCode(const QString &code)
{
    return kImagePolicies.fromCode(code);
}

} // namespace protocol

QJsonArray partsToJson(const QList<PartDeclaration> &parts)
{
    QJsonArray array;
    for (const auto &p : parts) {
        array.append(QJsonObject{{protocol::kPart, p.part},
                                 {protocol::kKind, p.kind},
                                 {protocol::kSize, p.size},
                                 {protocol::kSha256, p.sha256}});
    }
    return array;
}

std::optional<QList<PartDeclaration>> partsFromJson(const QJsonValue &value, qint64 maxPartBytes, QString *field,
                                                    QString *message)
{
    const auto invalid = [&](const QString &where, const QString &what) {
        *field = where;
        return fail(message, what, std::nullopt);
    };
    if (!value.isArray())
        return invalid(protocol::kParts, QStringLiteral("must be an array"));
    static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
    QList<PartDeclaration> parts;
    QSet<QString> seen, kinds;
    const QJsonArray array = value.toArray();
    if (array.size() > partKinds().size())
        return invalid(protocol::kParts, QStringLiteral("at most %1 parts").arg(partKinds().size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("parts[%1]").arg(i);
        if (!array.at(i).isObject())
            return invalid(at, QStringLiteral("must be an object"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key != protocol::kPart && key != protocol::kKind && key != protocol::kSize && key != protocol::kSha256)
                return invalid(at + QLatin1Char('.') + key, QStringLiteral("unknown field"));
        }
        PartDeclaration p;
        const QJsonValue part = object.value(protocol::kPart);
        if (!part.isString() || !isValidPartId(part.toString()))
            return invalid(at + QStringLiteral(".part"),
                           QStringLiteral("must be 1 to 40 characters among a-z 0-9 _ -"));
        p.part = part.toString();
        if (seen.contains(p.part))
            return invalid(at + QStringLiteral(".part"), QStringLiteral("declared twice"));
        seen.insert(p.part);
        const QJsonValue kind = object.value(protocol::kKind);
        if (!kind.isString() || !partKinds().contains(kind.toString()))
            return invalid(at + QStringLiteral(".kind"),
                           QStringLiteral("must be one of %1").arg(partKinds().join(QStringLiteral(", "))));
        p.kind = kind.toString();
        if (kinds.contains(p.kind))
            return invalid(at + QStringLiteral(".kind"), QStringLiteral("one part per kind"));
        kinds.insert(p.kind);
        const QJsonValue size = object.value(protocol::kSize);
        const double number = size.toDouble(-1);
        if (!size.isDouble() || number != double(qint64(number)) || number < 1 || number > double(maxPartBytes))
            return invalid(at + QStringLiteral(".size"),
                           QStringLiteral("must be a whole number of bytes from 1 to %1").arg(maxPartBytes));
        p.size = qint64(number);
        const QJsonValue sha = object.value(protocol::kSha256);
        if (!sha.isString() || !hexPattern.match(sha.toString()).hasMatch())
            return invalid(at + QStringLiteral(".sha256"), QStringLiteral("must be 64 lowercase hexadecimal digits"));
        p.sha256 = sha.toString();
        parts.append(p);
    }
    return parts;
}

} // namespace passerelle::sync
