// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class MessageLine;

/**
 * The end of the capture step: each picture of the plan, kept, skipped or not taken (in words). On
 * Démarche Numérique, the pictures are the files to send: saving them with one PDF to a folder (the
 * page asks which), then opening that folder; hidden where the mode allows no file dialog. The in-app
 * check keeps no picture: nothing to save.
 */
class CaptureDonePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureDonePanel(const SessionModel &model, QWidget *parent = nullptr);

    /** Model -> widgets; @p fileDialogs shows the Save button. */
    void refresh(bool fileDialogs);
    /** Says where the files went (@p written) or why they did not (@p error). */
    void showSaveResult(const QString &folder, const QStringList &written, const QString &error);
    void clearSaveResult();
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openFolderButton() const { return m_openFolder; }

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    const SessionModel &m_model;
    QLabel *m_list;
    QPushButton *m_save;
    QPushButton *m_openFolder;
    MessageLine *m_status;
    QString m_savedFolder;
    bool m_fileDialogs = true;
};

} // namespace passerelle::ui
