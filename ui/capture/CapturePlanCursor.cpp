// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CapturePlanCursor.h"

#include "core/capture/DocumentKind.h"
#include "core/session/CaptureOutcome.h"
#include "core/session/SessionModel.h"

namespace passerelle::ui {

CapturePlanCursor::CapturePlanCursor(SessionModel &model)
    : m_model(model)
{}

QList<CaptureCode> CapturePlanCursor::captures() const
{
    return m_model.identityPlan().captures;
}

std::optional<CaptureCode> CapturePlanCursor::current() const
{
    const QList<CaptureCode> all = captures();
    if (m_index >= all.size())
        return std::nullopt;
    return all.at(m_index);
}

void CapturePlanCursor::restart()
{
    m_index = 0;
    const QList<CaptureCode> all = captures();
    while (m_index < all.size() && m_model.captureOutcomes().contains(all.at(m_index)))
        ++m_index;
}

void CapturePlanCursor::begin()
{
    const std::optional<CaptureCode> capture = current();
    m_retaken = capture && m_model.captureOutcomes().contains(*capture);
    m_imported = false;
}

void CapturePlanCursor::markRetaken()
{
    m_retaken = true;
    m_imported = false;
}

void CapturePlanCursor::keep(const QByteArray &jpeg)
{
    const std::optional<CaptureCode> capture = current();
    if (!capture)
        return;
    const CaptureOutcome outcome =
        m_imported ? CaptureOutcome::Imported : (m_retaken ? CaptureOutcome::Retaken : CaptureOutcome::Accepted);
    m_model.keepCapture(*capture, jpeg, outcome);
    ++m_index;
}

bool CapturePlanCursor::skip()
{
    const std::optional<CaptureCode> capture = current();
    if (!capture)
        return false;
    m_model.skipCapture(*capture);
    ++m_index;
    return true;
}

DocumentKind CapturePlanCursor::kind() const
{
    const std::optional<CaptureCode> capture = current();
    return (capture ? documentKindForCapture(*capture) : std::nullopt).value_or(DocumentKind::Id1);
}

QImage CapturePlanCursor::keptFront() const
{
    if (!isBack())
        return {};
    // Decoded in memory from the session model, never written anywhere.
    return QImage::fromData(m_model.captureImages().value(CaptureCode::IdFront), "JPEG");
}

} // namespace passerelle::ui
