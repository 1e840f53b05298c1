// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace passerelle {
class PinLock;
}

namespace passerelle::ui {

class MessageLine;
class NumberPad;

/**
 * Asks a PIN and checks it against a PinLock (rate-limited); accepted only on the right PIN. The
 * PIN is typed on a large number pad (touch screens) or with the keyboard, into the same field.
 */
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    PinDialog(PinLock &lock, const QString &title, const QString &prompt, QWidget *parent = nullptr);

    /** Checks what was typed; public so tests and the Enter key take the same path. */
    void submit();

private:
    PinLock &m_lock;
    QLabel *m_prompt;
    QLineEdit *m_pin;
    NumberPad *m_pad;
    MessageLine *m_message;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace passerelle::ui
