// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureDonePanel.h"

#include "core/eligibility/IdentityRoute.h"
#include "core/session/CaptureOutcome.h"
#include "core/session/SessionModel.h"
#include "core/util/ListText.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

CaptureDonePanel::CaptureDonePanel(const SessionModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_status(new MessageLine(this, "saveStatus"))
{
    setObjectName(QStringLiteral("captureDone"));
    m_list->setObjectName(QStringLiteral("captureDoneList"));
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &CaptureDonePanel::saveRequested);
    refresh(true);
}

void CaptureDonePanel::refresh(bool fileDialogs)
{
    m_fileDialogs = fileDialogs;
    QStringList lines;
    for (const auto &code : m_model.identityPlan().captures) {
        const QString state = m_model.captureImages().contains(code)                    ? tr("kept")
                              : m_model.captureOutcome(code) == CaptureOutcome::Skipped ? tr("skipped")
                                                                                        : tr("not taken");
        lines << tr("• %1: %2").arg(captureDisplayName(code), state);
    }
    m_list->setText(lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(m_list->text());
    m_save->setText(tr("&Save the files..."));
    name(m_save, "saveFilesButton", tr("Save the pictures and one PDF in a folder"));
    m_save->setVisible(fileDialogs);
    m_save->setEnabled(!m_model.captureImages().isEmpty());
}

void CaptureDonePanel::showSaveResult(const QString &folder, const QStringList &written, const QString &error)
{
    if (written.isEmpty())
        m_status->showMessage(error, MessageLine::Kind::Error);
    else
        m_status->showMessage(tr("Saved in %1: %2").arg(QDir::toNativeSeparators(folder), listText(written)),
                              MessageLine::Kind::Success);
}

void CaptureDonePanel::clearSaveResult()
{
    m_status->hideMessage();
}

void CaptureDonePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(m_fileDialogs);
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
