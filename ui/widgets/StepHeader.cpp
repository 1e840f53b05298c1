// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/StepHeader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace passerelle::ui {

StepBar::StepBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepBar"));
    setFixedHeight(8);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StepBar::setSteps(int current, int total)
{
    m_current = current;
    m_total = total;
    update();
}

void StepBar::setDoneColour(const QColor &colour)
{
    m_done = colour;
    update();
}

void StepBar::setTodoColour(const QColor &colour)
{
    m_todo = colour;
    update();
}

void StepBar::paintEvent(QPaintEvent *)
{
    if (m_total <= 0)
        return;
    QPainter painter(this);
    constexpr int gap = 6;
    const double segment = double(width() - gap * (m_total - 1)) / m_total;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (int i = 0; i < m_total; ++i) {
        // Right to left, the first step is on the right.
        const double x = rtl ? width() - (i + 1) * segment - i * gap : i * (segment + gap);
        painter.fillRect(QRectF(x, 0, segment, height()), i < m_current ? m_done : m_todo);
    }
}

StepHeader::StepHeader(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_title(new QLabel(this))
    , m_bar(new StepBar(this))
    , m_subTitle(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("stepHeader"));
    m_state->setObjectName(QStringLiteral("stepState"));
    m_state->setProperty("role", QStringLiteral("stepState"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setProperty("role", QStringLiteral("pageTitle"));
    m_subTitle->setObjectName(QStringLiteral("pageSubTitle"));
    m_next->setObjectName(QStringLiteral("stepNext"));
    m_next->setProperty("role", QStringLiteral("stepNext"));
    for (auto *label : {m_state, m_title, m_subTitle, m_next}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *layout = new QVBoxLayout(this);
    // Aligned with the pages' own content (their layouts' margins, the theme's 16 px).
    const int side = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    layout->setContentsMargins(side, 8, side, 0);
    layout->setSpacing(4);
    // "Étape 2 sur 6" and the next step share one line: the header stays short at 200 %.
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_next, 1);
    m_next->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    layout->addLayout(stateRow);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addSpacing(4);
    layout->addWidget(m_subTitle);
    retranslate();
}

void StepHeader::setStep(int current, int total, const QString &title, const QString &subTitle, const QString &next)
{
    m_current = current;
    m_total = total;
    m_nextTitle = next;
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_subTitle->setText(subTitle);
    m_subTitle->setAccessibleName(subTitle);
    m_subTitle->setVisible(!subTitle.isEmpty());
    m_bar->setSteps(current, total);
    retranslate();
}

QString StepHeader::stateText() const
{
    return m_state->text();
}

QString StepHeader::titleText() const
{
    return m_title->text();
}

void StepHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepEveryLine();
}

void StepHeader::keepEveryLine()
{
    // Never squeezed: the page below scrolls instead (SessionWizard), the header keeps every line of
    // its wrapped words at this width (QWizard's grid does not ask its rows for height-for-width).
    if (layout() && width() > 0)
        setMinimumHeight(layout()->totalHeightForWidth(width()));
}

void StepHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepHeader::retranslate()
{
    const QString state = m_total > 0 ? tr("Step %1 of %2").arg(m_current).arg(m_total) : QString();
    m_state->setText(state);
    m_state->setAccessibleName(state);
    m_bar->setAccessibleName(state);
    const QString next = m_nextTitle.isEmpty() ? QString() : tr("Next step: %1").arg(m_nextTitle);
    m_next->setText(next);
    m_next->setAccessibleName(next);
    m_next->setVisible(!next.isEmpty());
    keepEveryLine();
}

} // namespace passerelle::ui
