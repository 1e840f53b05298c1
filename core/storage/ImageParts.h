// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle::sync {

/**
 * One image of a session as declared in POST /api/v1/sessions ("parts"), before its bytes are
 * uploaded to /api/v1/sessions/{id}/parts/{part}. The declaration is part of the idempotent
 * payload: sending the same session with other parts is an idempotency conflict.
 */
struct PartDeclaration
{
    QString part;    ///< the part id in the URL: [a-z0-9_-], 1..40 characters (the capture code)
    QString kind;    ///< id_front, id_back, passport_page, selfie_with_id, proof_of_address
    qint64 size = 0; ///< bytes, at least 1
    QString sha256;  ///< lowercase hex, 64 characters

    bool operator==(const PartDeclaration &) const = default;
};

/** The image kinds a part may declare (the identity-plan capture codes). */
const QStringList &partKinds();

/** Whether @p part may be used as a part id in a URL. */
bool isValidPartId(const QString &part);

/** The declaration of @p bytes as part @p capture (its kind is the capture code). */
PartDeclaration declarePart(const QString &capture, const QByteArray &bytes);

} // namespace passerelle::sync
