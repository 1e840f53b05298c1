// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"

#include <QEvent>
#include <QString>

class QWidget;

namespace passerelle::ui {

/** Marks the top-level @p window as running in @p mode (read back by modeRules()). */
void setWindowMode(QWidget *window, AppMode mode);
/** The mode of the window @p widget is in; Counselor for an unmarked window. */
AppMode windowMode(const QWidget *widget);
/** What the mode of @p widget's window allows: a page asks before offering a file dialog. */
ModeRules modeRules(const QWidget *widget);

/**
 * Tells the kiosk's idle timer that @p source is busy for @p reason (the capture page sees a
 * document): the timer pauses until the same reason is reported not busy. Call it from any page;
 * outside a kiosk nothing happens.
 */
void reportBusy(QWidget *source, const QString &reason, bool busy);

/** The event reportBusy() sends to the top-level window. */
class BusyEvent : public QEvent
{
public:
    BusyEvent(QString reason, bool busy)
        : QEvent(eventType())
        , m_reason(std::move(reason))
        , m_busy(busy)
    {}
    static QEvent::Type eventType();
    QString reason() const { return m_reason; }
    bool busy() const { return m_busy; }

private:
    QString m_reason;
    bool m_busy;
};

} // namespace passerelle::ui
