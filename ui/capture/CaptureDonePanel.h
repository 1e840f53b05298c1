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
 * Démarche Numérique, the pictures are the files to send: saving them with one PDF to a folder (a
 * folder dialog asks which), then opening that folder; hidden where the mode allows no file dialog.
 * The in-app check keeps no picture: nothing to save.
 */
class CaptureDonePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureDonePanel(const SessionModel &model, QWidget *parent = nullptr);

    /** Model -> widgets; @p fileDialogs shows the Save button. */
    void refresh(bool fileDialogs);
    /** Writes the kept pictures and one PDF to @p folder (the Save button asks which) and says where they
        went or why they did not; false when nothing was written. */
    bool saveTo(const QString &folder);
    void clearSaveResult();
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openFolderButton() const { return m_openFolder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFolder();
    const SessionModel &m_model;
    QLabel *m_list;
    QPushButton *m_save;
    QPushButton *m_openFolder;
    MessageLine *m_status;
    QString m_savedFolder;
    bool m_fileDialogs = true;
};

} // namespace passerelle::ui
