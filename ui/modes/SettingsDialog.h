// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace passerelle::ui {

class MessageLine;

/**
 * The counselor's settings: name, Mission Locale site and contact (shown on summaries), the QR
 * code's link (summary and kiosk), theme, text size, and the PIN that locks the window while away.
 * Saved to QSettings on OK.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p settings: where to read and write (the app's QSettings in the app). */
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    /** Adds @p section (e.g. the server enrollment) above the buttons; it acts on its own. */
    void addSection(QWidget *section);

    /** Saves and applies; false with the reason shown when the link or the new PIN is refused. */
    bool save();

private:
    /** The link typed, the pass Culture site when empty; nothing (with @p why) when refused. */
    std::optional<QUrl> checkedLink(QString *why) const;
    /** Shows or hides the link's error under its field; true when the link is accepted. */
    bool checkLink();
    QSettings &m_settings;
    QLineEdit *m_name;
    QLineEdit *m_site;
    QLineEdit *m_contact;
    QLineEdit *m_link;
    MessageLine *m_linkError;
    QComboBox *m_theme;
    QComboBox *m_scale;
    QLineEdit *m_pin;
    QPushButton *m_removePin;
    QLabel *m_pinState;
    MessageLine *m_error;
};

} // namespace passerelle::ui
