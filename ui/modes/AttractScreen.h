// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/** The kiosk between two people: an invitation, a big "Start" button, a small admin button. */
class AttractScreen : public QWidget
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);
    QPushButton *startButton() const { return m_start; }

signals:
    void startRequested();
    void adminRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_start;
    QPushButton *m_admin;
};

} // namespace passerelle::ui
