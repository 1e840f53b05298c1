// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/PinDialog.h"

#include "core/modes/PinLock.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/NumberPad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace passerelle::ui {

PinDialog::PinDialog(PinLock &lock, const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_lock(lock)
    , m_prompt(new QLabel(prompt, this))
    , m_pin(new QLineEdit(this))
    , m_pad(new NumberPad(QStringLiteral("pin"), this))
    , m_message(new MessageLine(this, "pinMessage"))
    , m_ok(new QPushButton(tr("&Unlock"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(title);
    setModal(true);
    m_prompt->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("pinPrompt"));
    m_prompt->setBuddy(m_pin);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    name(m_pin, "pinEdit", tr("PIN"), prompt);
    m_pin->setMinimumHeight(48);
    name(m_ok, "pinOkButton", tr("Unlock"));
    name(m_cancel, "pinCancelButton", tr("Cancel"));
    m_ok->setDefault(true);
    // Touch first: the same number pad as the kiosk's dates, keys and buttons of 48 px and more.
    for (auto *button : {m_ok, m_cancel}) {
        button->setMinimumHeight(56);
        button->setProperty("role", button == m_ok ? QStringLiteral("primary") : QStringLiteral("secondary"));
    }
    connect(m_pad, &NumberPad::digitPressed, this, [this](int digit) {
        m_pin->insert(QString::number(digit));
        m_pin->setFocus();
    });
    connect(m_pad, &NumberPad::erasePressed, this, [this] {
        m_pin->backspace();
        m_pin->setFocus();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    // The pad beside the field and the messages: the dialog fits a landscape screen at 200 % text.
    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_prompt);
    column->addWidget(m_pin);
    column->addWidget(m_message);
    column->addStretch();
    column->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(24);
    layout->addLayout(column, 1);
    layout->addWidget(m_pad, 0, Qt::AlignTop);
    // Wide enough for the messages to wrap on a few lines, at any text size (the width follows
    // the font), rather than in a thin column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    connect(m_ok, &QPushButton::clicked, this, &PinDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_pin->setFocus();
}

void PinDialog::submit()
{
    QString message;
    switch (m_lock.tryPin(m_pin->text())) {
    case PinLock::Result::Accepted:
        m_pin->clear();
        accept();
        return;
    case PinLock::Result::NotSet:
        message = tr("No PIN is set on this computer. An administrator sets it with: passerelle --set-admin-pin");
        break;
    case PinLock::Result::Wrong:
        message = m_lock.secondsUntilNextTry() > 0
                      ? tr("Wrong PIN. Wait %n seconds before trying again.", nullptr, m_lock.secondsUntilNextTry())
                      : tr("Wrong PIN.");
        break;
    case PinLock::Result::TooSoon:
        message =
            tr("Too many wrong PINs. Wait %n seconds before trying again.", nullptr, m_lock.secondsUntilNextTry());
        break;
    }
    m_pin->clear();
    m_message->showMessage(message, MessageLine::Kind::Error);
    // A top-level dialog does not grow by itself for a wrapped label's height: make room for every
    // line of the message at the current width, so it is never cut.
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); height() < needed)
        resize(width(), needed);
    m_pin->setFocus();
}

} // namespace passerelle::ui
