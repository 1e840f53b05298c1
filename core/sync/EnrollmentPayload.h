// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace passerelle::sync {

/** A server address and a one-time code, as typed or pasted in the settings. */
struct EnrollmentPayload
{
    QUrl server;
    QString code;

    /**
     * Reads the QR payload text printed by `passerelle-server enroll`
     * ("passerelle-enroll:v1?server=URL&code=CODE"); nothing when @p text is not one.
     */
    static std::optional<EnrollmentPayload> fromQrText(const QString &text);
    /** A code as pasted (spaces, lower case) in the server's form: "ABCD-EFGH-JKLM". */
    static QString normalizedCode(const QString &text);
};

} // namespace passerelle::sync
