// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/ModeHooks.h"

#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace passerelle::ui {

namespace {
const char *const kModeProperty = "passerelleMode";
}

void setWindowMode(QWidget *window, AppMode mode)
{
    window->setProperty(kModeProperty, appModeCode(mode));
}

AppMode windowMode(const QWidget *widget)
{
    const QWidget *window = widget ? widget->window() : nullptr;
    if (!window)
        return AppMode::Counselor;
    return appModeFromCode(window->property(kModeProperty).toString()).value_or(AppMode::Counselor);
}

ModeRules modeRules(const QWidget *widget)
{
    return ModeRules::forMode(windowMode(widget));
}

QEvent::Type BusyEvent::eventType()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

void reportBusy(QWidget *source, const QString &reason, bool busy)
{
    if (!source || !source->window())
        return;
    BusyEvent event(reason, busy);
    QCoreApplication::sendEvent(source->window(), &event);
}

} // namespace passerelle::ui
