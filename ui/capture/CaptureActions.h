// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QPushButton;

namespace passerelle::ui {

/**
 * The capture step's actions, under the picture: the shutter ("shutterButton", big, the page's one primary
 * action), then import ("importButton") and skip ("skipButton"), outlined, and the camera choice
 * ("cameraChoice", hidden until CaptureSourceControl has several cameras to offer). On one row while they
 * fit in the page's 720 px; on two when the text is large.
 */
class CaptureActions : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureActions(QWidget *parent = nullptr);

    QPushButton *shutter() const { return m_shutter; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *skipButton() const { return m_skip; }
    QComboBox *cameras() const { return m_cameras; }
    /** Which actions show: the shutter while the camera is live, import and skip when they apply. */
    void setShown(bool shutter, bool import, bool skip);

signals:
    void shutterClicked();
    /** A picture file to import, chosen in the file dialog that Import opens (never where the mode allows none). */
    void fileChosen(const QString &path);
    void skipClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** One row or two, for the buttons' widths in the current font and language. */
    void arrange();
    void chooseFile();
    QPushButton *m_shutter;
    QPushButton *m_import;
    QPushButton *m_skip;
    QComboBox *m_cameras;
    QBoxLayout *m_buttons;
};

} // namespace passerelle::ui
