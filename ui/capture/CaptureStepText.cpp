// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureStepText.h"

#include "core/capture/CaptureVerdict.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

CaptureStepText::CaptureStepText(QWidget *parent)
    : QWidget(parent)
    , m_title(roleLabel(this, "captureStepTitle", "heading"))
    , m_prompt(roleLabel(this, "capturePrompt", "headline"))
    , m_notice(new MessageLine(this, "captureNotice"))
{
    m_prompt->hide();
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    retranslate();
}

void CaptureStepText::setStep(const Step &step)
{
    m_step = step;
    retranslate();
}

QString CaptureStepText::prompt() const
{
    // One prompt for the young person before the picture: turn the card, or how to hold it.
    if (!m_step.live)
        return {};
    if (m_step.capture == CaptureCode::IdBack)
        return flipCardMessage();
    if (m_step.capture == CaptureCode::SelfieWithId)
        return tr("Hold your document next to your face. Look at the camera. Then press Take the picture.");
    return {};
}

void CaptureStepText::setNotice(const QString &text, bool error)
{
    if (text.isEmpty())
        m_notice->hideMessage();
    else
        m_notice->showMessage(text, error ? MessageLine::Kind::Error : MessageLine::Kind::Information);
}

void CaptureStepText::setDemoNotice(bool demo)
{
    setNotice(demo ? tr("No camera found: this is a demo with a made-up card. To use a real document, import a photo "
                        "or a scan.")
                   : QString(),
              false);
}

QString CaptureStepText::purposeText(IdentityRoute route)
{
    switch (route) {
    case IdentityRoute::DemarcheNumerique:
        return tr("These pictures are the files you will send on Démarche Numérique.");
    case IdentityRoute::InAppCheck:
        return tr("We check that your document is readable and still valid; no picture is kept.");
    case IdentityRoute::EduConnect:
        return tr("No picture is needed: you confirm your identity with ÉduConnect.");
    case IdentityRoute::None:
        break;
    }
    return {};
}

void CaptureStepText::retranslate()
{
    m_title->setText(m_step.capture ? tr("Picture %1 of %2: %3")
                                          .arg(m_step.index + 1)
                                          .arg(m_step.count)
                                          .arg(captureDisplayName(*m_step.capture))
                                    : tr("All the pictures are done"));
    m_title->setAccessibleName(m_title->text());
    const QString text = prompt();
    m_prompt->setText(text);
    m_prompt->setAccessibleName(text);
    m_prompt->setVisible(!text.isEmpty());
}

void CaptureStepText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
