// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Accessibility.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWidget>

namespace passerelle::ui {

void name(QWidget *widget, const char *objectName, const QString &accessibleName, const QString &accessibleDescription)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    if (!accessibleDescription.isEmpty())
        widget->setAccessibleDescription(accessibleDescription);
}

QLabel *roleLabel(QWidget *parent, const char *objectName, const char *role, Qt::Alignment alignment)
{
    return roleLabel(parent, QString::fromLatin1(objectName), role, alignment);
}

QLabel *roleLabel(QWidget *parent, const QString &objectName, const char *role, Qt::Alignment alignment)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    if (alignment)
        label->setAlignment(alignment);
    return label;
}

QVBoxLayout *scrollingPage(QWidget *page, QScrollArea *scroll, QWidget *content, const char *objectName)
{
    scroll->setObjectName(QString::fromLatin1(objectName));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return outer;
}

QString errorText(const QString &message)
{
    return message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message;
}

} // namespace passerelle::ui
