// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/** "I'm done" asks once: "Erase everything and leave the kiosk?", yes (erase) or no (go on). */
class LeaveScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LeaveScreen(QWidget *parent = nullptr);
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void confirmed();
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace passerelle::ui
