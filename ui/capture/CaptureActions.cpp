// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureActions.h"

#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace passerelle::ui {

CaptureActions::CaptureActions(QWidget *parent)
    : QWidget(parent)
    , m_shutter(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_cameras(new QComboBox(this))
    , m_buttons(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_cameras->hide();
    // The page's one primary action, big (Theme); import and skip are the outlined secondary ones.
    m_shutter->setProperty("role", QStringLiteral("primary"));
    m_shutter->setProperty("big", true);
    // The shutter, then the secondary actions: on one row, or on two when the text is large (arrange()).
    auto *secondary = new QHBoxLayout;
    secondary->addWidget(m_import);
    secondary->addWidget(m_skip);
    secondary->addStretch();
    secondary->addWidget(m_cameras);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_shutter, 0, Qt::AlignLeading);
    m_buttons->addLayout(secondary, 1);
    setTabOrder(m_shutter, m_import);
    setTabOrder(m_import, m_skip);
    setTabOrder(m_skip, m_cameras);
    connect(m_shutter, &QPushButton::clicked, this, &CaptureActions::shutterClicked);
    connect(m_import, &QPushButton::clicked, this, &CaptureActions::chooseFile);
    connect(m_skip, &QPushButton::clicked, this, &CaptureActions::skipClicked);
    retranslate();
}

void CaptureActions::setShown(bool shutter, bool import, bool skip)
{
    m_shutter->setVisible(shutter);
    m_import->setVisible(import);
    m_skip->setVisible(skip);
    arrange();
}

void CaptureActions::chooseFile()
{
    if (!modeRules(this).fileDialogs)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a photo or a scan"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        emit fileChosen(path);
}

void CaptureActions::arrange()
{
    // One row while it fits in the page's 720 px; at 200 % the three buttons do not.
    const int row = m_shutter->sizeHint().width() + m_import->sizeHint().width() + m_skip->sizeHint().width() + 32;
    m_buttons->setDirection(row <= 720 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CaptureActions::retranslate()
{
    m_shutter->setText(tr("&Take the picture"));
    m_import->setText(tr("&Import a file..."));
    m_skip->setText(tr("&Skip this picture"));
    name(m_shutter, "shutterButton", tr("Take the picture now"));
    name(m_import, "importButton", tr("Import a photo or a scan from a file"));
    name(m_skip, "skipButton", tr("Skip this picture"));
    name(m_cameras, "cameraChoice", tr("Camera"));
    arrange();
}

void CaptureActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
