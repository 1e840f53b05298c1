// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/AnswerCard.h"

#include "ui/widgets/Accessibility.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
QLabel *cardLabel(QWidget *parent, const char *objectName, const char *role = "")
{
    auto *label = roleLabel(parent, objectName, role);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setLine(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

/** The width of the colour bar on the card's leading edge. */
constexpr int kBarWidth = 6;
} // namespace

QColor answerToneColor(AnswerTone tone, const QColor &background)
{
    const bool dark = background.lightness() < 128;
    switch (tone) {
    case AnswerTone::Yes:
        return dark ? QColor(0x8e, 0xe0, 0x8e) : QColor(0x18, 0x75, 0x3c);
    case AnswerTone::NotYet:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x4b, 0x00);
    case AnswerTone::No:
        break;
    }
    return dark ? QColor(0x9e, 0xcb, 0xff) : QColor(0x00, 0x00, 0x91);
}

AnswerCard::AnswerCard(QWidget *parent)
    : QFrame(parent)
    , m_headline(cardLabel(this, "answerHeadline", "headline"))
    , m_amount(cardLabel(this, "answerAmount", "amount"))
    , m_amountCaption(cardLabel(this, "answerAmountCaption"))
    , m_action(cardLabel(this, "answerAction", "heading"))
    , m_document(cardLabel(this, "answerDocument"))
    , m_help(new QWidget(this))
    , m_helpTitle(cardLabel(m_help, "otherHelpTitle", "heading"))
    , m_helpRows(new QVBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("answerCard"));
    m_help->setObjectName(QStringLiteral("otherHelp"));
    auto *helpLayout = new QVBoxLayout(m_help);
    helpLayout->setContentsMargins(0, 0, 0, 0);
    helpLayout->addWidget(m_helpTitle);
    helpLayout->addLayout(m_helpRows);
    // The amount and what it is for on one line: "150 €  à dépenser maintenant".
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 0, Qt::AlignBaseline);
    amountRow->addWidget(m_amountCaption, 1, Qt::AlignBaseline);
    m_amount->setWordWrap(false);
    m_layout->setContentsMargins(kBarWidth + 16, 12, kBarWidth + 16, 12); // symmetric: right to left too
    m_layout->setSpacing(8);
    m_layout->addWidget(m_headline);
    m_layout->addLayout(amountRow);
    m_layout->addWidget(m_action);
    m_layout->addWidget(m_document);
    m_layout->addWidget(m_help);
    setFacts({});
}

void AnswerCard::setFacts(const AnswerFacts &facts)
{
    m_facts = facts;
    setProperty("tone", answerToneCode(facts.tone));
    setLine(m_headline, facts.headline);
    // The theme colours the headline by status; a "no" keeps the text colour (never red).
    m_headline->setProperty("status", facts.tone == AnswerTone::Yes      ? QStringLiteral("good")
                                      : facts.tone == AnswerTone::NotYet ? QStringLiteral("later")
                                                                         : QString());
    m_headline->style()->unpolish(m_headline);
    m_headline->style()->polish(m_headline);
    setLine(m_amount, facts.amount);
    setLine(m_amountCaption, facts.amount.isEmpty() ? QString() : facts.amountCaption);
    setLine(m_action, facts.action);
    setLine(m_document, facts.document);
    // A kind "no": what exists instead comes right after the headline.
    m_layout->removeWidget(m_help);
    m_layout->insertWidget(facts.otherHelpFirst ? 1 : m_layout->count(), m_help);
    rebuildHelp();

    setAccessibleName(facts.headline.isEmpty() ? tr("Your answer") : facts.headline);
    setAccessibleDescription(facts.texts().join(QLatin1Char('\n')));
    update();
}

void AnswerCard::rebuildHelp()
{
    while (QLayoutItem *item = m_helpRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_help->setVisible(!m_facts.otherHelp.isEmpty());
    setLine(m_helpTitle, m_facts.otherHelp.isEmpty() ? QString()
                         : m_facts.otherHelpFirst    ? tr("What exists for you")
                                                     : tr("Meanwhile, what exists for you"));
    for (const auto &help : m_facts.otherHelp) {
        auto *row = new QWidget(m_help);
        row->setObjectName(QStringLiteral("help_") + help.id);
        auto *icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("helpIcon_") + help.id);
        icon->setProperty("pictogram", help.pictogram);
        icon->setAccessibleName(help.title);
        auto *title = cardLabel(row, "helpTitle");
        title->setObjectName(QStringLiteral("helpTitle_") + help.id);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        setLine(title, help.title);
        auto *text = cardLabel(row, "helpText");
        text->setObjectName(QStringLiteral("helpText_") + help.id);
        setLine(text, help.text);
        auto *words = new QVBoxLayout;
        words->setSpacing(0);
        words->addWidget(title);
        words->addWidget(text);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 4, 0, 4);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addLayout(words, 1);
        m_helpRows->addWidget(row);
    }
    updateIcons();
}

void AnswerCard::updateIcons()
{
    // Pictograms as tall as two lines of text: they grow with the text size (200 %).
    const int side = fontMetrics().height() * 2;
    const qreal ratio = devicePixelRatioF();
    for (auto *icon : m_help->findChildren<QLabel *>()) {
        const QString path = icon->property("pictogram").toString();
        if (path.isEmpty())
            continue;
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QSvgRenderer(path).render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(ratio);
        icon->setPixmap(pixmap);
        icon->setFixedSize(side, side);
    }
}

void AnswerCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A callout: the tone's colour as a bar on the leading edge, a thin border around.
    QPainter painter(this);
    const QColor colour = answerToneColor(m_facts.tone, palette().color(QPalette::Window));
    QColor border = palette().color(QPalette::WindowText);
    border.setAlpha(90);
    painter.setPen(QPen(border, 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRect bar = layoutDirection() == Qt::RightToLeft ? QRect(width() - kBarWidth, 0, kBarWidth, height())
                                                           : QRect(0, 0, kBarWidth, height());
    painter.fillRect(bar, colour);
}

void AnswerCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateIcons();
    else if (event->type() == QEvent::LayoutDirectionChange)
        update();
}

} // namespace passerelle::ui
