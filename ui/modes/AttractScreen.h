// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/**
 * The kiosk between two people: the language first, as three big buttons with their own names
 * (Français, English, العربية) so nobody has to read French to change it; an invitation; a big
 * "Start" button; the kiosk's true privacy line; a small admin button.
 */
class AttractScreen : public QWidget
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);
    QPushButton *startButton() const { return m_start; }
    QPushButton *languageButton(const QString &language) const;
    /** Shows @p language as the chosen one. */
    void showLanguage(const QString &language);
    /** Whether the owner turned the anonymous counts on: the privacy line says what is counted. */
    void setAnonymousCounts(bool counted);
    /** The kiosk's privacy line: nothing kept, or what the anonymous counters count. */
    static QString privacyText(bool anonymousCounts);

signals:
    void startRequested();
    void adminRequested();
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<QPushButton *> m_languages;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_start;
    QLabel *m_privacy;
    QPushButton *m_admin;
    bool m_counted = false;
};

} // namespace passerelle::ui
