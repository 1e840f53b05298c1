// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/OffersPage.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/OfferGuide.h"
#include "core/session/SessionModel.h"
#include "core/util/ListText.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/ChoiceTile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {

// The offers' texts are plain text the person may select and copy (a place, an example).
QLabel *textLabel(QWidget *parent, const QString &objectName, const char *role = "")
{
    auto *label = roleLabel(parent, objectName, role);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setLines(QLabel *label, const QStringList &lines, const QString &bullet = QStringLiteral("\u2022 "))
{
    QStringList shown;
    for (const auto &line : lines)
        shown << bullet + line;
    label->setText(shown.join(QLatin1Char('\n')));
    label->setAccessibleName(lines.join(QLatin1Char(' ')));
    label->setVisible(!lines.isEmpty());
}

void clear(QWidget *container)
{
    for (auto *child : container->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        delete child;
}

} // namespace

OffersPage::OffersPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_catalogue(catalogue)
    , m_scroll(new QScrollArea(this))
    , m_reminder(textLabel(this, "answerReminder", "hint"))
    , m_intro(textLabel(this, "categoriesIntro", "heading"))
    , m_chosen(new QWidget(this))
    , m_digitalNote(textLabel(this, "digitalNote", "hint"))
    , m_othersButton(new QPushButton(this))
    , m_others(new QWidget(this))
    , m_howTitle(textLabel(this, "howToBookTitle", "heading"))
    , m_howSteps(textLabel(this, "howToBookSteps"))
{
    setObjectName(QStringLiteral("offersPage"));
    m_chosen->setObjectName(QStringLiteral("chosenCategories"));
    new QVBoxLayout(m_chosen);
    m_others->setObjectName(QStringLiteral("otherCategories"));
    new QVBoxLayout(m_others);
    m_othersButton->setObjectName(QStringLiteral("showOthersButton"));
    m_othersButton->setCheckable(true);
    connect(m_othersButton, &QAbstractButton::toggled, this, &OffersPage::showOthers);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("offersContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_reminder);
    layout->addWidget(m_intro);
    layout->addWidget(m_chosen);
    layout->addWidget(m_digitalNote);
    layout->addWidget(m_othersButton, 0, Qt::AlignLeft);
    layout->addWidget(m_others);
    layout->addWidget(m_howTitle);
    layout->addWidget(m_howSteps);
    layout->addStretch();
    scrollingPage(this, m_scroll, content, "offersScroll");
}

void OffersPage::initializePage()
{
    fill();
    m_othersButton->setChecked(false);
    showOthers(false);
    m_scroll->verticalScrollBar()->setValue(0); // a new person starts reading at the top
    m_scroll->setFocus();
}

void OffersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model.result())
        fill();
    QWizardPage::changeEvent(event);
}

QWidget *OffersPage::categoryBlock(const CategoryView &category, QWidget *parent)
{
    auto *block = new QWidget(parent);
    block->setObjectName(QStringLiteral("category_") + category.id);
    auto *icon = new QLabel(block);
    icon->setObjectName(QStringLiteral("categoryIcon_") + category.id);
    icon->setPixmap(ChoiceTile::svgPixmap(category.iconPath, 48, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto *title = textLabel(block, QStringLiteral("categoryTitle_") + category.id, "heading");
    title->setText(category.label);
    auto *description = textLabel(block, QStringLiteral("categoryText_") + category.id);
    description->setText(category.description);
    auto *examples = textLabel(block, QStringLiteral("categoryExamples_") + category.id);
    setLines(examples, category.examples);
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(examples);
    if (!category.appGroups.isEmpty()) {
        auto *where = textLabel(block, QStringLiteral("categoryWhere_") + category.id, "hint");
        where->setText(tr("In the app: %1").arg(listText(category.appGroups)));
        text->addWidget(where);
    }
    auto *row = new QHBoxLayout(block);
    row->setContentsMargins(0, 4, 0, 4);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    block->setAccessibleName(category.label);
    return block;
}

void OffersPage::showOthers(bool shown)
{
    m_others->setVisible(shown);
    m_othersButton->setText(shown ? tr("Hide the other ideas") : tr("See the other ideas (%1)").arg(m_othersCount));
    m_othersButton->setAccessibleName(m_othersButton->text());
    if (shown && m_others->layout()->count() > 0)
        m_scroll->ensureWidgetVisible(m_others->layout()->itemAt(0)->widget());
}

void OffersPage::fill()
{
    const auto &result = m_model.result();
    if (!result)
        return;
    const QString language = m_model.language();
    const TailoredOffers t =
        OfferGuide::tailor(m_catalogue, m_model.chosenCategories(), *result, m_model.identityPlan(),
                           m_model.profile().document.value_or(IdentityDocument::None), language);
    const bool available = t.outlook != PassOutlook::NotAvailable;
    setTitle(available ? tr("What the pass Culture holds for you") : tr("Ideas for you"));
    setSubTitle(QString());
    m_scroll->setAccessibleName(title());

    // The answer was said on the result page (and what exists instead, for a "no"): one line here.
    const QString reminder = m_model.answerFacts().reminder;
    m_reminder->setText(reminder);
    m_reminder->setAccessibleName(reminder);

    m_intro->setText(t.categoriesIntro);
    m_intro->setAccessibleName(t.categoriesIntro);
    clear(m_chosen);
    for (const auto &category : t.chosen)
        m_chosen->layout()->addWidget(categoryBlock(category, m_chosen));
    setLines(m_digitalNote, t.digitalNote, QString());
    clear(m_others);
    for (const auto &category : t.others)
        m_others->layout()->addWidget(categoryBlock(category, m_others));
    m_othersCount = static_cast<int>(t.others.size());
    m_othersButton->setVisible(m_othersCount > 0);
    showOthers(m_othersButton->isChecked());

    m_howTitle->setText(t.howToBookTitle);
    m_howTitle->setVisible(available);
    QStringList numbered;
    for (qsizetype i = 0; i < t.howToBook.size(); ++i)
        numbered << QStringLiteral("%1. %2").arg(i + 1).arg(t.howToBook.at(i));
    m_howSteps->setText(numbered.join(QLatin1Char('\n')));
    m_howSteps->setAccessibleName(m_howSteps->text());
    m_howSteps->setVisible(available);
}

} // namespace passerelle::ui
