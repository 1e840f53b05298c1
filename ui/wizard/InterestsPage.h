// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace passerelle {
class OfferCatalogue;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {

class ChoiceTile;

/**
 * "What do you like?": a grid of large tiles, one per offer category, several can be chosen;
 * "I don't know" is a valid answer and clears the others. Tab reaches the grid, arrows move
 * between tiles, Space toggles. The chosen category ids go to the model on every change.
 */
class InterestsPage : public QWizardPage
{
    Q_OBJECT

public:
    InterestsPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void tileToggled(ChoiceTile *tile, bool checked);
    void copyToModel();
    void layTiles();
    SessionModel &m_model;
    const OfferCatalogue &m_catalogue;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<ChoiceTile *> m_tiles; ///< the categories, then "I don't know"
    ChoiceTile *m_dontKnow;
    QLabel *m_hint;
    QStringList m_order; ///< the chosen ids, in the order they were chosen
    int m_columns = 0;
    bool m_loading = false;
};

} // namespace passerelle::ui
