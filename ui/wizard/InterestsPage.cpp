// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/InterestsPage.h"

#include "core/offers/OfferCatalogue.h"
#include "core/session/SessionModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/ChoiceTile.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
const QString kDontKnowId = QStringLiteral("dont_know");
constexpr int kMaxColumns = 4;
} // namespace

InterestsPage::InterestsPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_catalogue(catalogue)
    , m_scroll(new QScrollArea(this))
    , m_grid(new QGridLayout)
    , m_dontKnow(new ChoiceTile(kDontKnowId, OfferCatalogue::dontKnowIconPath()))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("interestsPage"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("interestsContent"));
    content->setLayout(m_grid);
    for (const auto &category : m_catalogue.categories()) {
        auto *tile = new ChoiceTile(category.id, category.iconPath, content);
        tile->setObjectName(QStringLiteral("tile_") + category.id);
        m_tiles << tile;
    }
    m_dontKnow->setParent(content);
    m_dontKnow->setObjectName(QStringLiteral("tile_dont_know"));
    m_tiles << m_dontKnow;
    for (auto *tile : std::as_const(m_tiles)) {
        tile->installEventFilter(this);
        connect(tile, &QAbstractButton::toggled, this, [this, tile](bool checked) { tileToggled(tile, checked); });
    }
    // Tab order follows reading order: row by row, "I don't know" last.
    for (qsizetype i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles.at(i - 1), m_tiles.at(i));

    // With 200 % text the grid scrolls rather than being squeezed.
    m_scroll->setObjectName(QStringLiteral("interestsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the tiles take the focus; the area follows it
    m_scroll->setWidget(content);
    m_hint->setObjectName(QStringLiteral("interestsHint"));
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hint);
    layTiles();
    retranslate();
}

void InterestsPage::initializePage()
{
    m_loading = true;
    m_order.clear();
    const QStringList chosen = m_model.chosenCategories();
    for (auto *tile : std::as_const(m_tiles)) {
        const bool on = chosen.contains(tile->id());
        tile->setChecked(on);
    }
    for (const auto &id : chosen) {
        if (m_catalogue.byId(id))
            m_order << id;
    }
    m_loading = false;
    retranslate();
    m_tiles.first()->setFocus();
}

void InterestsPage::cleanupPage()
{
    // Back from this page or a new appointment: the next visit starts from the model again.
    m_loading = true;
    m_dontKnow->setChecked(false);
    m_loading = false;
    QWizardPage::cleanupPage();
}

bool InterestsPage::isComplete() const
{
    // An answer is needed, but "I don't know" is one.
    return m_dontKnow->isChecked() || !m_order.isEmpty();
}

void InterestsPage::tileToggled(ChoiceTile *tile, bool checked)
{
    if (m_loading) {
        emit completeChanged();
        return;
    }
    m_loading = true;
    if (tile == m_dontKnow) {
        if (checked) {
            for (auto *other : std::as_const(m_tiles))
                other->setChecked(other == m_dontKnow);
            m_order.clear();
        }
    } else if (checked) {
        m_dontKnow->setChecked(false);
        if (!m_order.contains(tile->id()))
            m_order << tile->id();
    } else {
        m_order.removeAll(tile->id());
    }
    m_loading = false;
    copyToModel();
}

void InterestsPage::copyToModel()
{
    m_model.setChosenCategories(m_order);
    m_hint->setVisible(!isComplete());
    emit completeChanged();
}

bool InterestsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows move within the grid, as in a table; Tab and Shift+Tab still leave it.
    if (event->type() == QEvent::KeyPress && m_columns > 0) {
        const auto index = m_tiles.indexOf(static_cast<ChoiceTile *>(watched));
        if (index >= 0) {
            qsizetype target = -1;
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
                target = index - 1;
                break;
            case Qt::Key_Right:
                target = index + 1;
                break;
            case Qt::Key_Up:
                target = index - m_columns;
                break;
            case Qt::Key_Down:
                target = std::min(index + m_columns, m_tiles.size() - 1);
                break;
            default:
                return QWizardPage::eventFilter(watched, event);
            }
            if (target >= 0 && target < m_tiles.size()) {
                m_tiles.at(target)->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(m_tiles.at(target));
            }
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void InterestsPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    layTiles();
}

void InterestsPage::layTiles()
{
    // As many columns as fit the widest word; fewer when the text is large.
    int tileWidth = 0;
    for (auto *tile : std::as_const(m_tiles))
        tileWidth = std::max(tileWidth, tile->sizeHint().width());
    tileWidth = std::max(tileWidth, 150);
    const int available = m_scroll->viewport()->width() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int columns = std::clamp(available / (tileWidth + m_grid->horizontalSpacing() + 1), 1, kMaxColumns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (auto *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), static_cast<int>(i / columns), static_cast<int>(i % columns));
    m_grid->setRowStretch(static_cast<int>((m_tiles.size() + columns - 1) / columns), 1);
}

void InterestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        layTiles();
    QWizardPage::changeEvent(event);
}

void InterestsPage::retranslate()
{
    setTitle(tr("What do you like?"));
    setSubTitle(tr("Choose as many as you want. \"I don't know\" is a good answer too."));
    const QString language = m_model.language();
    for (auto *tile : std::as_const(m_tiles)) {
        if (tile == m_dontKnow) {
            tile->setLabel(tr("I don't know"));
            tile->setAccessibleDescription(tr("You can discover ideas on the next page."));
        } else if (const auto *category = m_catalogue.byId(tile->id())) {
            tile->setLabel(category->label.in(language));
            tile->setAccessibleDescription(category->description.in(language));
        }
    }
    m_scroll->setAccessibleName(tr("What do you like?"));
    m_hint->setText(tr("To continue: choose at least one tile, or \"I don't know\"."));
    m_hint->setAccessibleName(m_hint->text());
    m_hint->setVisible(!isComplete());
    layTiles();
}

} // namespace passerelle::ui
