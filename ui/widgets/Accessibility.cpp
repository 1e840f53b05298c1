// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Accessibility.h"

#include <QWidget>

namespace passerelle::ui {

void name(QWidget *widget, const char *objectName, const QString &accessibleName, const QString &accessibleDescription)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    if (!accessibleDescription.isEmpty())
        widget->setAccessibleDescription(accessibleDescription);
}

QString errorText(const QString &message)
{
    return message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message;
}

} // namespace passerelle::ui
