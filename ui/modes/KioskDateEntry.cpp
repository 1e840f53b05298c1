// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskDateEntry.h"

#include "ui/widgets/NumberPad.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
constexpr int kLengths[] = {2, 2, 4};
}

KioskDateEntry::KioskDateEntry(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_pad(new NumberPad(prefix, this))
{
    setObjectName(prefix + QStringLiteral("Entry"));
    // The fields in a column beside the pad: the whole date fits a landscape screen at 200 % text.
    auto *fieldsColumn = new QVBoxLayout;
    fieldsColumn->setSpacing(12);
    const QStringList suffixes{QStringLiteral("Day"), QStringLiteral("Month"), QStringLiteral("Year")};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(prefix + suffixes[i]);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("role", QStringLiteral("dateField"));
        button->setMinimumHeight(64);
        m_group->addButton(button, i);
        m_buttons << button;
        fieldsColumn->addWidget(button);
    }
    fieldsColumn->addStretch();
    // Day, month, year read in that order in every language, the year widest.
    connect(m_group, &QButtonGroup::idClicked, this, &KioskDateEntry::setActiveField);
    connect(m_pad, &NumberPad::digitPressed, this, &KioskDateEntry::type);
    connect(m_pad, &NumberPad::erasePressed, this, &KioskDateEntry::erase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(32);
    layout->addLayout(fieldsColumn, 1);
    layout->addWidget(m_pad, 0, Qt::AlignTop);
    layout->addStretch(1);
    setActiveField(0);
}

QPushButton *KioskDateEntry::field(int index) const
{
    return m_buttons.value(index);
}

void KioskDateEntry::clear()
{
    m_fields = {};
    setActiveField(0);
}

bool KioskDateEntry::isWhole() const
{
    return !m_fields.day.isEmpty() && !m_fields.month.isEmpty() && m_fields.year.size() == 4;
}

void KioskDateEntry::setActiveField(int index)
{
    m_active = std::clamp(index, 0, 2);
    m_buttons[m_active]->setChecked(true);
    showFields();
}

QString &KioskDateEntry::text(int index)
{
    return index == 0 ? m_fields.day : index == 1 ? m_fields.month : m_fields.year;
}

void KioskDateEntry::type(int digit)
{
    QString &current = text(m_active);
    if (current.size() >= kLengths[m_active]) {
        if (m_active == 2)
            return; // the year is full: erase first
        setActiveField(m_active + 1);
        type(digit);
        return;
    }
    current += QString::number(digit);
    if (current.size() == kLengths[m_active] && m_active < 2)
        m_active += 1;
    setActiveField(m_active);
    emit edited();
}

void KioskDateEntry::erase()
{
    if (text(m_active).isEmpty() && m_active > 0)
        m_active -= 1;
    QString &current = text(m_active);
    if (!current.isEmpty())
        current.chop(1);
    setActiveField(m_active);
    emit edited();
}

void KioskDateEntry::showFields()
{
    const QStringList names{tr("Day"), tr("Month"), tr("Year")};
    for (int i = 0; i < 3; ++i) {
        const QString value = text(i);
        const QString shown = value.isEmpty() ? QStringLiteral("–") : value;
        m_buttons[i]->setText(tr("%1: %2").arg(names[i], shown));
        m_buttons[i]->setAccessibleName(value.isEmpty() ? tr("%1: empty").arg(names[i])
                                                        : tr("%1: %2").arg(names[i], value));
        m_buttons[i]->setAccessibleDescription(tr("Tap, then type it on the number pad."));
    }
}

void KioskDateEntry::keyPressEvent(QKeyEvent *event)
{
    if (!m_pad->handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

void KioskDateEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showFields();
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
