// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/DocumentKind.h"
#include "core/util/CaptureCode.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <optional>

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

/**
 * Where the capture step is in the identity plan: which picture is on screen, and how it was taken
 * (first time, again after a retake or a picture already kept, or imported from a file), which is the
 * outcome kept with it. Keeping or skipping a picture goes on to the next one.
 */
class CapturePlanCursor
{
public:
    explicit CapturePlanCursor(SessionModel &model);

    QList<CaptureCode> captures() const;
    /** The picture on screen; none once every picture of the plan is kept or skipped. */
    std::optional<CaptureCode> current() const;
    int index() const { return m_index; }
    /** Back on the step: the first picture neither kept nor skipped. */
    void restart();
    /** A picture comes on screen (again, when it was already kept once: a retake). */
    void begin();
    /** The picture on screen is taken again (Retake) or comes from a file. */
    void markRetaken();
    void markImported() { m_imported = true; }
    /** Keeps @p jpeg for the picture on screen, with how it was taken, and goes on to the next one. */
    void keep(const QByteArray &jpeg);
    /** Skips the picture on screen and goes on to the next one; false when every picture is done. */
    bool skip();

    bool isSelfie() const { return current() == CaptureCode::SelfieWithId; }
    /** The picture on screen is the back of the card. */
    bool isBack() const { return current() == CaptureCode::IdBack; }
    /** The kind of document of the picture on screen (a card when none). */
    DocumentKind kind() const;
    /** For the back: the front already kept (decoded in memory), else a null image. */
    QImage keptFront() const;

private:
    SessionModel &m_model;
    int m_index = 0;
    bool m_retaken = false;
    bool m_imported = false;
};

} // namespace passerelle::ui
