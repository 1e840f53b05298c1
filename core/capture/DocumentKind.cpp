// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/DocumentKind.h"

namespace passerelle {

DocumentGeometry documentGeometry(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Id1:
        return {85.60, 53.98};
    case DocumentKind::Id3:
        return {125.0, 88.0};
    case DocumentKind::A4:
        return {297.0, 210.0};
    }
    return {};
}

QString documentKindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Id1:
        return QStringLiteral("id1");
    case DocumentKind::Id3:
        return QStringLiteral("id3");
    case DocumentKind::A4:
        return QStringLiteral("a4");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString &code)
{
    for (const DocumentKind kind : allDocumentKinds()) {
        if (documentKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QList<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::Id1, DocumentKind::Id3, DocumentKind::A4};
}

double minimumPixelsPerMm(DocumentKind kind)
{
    // A webcam cannot give an A4 page 130 dpi; 2 px/mm (about 50 dpi) keeps body text legible.
    switch (kind) {
    case DocumentKind::Id1:
        return 5.0;
    case DocumentKind::Id3:
        return 4.0;
    case DocumentKind::A4:
        return 2.0;
    }
    return 5.0;
}

std::optional<DocumentKind> documentKindForCapture(const QString &captureCode)
{
    if (captureCode == QLatin1String("id_front") || captureCode == QLatin1String("id_back"))
        return DocumentKind::Id1;
    if (captureCode == QLatin1String("passport_page"))
        return DocumentKind::Id3;
    if (captureCode == QLatin1String("proof_of_address"))
        return DocumentKind::A4;
    return std::nullopt;
}

} // namespace passerelle
