// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DateFieldsEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace passerelle::ui {

namespace {
QLineEdit *makeField(QWidget *parent, const QString &objectName, int digits, int max)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(digits);
    edit->setValidator(new QIntValidator(0, max, edit));
    // Wide enough for the digits at any text scale, no wider.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QString(digits + 2, QLatin1Char('0'))));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QString(digits + 4, QLatin1Char('0'))));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    return edit;
}
} // namespace

DateFieldsEdit::DateFieldsEdit(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_day(makeField(this, objectPrefix + QStringLiteral("Day"), 2, 31))
    , m_month(makeField(this, objectPrefix + QStringLiteral("Month"), 2, 12))
    , m_year(makeField(this, objectPrefix + QStringLiteral("Year"), 4, 9999))
    , m_dayLabel(new QLabel(this))
    , m_monthLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (auto [label, edit] : {std::pair{m_dayLabel, m_day}, {m_monthLabel, m_month}, {m_yearLabel, m_year}}) {
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_edited = true;
            emit edited();
        });
    }
    layout->addStretch();
    // Typing two digits of the day moves on to the month, as on paper forms.
    connect(m_day, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.size() == 2)
            m_month->setFocus();
    });
    connect(m_month, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.size() == 2)
            m_year->setFocus();
    });
    setFocusProxy(m_day);
    retranslate();
}

DateFields DateFieldsEdit::fields() const
{
    return {m_day->text(), m_month->text(), m_year->text()};
}

void DateFieldsEdit::setFields(const DateFields &fields)
{
    m_day->setText(fields.day);
    m_month->setText(fields.month);
    m_year->setText(fields.year);
}

void DateFieldsEdit::setSubject(const QString &subject)
{
    m_subject = subject;
    retranslate();
}

void DateFieldsEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateFieldsEdit::retranslate()
{
    m_dayLabel->setText(tr("&Day"));
    m_monthLabel->setText(tr("&Month"));
    m_yearLabel->setText(tr("&Year"));
    m_day->setPlaceholderText(tr("DD"));
    m_month->setPlaceholderText(tr("MM"));
    m_year->setPlaceholderText(tr("YYYY"));
    m_day->setAccessibleName(tr("%1: day").arg(m_subject));
    m_month->setAccessibleName(tr("%1: month").arg(m_subject));
    m_year->setAccessibleName(tr("%1: year").arg(m_subject));
    m_day->setAccessibleDescription(tr("Two digits, for example 05"));
    m_month->setAccessibleDescription(tr("Two digits, for example 03"));
    m_year->setAccessibleDescription(tr("Four digits, for example 2008"));
    setAccessibleName(m_subject);
}

} // namespace passerelle::ui
