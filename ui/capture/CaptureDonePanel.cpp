// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureDonePanel.h"

#include "core/eligibility/IdentityRoute.h"
#include "core/session/CaptureOutcome.h"
#include "core/session/SessionModel.h"
#include "core/util/ListText.h"
#include "ui/capture/CaptureFiles.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace passerelle::ui {

CaptureDonePanel::CaptureDonePanel(const SessionModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_status(new MessageLine(this, "saveStatus"))
{
    setObjectName(QStringLiteral("captureDone"));
    m_list->setObjectName(QStringLiteral("captureDoneList"));
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_openFolder->hide();
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &CaptureDonePanel::chooseFolder);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFolder)); });
    refresh(true);
}

void CaptureDonePanel::refresh(bool fileDialogs)
{
    m_fileDialogs = fileDialogs;
    QStringList lines;
    const bool keeps = m_model.keepsPictures();
    for (const auto &code : m_model.identityPlan().captures) {
        const QString state = m_model.captureImages().contains(code) ? (keeps ? tr("kept") : tr("checked, not kept"))
                              : m_model.captureOutcome(code) == CaptureOutcome::Skipped ? tr("skipped")
                                                                                        : tr("not taken");
        lines << tr("• %1: %2").arg(captureDisplayName(code), state);
    }
    m_list->setText(lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(m_list->text());
    m_save->setText(tr("&Save the files..."));
    name(m_save, "saveFilesButton", tr("Save the pictures and one PDF in a folder"));
    m_save->setVisible(fileDialogs && keeps);
    m_save->setEnabled(!m_model.captureImages().isEmpty());
    m_openFolder->setText(tr("&Open the folder"));
    name(m_openFolder, "openFolderButton", tr("Open the folder where the files were saved"));
    m_openFolder->setVisible(fileDialogs && keeps && !m_savedFolder.isEmpty());
}

void CaptureDonePanel::chooseFolder()
{
    if (!modeRules(this).fileDialogs)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where to save the pictures"));
    if (!folder.isEmpty())
        saveTo(folder);
}

bool CaptureDonePanel::saveTo(const QString &folder)
{
    // Only the files to send (Démarche Numérique): the in-app check keeps no picture, so none is written.
    QList<CaptureFile> files;
    for (const CaptureCode capture : m_model.identityPlan().captures) {
        if (m_model.keepsPictures() && m_model.captureImages().contains(capture))
            files << CaptureFile{capture, m_model.captureImages().value(capture)};
    }
    QString error;
    const QStringList written = saveCaptureFiles(folder, files, &error);
    m_savedFolder = written.isEmpty() ? QString() : folder;
    m_openFolder->setVisible(!m_savedFolder.isEmpty());
    if (written.isEmpty())
        m_status->showMessage(error, MessageLine::Kind::Error);
    else
        m_status->showMessage(tr("Saved in %1: %2").arg(QDir::toNativeSeparators(folder), listText(written)),
                              MessageLine::Kind::Success);
    return !written.isEmpty();
}

void CaptureDonePanel::clearSaveResult()
{
    m_status->hideMessage();
    m_savedFolder.clear();
    m_openFolder->hide();
}

void CaptureDonePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(m_fileDialogs);
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
