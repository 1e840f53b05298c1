// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace passerelle::ui {

/**
 * The one status or error line of a page, panel or dialog (after KeePassXC's MessageWidget). A
 * message has a kind, and the line owns everything the kind decides: the icon before the words
 * (colour never carries meaning alone), the colour (the theme styles the "message" property:
 * success green, information blue, warning amber, error red), and what a screen reader hears (the
 * accessible name is always the words shown, the description the kind). Hidden while it has
 * nothing to say. Owners call showMessage() and hideMessage(), never setText().
 */
class MessageLine : public QLabel
{
    Q_OBJECT

public:
    /** What the message is: red only for an error the user can fix, never for a person's situation. */
    enum class Kind { Information, Success, Warning, Error };

    /** @p idleName: the accessible name while no message shows ("Message", "Linking result"...). */
    MessageLine(QWidget *parent, const char *objectName, const QString &idleName = {});

    /** Shows @p text as a message of @p kind; the accessible name says the same words. */
    void showMessage(const QString &text, Kind kind);
    /** Sets the message without changing whether the line is shown (a field's standing status). */
    void setMessage(const QString &text, Kind kind);
    /** Hides the line; the accessible name goes back to the idle name. */
    void hideMessage();
    /** The accessible name while no message shows (call again after a language change). */
    void setIdleName(const QString &idleName);

    Kind kind() const { return m_kind; }
    /** The words of the message, without the icon; empty when there is none. */
    QString message() const { return m_message; }

    /** The sign shown before a message of @p kind. */
    static QString icon(Kind kind);
    /** The theme's name for @p kind ("information", "success", "warning", "error"). */
    static QString kindCode(Kind kind);
    /** @p kind in words, for screen readers (translated). */
    static QString kindName(Kind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();

    Kind m_kind = Kind::Information;
    QString m_message;
    QString m_idleName;
};

} // namespace passerelle::ui
