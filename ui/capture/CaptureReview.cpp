// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureReview.h"

#include "ui/widgets/Accessibility.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

CaptureReview::CaptureReview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_picture(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_retake(new QPushButton(this))
    , m_keep(new QPushButton(this))
{
    setObjectName(QStringLiteral("captureReview"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_picture->setObjectName(QStringLiteral("reviewPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(320, 180);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_warning->setObjectName(QStringLiteral("reviewWarning"));
    m_warning->setProperty("role", QStringLiteral("error"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_retake->setProperty("role", QStringLiteral("big"));
    m_keep->setProperty("role", QStringLiteral("big"));
    m_keep->setDefault(true);
    connect(m_retake, &QPushButton::clicked, this, &CaptureReview::retakeRequested);
    connect(m_keep, &QPushButton::clicked, this, &CaptureReview::keepRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retake);
    buttons->addWidget(m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    setTabOrder(m_retake, m_keep);
    retranslate();
}

void CaptureReview::setPicture(const QImage &image, const QString &warning)
{
    m_image = image;
    m_warningText = warning;
    m_warning->setText(errorText(warning.isEmpty() ? QString() : tr("Check this picture: %1").arg(warning)));
    m_warning->setAccessibleName(m_warning->text());
    m_warning->setVisible(!warning.isEmpty());
    showScaled();
    // A picture with a problem: Retake is the safer default for Enter.
    m_keep->setDefault(warning.isEmpty());
    m_retake->setDefault(!warning.isEmpty());
    (warning.isEmpty() ? m_keep : m_retake)->setFocus();
}

void CaptureReview::showScaled()
{
    if (m_image.isNull()) {
        m_picture->clear();
        return;
    }
    m_picture->setPixmap(QPixmap::fromImage(
        m_image.scaled(m_picture->size().expandedTo({320, 180}), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CaptureReview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showScaled();
}

void CaptureReview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptureReview::retranslate()
{
    m_title->setText(tr("Is the picture sharp and complete?"));
    name(m_picture, "reviewPicture", tr("The picture, straightened"));
    name(m_retake, "retakeButton", tr("Take the picture again"));
    name(m_keep, "keepButton", tr("Keep this picture"));
    m_retake->setText(tr("&Retake"));
    m_keep->setText(tr("&Keep"));
}

} // namespace passerelle::ui
