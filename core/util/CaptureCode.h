// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace passerelle {

/**
 * One picture an identity plan asks for. Here in util, below both areas that name it: the identity
 * routes (core/eligibility) choose the pictures and the capture (core/capture, which includes util
 * only) photographs them; the session, storage, sync and ui above read them.
 *
 * The codes are stored and sent (records' JSON, the captures column, image rows and their
 * encryption labels, the sync's part ids, saved file names): never rename one.
 */
enum class CaptureCode {
    IdFront,        ///< "id_front": front of an ID-1 card
    IdBack,         ///< "id_back": back of an ID-1 card
    PassportPage,   ///< "passport_page": the passport's photo page
    SelfieWithId,   ///< "selfie_with_id": the young person holding the document
    ProofOfAddress, ///< "proof_of_address": a bill or a certificate, A4
};

/** "id_front", "id_back", "passport_page", "selfie_with_id", "proof_of_address". */
QString captureCodeString(CaptureCode code);
/** The capture spelled @p text exactly; null for any other text. */
std::optional<CaptureCode> captureCodeFromString(QStringView text);
/** Every capture, in the table's order. */
QList<CaptureCode> allCaptureCodes();

} // namespace passerelle
