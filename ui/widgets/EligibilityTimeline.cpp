// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/EligibilityTimeline.h"

#include "ui/widgets/AnswerCard.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace passerelle::ui {

namespace {
QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

/** Rows of the drawing, in lines of text from the top. */
constexpr double kAgeRow = 1.3;   ///< "17 ans" above the axis
constexpr double kAxisRow = 2.9;  ///< the axis
constexpr double kLabelRow = 3.7; ///< "50 €" under the axis (two lines at most)
constexpr double kWaitRow = 5.9;  ///< what the hatched wait is for
constexpr double kLinesNoWait = 5.8;
constexpr double kLinesWithWait = 8.2; ///< room for two lines of the wait's words
} // namespace

EligibilityTimeline::EligibilityTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eligibilityTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Your pass Culture by age"));
}

void EligibilityTimeline::setTimeline(const AnswerTimeline &timeline)
{
    m_timeline = timeline;
    setAccessibleName(tr("Your pass Culture by age"));
    setAccessibleDescription(timeline.description.join(QLatin1Char(' ')));
    setVisible(!timeline.isEmpty());
    updateGeometry();
    update();
}

int EligibilityTimeline::line() const
{
    // Words in another script (Arabic) are drawn with a fallback font whose lines are taller than
    // this font's: the rows are as tall as the tallest line of the timeline's own words, so that
    // the second line of a label ("عروض مجانية") is not cut off at the bottom.
    const QFontMetrics metrics = fontMetrics();
    const QRect unbounded(0, 0, 1 << 20, 1 << 20);
    int height = metrics.lineSpacing();
    QStringList words{m_timeline.todayLabel, m_timeline.waitLabel};
    for (const auto &m : m_timeline.milestones)
        words << m.label;
    for (const auto &text : std::as_const(words)) {
        if (!text.isEmpty())
            height = std::max(height, metrics.boundingRect(unbounded, Qt::AlignLeft | Qt::AlignTop, text).height());
    }
    return height;
}

int EligibilityTimeline::margin() const
{
    return line() * 2;
}

QSize EligibilityTimeline::sizeHint() const
{
    const double lines = m_timeline.waitLabel.isEmpty() ? kLinesNoWait : kLinesWithWait;
    return {line() * 30, int(std::ceil(line() * lines))};
}

QSize EligibilityTimeline::minimumSizeHint() const
{
    return {line() * 12, sizeHint().height()};
}

double EligibilityTimeline::xForAge(double age) const
{
    const double span = std::max(0.5, m_timeline.endAge - m_timeline.startAge);
    const double t = std::clamp((age - m_timeline.startAge) / span, 0.0, 1.0);
    const double x = margin() + t * (width() - 2 * margin());
    return layoutDirection() == Qt::RightToLeft ? width() - x : x;
}

void EligibilityTimeline::paintEvent(QPaintEvent *)
{
    if (m_timeline.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setLayoutDirection(layoutDirection());
    const int L = line();
    const QColor background = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grey = mixed(text, background, 0.45); // >= 3:1 on the background
    const QColor coming = answerToneColor(AnswerTone::No, background);
    const QColor now = answerToneColor(AnswerTone::Yes, background);
    const QColor wait = answerToneColor(AnswerTone::NotYet, background);
    const double axisY = L * kAxisRow;
    const double thickness = std::max(3.0, L / 5.0);
    const auto &ms = m_timeline.milestones;

    // The axis: solid between the first and the last milestone, dotted beyond.
    p.setPen(QPen(grey, thickness, Qt::DotLine, Qt::FlatCap));
    p.drawLine(QPointF(xForAge(m_timeline.startAge), axisY), QPointF(xForAge(m_timeline.endAge), axisY));
    p.setPen(QPen(grey, thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(xForAge(ms.first().age), axisY), QPointF(xForAge(ms.last().age), axisY));

    // A wait (residence, territory): a hatched stretch from today to the day it ends.
    if (m_timeline.waitUntil.isValid()) {
        const double a = xForAge(m_timeline.todayAge);
        const double b = xForAge(m_timeline.waitUntilAge);
        const QRectF span(std::min(a, b), axisY - L * 0.35, std::abs(b - a), L * 0.7);
        p.setPen(QPen(wait, 2));
        p.setBrush(QBrush(wait, Qt::BDiagPattern));
        p.drawRect(span);
        // Its words under it, on one line where they fit, kept inside the widget.
        const double textWidth = std::min<double>(width(), p.fontMetrics().horizontalAdvance(m_timeline.waitLabel) + L);
        const double centre = (a + b) / 2;
        const double left = std::clamp(centre - textWidth / 2, 0.0, std::max(0.0, width() - textWidth));
        p.setPen(text);
        p.drawText(QRectF(left, L * kWaitRow, textWidth, L * 2.2), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   m_timeline.waitLabel);
    }

    // Milestones: the shape and fill say the state; the words say what it is.
    for (int i = 0; i < ms.size(); ++i) {
        const TimelineMilestone &m = ms[i];
        const double x = xForAge(m.age);
        const bool isNow = m.state == TimelineMilestone::State::Now;
        const double r = L * (isNow ? 0.55 : 0.4);
        QColor fill = background;
        QColor edge = coming;
        switch (m.state) {
        case TimelineMilestone::State::Passed:
        case TimelineMilestone::State::Missed:
            edge = grey;
            fill = m.state == TimelineMilestone::State::Passed ? grey : background;
            break;
        case TimelineMilestone::State::Now:
            edge = now;
            fill = now;
            break;
        case TimelineMilestone::State::Coming:
            break;
        }
        p.setPen(QPen(edge, std::max(2.0, L / 8.0)));
        p.setBrush(fill);
        if (m.kind == TimelineMilestone::Kind::EndOfCredit)
            p.drawRect(QRectF(x - r, axisY - r, 2 * r, 2 * r));
        else
            p.drawEllipse(QPointF(x, axisY), r, r);
        if (m.state == TimelineMilestone::State::Missed) {
            p.drawLine(QPointF(x - r, axisY - r), QPointF(x + r, axisY + r));
            p.drawLine(QPointF(x - r, axisY + r), QPointF(x + r, axisY - r));
        }

        // The room for this milestone's words: half-way to each neighbour, and inside the widget.
        double room = width();
        if (i > 0)
            room = std::min(room, std::abs(x - xForAge(ms[i - 1].age)));
        if (i + 1 < ms.size())
            room = std::min(room, std::abs(xForAge(ms[i + 1].age) - x));
        room = std::min(room - L * 0.3, 2 * std::min(x, width() - x));
        room = std::max(room, double(L * 2));
        QFont font = p.font();
        font.setBold(isNow);
        font.setStrikeOut(m.state == TimelineMilestone::State::Missed);
        p.setFont(font);
        p.setPen(m.state == TimelineMilestone::State::Missed ? grey : text);
        p.drawText(QRectF(x - room / 2, L * kAgeRow - L * 0.2, room, L * 1.1), Qt::AlignHCenter | Qt::AlignTop,
                   tr("%n years", nullptr, m.age));
        p.drawText(QRectF(x - room / 2, L * kLabelRow, room, L * 2.2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m.label);
        font.setBold(false);
        font.setStrikeOut(false);
        p.setFont(font);
    }

    // Today: an arrow down onto the axis, its words in the top row.
    const double tx = xForAge(m_timeline.todayAge);
    p.setPen(QPen(text, 2));
    p.drawLine(QPointF(tx, L * 2.2), QPointF(tx, axisY + L * 0.7));
    QPainterPath arrow;
    arrow.moveTo(tx - L * 0.35, L * 2.1);
    arrow.lineTo(tx + L * 0.35, L * 2.1);
    arrow.lineTo(tx, L * 2.5);
    arrow.closeSubpath();
    p.fillPath(arrow, text);
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    const double labelWidth = p.fontMetrics().horizontalAdvance(m_timeline.todayLabel) + L;
    const double left = std::clamp(tx - labelWidth / 2, 0.0, std::max(0.0, width() - labelWidth));
    p.drawText(QRectF(left, 0, labelWidth, L), Qt::AlignCenter, m_timeline.todayLabel);
}

void EligibilityTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::LayoutDirectionChange)
        update();
}

} // namespace passerelle::ui
