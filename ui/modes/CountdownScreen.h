// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/** "Tu es toujours là ?": a big countdown before the session is wiped, and a button to stay. */
class CountdownScreen : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownScreen(QWidget *parent = nullptr);
    void setSecondsLeft(int seconds);
    QPushButton *stayButton() const { return m_stay; }

signals:
    void stayRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_text;
    QPushButton *m_stay;
    int m_seconds = 0;
};

} // namespace passerelle::ui
