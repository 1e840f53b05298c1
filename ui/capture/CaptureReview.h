// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/** The picture just taken, straightened, with what failed (if anything) and Retake / Keep. */
class CaptureReview : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureReview(QWidget *parent = nullptr);

    /** Shows @p image; @p warning (translated) says which check failed, empty when none did. */
    void setPicture(const QImage &image, const QString &warning);
    QImage picture() const { return m_image; }
    QString warning() const { return m_warningText; }
    QPushButton *keepButton() const { return m_keep; }
    /** The button Enter presses: Keep, or Retake for a picture with a warning. */
    QPushButton *primaryButton() const { return m_warningText.isEmpty() ? m_keep : m_retake; }

signals:
    void retakeRequested();
    void keepRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showScaled();
    QImage m_image;
    QString m_warningText;
    QLabel *m_title;
    QLabel *m_picture;
    QLabel *m_warning;
    QPushButton *m_retake;
    QPushButton *m_keep;
};

} // namespace passerelle::ui
