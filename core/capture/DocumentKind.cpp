// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/DocumentKind.h"

#include "core/util/CodeTable.h"

namespace passerelle {

namespace {
constexpr auto kKinds = codeTable<DocumentKind>({
    {DocumentKind::Id1, "id1"},
    {DocumentKind::Id3, "id3"},
    {DocumentKind::A4, "a4"},
});
static_assert(kKinds.isWellFormed());
} // namespace

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
    return kKinds.code(kind);
}

std::optional<DocumentKind> documentKindFromCode(const QString &code)
{
    return kKinds.fromCode(code);
}

QList<DocumentKind> allDocumentKinds()
{
    return kKinds.values();
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

std::optional<DocumentKind> documentKindForCapture(CaptureCode capture)
{
    switch (capture) {
    case CaptureCode::IdFront:
    case CaptureCode::IdBack:
        return DocumentKind::Id1;
    case CaptureCode::PassportPage:
        return DocumentKind::Id3;
    case CaptureCode::ProofOfAddress:
        return DocumentKind::A4;
    case CaptureCode::SelfieWithId:
        break;
    }
    return std::nullopt;
}

} // namespace passerelle
