// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskChoices.h"

#include "ui/widgets/FlowLayout.h"

#include <QButtonGroup>
#include <QPushButton>

namespace passerelle::ui {

namespace {
constexpr int kMinChoicePx = 64;
constexpr int kGapPx = 12;
} // namespace

KioskChoices::KioskChoices(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    new FlowLayout(this, kGapPx);
    layout()->setContentsMargins(0, 0, 0, 0);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        showState();
        emit chosen(m_values.value(id));
    });
}

QPushButton *KioskChoices::addChoice(const QString &objectName, const QVariant &value)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoDefault(false);
    button->setProperty("role", QStringLiteral("choice"));
    button->setMinimumHeight(kMinChoicePx);
    m_group->addButton(button, static_cast<int>(m_buttons.size()));
    m_buttons << button;
    m_values << value;
    m_labels << QString();
    layout()->addWidget(button);
    return button;
}

void KioskChoices::setLabel(const QVariant &value, const QString &label)
{
    const auto index = m_values.indexOf(value);
    if (index < 0)
        return;
    m_labels[index] = label;
    m_buttons[index]->setAccessibleName(label);
    showState();
}

QVariant KioskChoices::value() const
{
    const int id = m_group->checkedId();
    return id < 0 ? QVariant() : m_values.value(id);
}

void KioskChoices::showState()
{
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        auto *button = m_buttons[i];
        // The tick says "chosen" to those who cannot tell the colours apart.
        button->setText(button->isChecked() ? QStringLiteral("\u2714 ") + m_labels[i] : m_labels[i]);
        // Wide enough for a finger and for short words ("Oui") not to look like a key.
        button->setMinimumWidth(std::max(
            kMinChoicePx * 3, button->fontMetrics().horizontalAdvance(QStringLiteral("\u2714 ") + m_labels[i]) + 48));
    }
}

} // namespace passerelle::ui
