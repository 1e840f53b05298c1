// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/MessageLine.h"

#include "core/util/CodeTable.h"

#include <QEvent>
#include <QStyle>

namespace passerelle::ui {

namespace {
constexpr auto kKinds = codeTable<MessageLine::Kind>({
    {MessageLine::Kind::Information, "information"},
    {MessageLine::Kind::Success, "success"},
    {MessageLine::Kind::Warning, "warning"},
    {MessageLine::Kind::Error, "error"},
});
static_assert(kKinds.isWellFormed());
} // namespace

MessageLine::MessageLine(QWidget *parent, const char *objectName, const QString &idleName)
    : QLabel(parent)
    , m_idleName(idleName)
{
    setObjectName(QString::fromLatin1(objectName));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setProperty("message", kindCode(m_kind));
    hide();
    updateAccessibility();
}

void MessageLine::showMessage(const QString &text, Kind kind)
{
    setMessage(text, kind);
    show();
}

void MessageLine::setMessage(const QString &text, Kind kind)
{
    m_message = text;
    setText(text.isEmpty() ? QString() : icon(kind) + QLatin1Char(' ') + text);
    if (kind != m_kind || property("message").toString() != kindCode(kind)) {
        m_kind = kind;
        setProperty("message", kindCode(kind));
        // The style sheet selects on the property: polish again so the colour follows the kind.
        style()->unpolish(this);
        style()->polish(this);
    }
    updateAccessibility();
}

void MessageLine::hideMessage()
{
    m_message.clear();
    clear();
    hide();
    updateAccessibility();
}

void MessageLine::setIdleName(const QString &idleName)
{
    m_idleName = idleName;
    updateAccessibility();
}

QString MessageLine::icon(Kind kind)
{
    switch (kind) {
    case Kind::Information:
        return QStringLiteral("ℹ");
    case Kind::Success:
        return QStringLiteral("✓");
    case Kind::Warning:
    case Kind::Error:
        break;
    }
    return QStringLiteral("⚠");
}

QString MessageLine::kindCode(Kind kind)
{
    return kKinds.code(kind);
}

QString MessageLine::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Information:
        return tr("Information");
    case Kind::Success:
        return tr("Done");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Error:
        break;
    }
    return tr("Error");
}

void MessageLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    QLabel::changeEvent(event);
}

void MessageLine::updateAccessibility()
{
    // The words shown, without the sign (a screen reader says the kind from the description).
    setAccessibleName(m_message.isEmpty() ? m_idleName : m_message);
    setAccessibleDescription(m_message.isEmpty() ? QString() : kindName(m_kind));
}

} // namespace passerelle::ui
