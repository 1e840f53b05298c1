// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace passerelle {
class OfferCatalogue;
class SessionModel;
struct CategoryView;
} // namespace passerelle

namespace passerelle::ui {

/**
 * The tailored explanation (OfferGuide::tailor): the answer with this person's amounts and dates,
 * the chosen categories first with their examples, the others one click away, how to book and
 * the identity route. For a person who cannot have the pass, a kind closing with no amount and
 * where else to look. Everything scrolls, so 200 % text loses nothing.
 */
class OffersPage : public QWizardPage
{
    Q_OBJECT

public:
    OffersPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showOthers(bool shown);
    QWidget *categoryBlock(const CategoryView &category, QWidget *parent);
    SessionModel &m_model;
    const OfferCatalogue &m_catalogue;
    QScrollArea *m_scroll;
    QLabel *m_headline;
    QLabel *m_answer;
    QLabel *m_intro;
    QWidget *m_chosen;
    QLabel *m_digitalNote;
    QPushButton *m_othersButton;
    QWidget *m_others;
    int m_othersCount = 0;
    QLabel *m_howTitle;
    QLabel *m_howSteps;
    QLabel *m_identityTitle;
    QLabel *m_identity;
    QLabel *m_elsewhereTitle;
    QLabel *m_elsewhere;
};

} // namespace passerelle::ui
