// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace passerelle::sync {
class SyncService;
}

namespace passerelle::ui {

class MessageLine;

/**
 * Links this computer to the Mission Locale's server, in the counselor's settings: the server
 * address and the one-time code (typed, or the whole QR text pasted in either field). Errors are
 * said under the fields, in plain words.
 */
class EnrollmentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit EnrollmentPanel(sync::SyncService &service, QWidget *parent = nullptr);

public slots:
    /** Sends the address and the code to the server (the answer comes back asynchronously). */
    void enroll();

private:
    void fillFromQrText(const QString &text);
    void updateState();

    sync::SyncService &m_service;
    QLabel *m_state;
    QLineEdit *m_server;
    QLineEdit *m_code;
    QPushButton *m_enroll;
    MessageLine *m_message;
};

} // namespace passerelle::ui
