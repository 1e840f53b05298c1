// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/NumberPad.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>

namespace passerelle::ui {

namespace {
constexpr int kMinKeyPx = 64;
constexpr int kGapPx = 12;
} // namespace

NumberPad::NumberPad(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_erase(new QPushButton(this))
{
    setObjectName(prefix + QStringLiteral("Pad"));
    // Keypads read 1-2-3 from the left in Arabic too.
    setLayoutDirection(Qt::LeftToRight);
    setProperty("keepsLeftToRight", true);
    m_grid->setSpacing(kGapPx);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int digit = 0; digit <= 9; ++digit) {
        auto *key = new QPushButton(QString::number(digit), this);
        key->setObjectName(prefix + QStringLiteral("Digit%1").arg(digit));
        key->setAccessibleName(QString::number(digit));
        key->setProperty("role", QStringLiteral("padKey"));
        key->setAutoDefault(false);
        connect(key, &QPushButton::clicked, this, [this, digit] { emit digitPressed(digit); });
        m_digits << key;
        if (digit > 0)
            m_grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_grid->addWidget(m_erase, 3, 0);
    m_grid->addWidget(m_digits.first(), 3, 1);
    m_erase->setObjectName(prefix + QStringLiteral("Erase"));
    m_erase->setProperty("role", QStringLiteral("padKey"));
    m_erase->setAutoDefault(false);
    m_erase->setText(QStringLiteral("\u232B"));
    connect(m_erase, &QPushButton::clicked, this, &NumberPad::erasePressed);
    sizeKeys();
    retranslate();
}

void NumberPad::setActionKey(QPushButton *button)
{
    m_action = button;
    m_grid->addWidget(button, 3, 2);
    sizeKeys();
}

int NumberPad::keySide() const
{
    return std::max(kMinKeyPx, fontMetrics().height() + 28);
}

void NumberPad::sizeKeys()
{
    const int side = keySide();
    for (auto *key : std::as_const(m_digits))
        key->setMinimumSize(side, side);
    m_erase->setMinimumSize(side, side);
    if (m_action)
        m_action->setMinimumSize(side, side);
}

bool NumberPad::handleKey(int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        emit digitPressed(key - Qt::Key_0);
        return true;
    }
    if (key == Qt::Key_Backspace) {
        emit erasePressed();
        return true;
    }
    return false;
}

void NumberPad::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

void NumberPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeKeys();
    QWidget::changeEvent(event);
}

void NumberPad::retranslate()
{
    m_erase->setAccessibleName(tr("Erase the last digit"));
    setAccessibleName(tr("Number pad"));
}

} // namespace passerelle::ui
