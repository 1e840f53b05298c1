// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/IdentityRoute.h"
#include "core/util/CaptureCode.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace passerelle::ui {

class MessageLine;

/**
 * What the capture step says above the picture: which picture this is ("captureStepTitle"), what to do
 * before taking it ("capturePrompt": turn the card, hold it next to your face; hidden when nothing), and a
 * notice ("captureNotice": the demo's made-up card, a camera that failed, a file that could not be read),
 * which the page places itself (notice(): under its buttons, so that the picture and the shutter come
 * first). Also says, in one sentence, why the pictures are taken on each route (purposeText()).
 */
class CaptureStepText : public QWidget
{
    Q_OBJECT

public:
    /** The picture on screen: @p index of @p count, none once every picture is done; @p live before it is taken. */
    struct Step
    {
        std::optional<CaptureCode> capture;
        int index = 0;
        int count = 0;
        bool live = true;
    };

    explicit CaptureStepText(QWidget *parent = nullptr);

    void setStep(const Step &step);
    /** What to do before the picture on screen; empty when nothing. */
    QString prompt() const;
    /** The notice's line, for the page to place in its layout. */
    MessageLine *notice() const { return m_notice; }
    /** Shows @p text (an error, or information); empty hides the notice. */
    void setNotice(const QString &text, bool error);
    /** Says that the picture is the demo's made-up card (no camera), or hides the notice. */
    void setDemoNotice(bool demo);
    /** Why the pictures are taken, in one sentence, for the identity plan's @p route. */
    static QString purposeText(IdentityRoute route);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Step m_step;
    QLabel *m_title;
    QLabel *m_prompt;
    MessageLine *m_notice;
};

} // namespace passerelle::ui
