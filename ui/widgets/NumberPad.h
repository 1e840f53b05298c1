// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace passerelle::ui {

/**
 * A large on-screen number pad for touch screens: 1 to 9, then "erase" and 0, each key at least
 * 64 px square (more with larger text) and 12 px apart. Laid out 1-2-3 from the left in every language,
 * as phone and payment keypads are. The keys are ordinary buttons (Tab and Space reach them); a
 * typed digit or Backspace on the pad does the same as a key.
 */
class NumberPad : public QWidget
{
    Q_OBJECT

public:
    /** @p prefix names the keys for tests and screen readers: "<prefix>Digit0", "<prefix>Erase". */
    explicit NumberPad(const QString &prefix, QWidget *parent = nullptr);

    QPushButton *digitKey(int digit) const { return m_digits.value(digit); }
    QPushButton *eraseKey() const { return m_erase; }
    /** Puts @p button in the free corner beside 0 (an "OK" key), sized like the others. */
    void setActionKey(QPushButton *button);
    /** The side of a key, in pixels, for the current font. */
    int keySide() const;
    /** Applies the key presses a keyboard brings (digits, Backspace); true when handled. */
    bool handleKey(int key);

signals:
    void digitPressed(int digit);
    void erasePressed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void sizeKeys();
    QGridLayout *m_grid;
    QList<QPushButton *> m_digits;
    QPushButton *m_erase;
    QPushButton *m_action = nullptr;
};

} // namespace passerelle::ui
