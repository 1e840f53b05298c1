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
 * The kinds of offers (OfferGuide::tailor): a one-line reminder of the answer (said in full on
 * the result page, issue 15), the chosen categories first with their examples, the others one
 * click away, and how to book. Everything scrolls, so 200 % text loses nothing.
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
    QLabel *m_reminder; ///< one line: the answer was said on the result page
    QLabel *m_intro;
    QWidget *m_chosen;
    QLabel *m_digitalNote;
    QPushButton *m_othersButton;
    QWidget *m_others;
    int m_othersCount = 0;
    QLabel *m_howTitle;
    QLabel *m_howSteps;
};

} // namespace passerelle::ui
