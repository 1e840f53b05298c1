// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CaptureCode.h"

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

/** The physical documents the capture station photographs. */
enum class DocumentKind {
    Id1, ///< ID-1 card (CNI, titre de séjour): 85.60 x 53.98 mm
    Id3, ///< passport data page (ID-3): 125 x 88 mm
    A4,  ///< A4 page (proof of address): 297 x 210 mm, held landscape or portrait
};

/** Size of a document kind, long side first. */
struct DocumentGeometry
{
    double longMm = 0;
    double shortMm = 0;
    double aspect() const { return longMm / shortMm; } ///< long side over short side (>= 1)
};

DocumentGeometry documentGeometry(DocumentKind kind);
/** "id1", "id3" or "a4". */
QString documentKindCode(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(const QString &code);
QList<DocumentKind> allDocumentKinds();
/** The fewest pixels per millimetre that keep the document readable (about 130 dpi for cards). */
double minimumPixelsPerMm(DocumentKind kind);
/** The document kind photographed for an identity-plan capture; null for the selfie (the whole picture). */
std::optional<DocumentKind> documentKindForCapture(CaptureCode capture);

} // namespace passerelle
