// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ResultPage.h"

#include "core/eligibility/EligibilityExplainer.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "core/util/ListText.h"
#include "core/util/Money.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/AnswerCard.h"
#include "ui/widgets/EligibilityTimeline.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/SessionWizard.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace passerelle::ui {

ResultPage::ResultPage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_card(new AnswerCard(this))
    , m_timeline(new EligibilityTimeline(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QWidget(this))
    , m_detailRows(new QFormLayout(m_details))
    , m_saveError(new MessageLine(this, "saveError"))
{
    setObjectName(QStringLiteral("resultPage"));
    m_detailsToggle->setObjectName(QStringLiteral("counselorDetailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setFocusPolicy(Qt::StrongFocus);
    m_details->setObjectName(QStringLiteral("counselorDetails"));
    m_details->setVisible(false);
    m_detailRows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_detailRows->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        updateToggle();
    });

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("resultContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(16);
    layout->addWidget(m_card);
    layout->addWidget(m_timeline);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeading);
    layout->addWidget(m_details);
    layout->addStretch();
    // Long answers at 200 % text size scroll instead of being clipped.
    scrollingPage(this, new QScrollArea(this), content, "resultScroll")->addWidget(m_saveError);
}

void ResultPage::initializePage()
{
    m_model.evaluate();
    m_saveError->hideMessage();
    // Each new answer starts with the details folded: the young person sees the answer first.
    m_detailsToggle->setChecked(false);
    fill();
}

bool ResultPage::validatePage()
{
    // Finish is here only when the flow ends here (WizardFlow); otherwise Next.
    auto *sessionWizard = qobject_cast<SessionWizard *>(wizard());
    return !sessionWizard || sessionWizard->finishIfLast(m_saveError);
}

void ResultPage::changeEvent(QEvent *event)
{
    // The model writes the explanation again in the new language (SessionModel::setLanguage).
    if (event->type() == QEvent::LanguageChange && m_model.result())
        fill();
    QWizardPage::changeEvent(event);
}

void ResultPage::updateToggle()
{
    const bool open = m_detailsToggle->isChecked();
    m_detailsToggle->setArrowType(open                                   ? Qt::DownArrow
                                  : layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow
                                                                         : Qt::RightArrow);
    m_detailsToggle->setText(open ? tr("Hide the details for the counselor")
                                  : tr("Show the details for the counselor"));
    m_detailsToggle->setAccessibleName(tr("Details for the counselor"));
    m_detailsToggle->setAccessibleDescription(open ? tr("Shown") : tr("Hidden"));
}

void ResultPage::addDetail(const char *objectName, const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(value, m_details);
    valueLabel->setObjectName(QString::fromLatin1(objectName));
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setAccessibleName(QStringLiteral("%1 %2").arg(label, value));
    auto *labelLabel = new QLabel(label, m_details);
    labelLabel->setProperty("role", QStringLiteral("hint"));
    labelLabel->setWordWrap(true);
    m_detailRows->addRow(labelLabel, valueLabel);
}

void ResultPage::fill()
{
    setTitle(tr("Your answer"));
    setSubTitle(QString());
    findChild<QScrollArea *>(QStringLiteral("resultScroll"))->setAccessibleName(tr("Your answer"));
    updateToggle();
    if (!m_model.result())
        return;
    const AnswerFacts facts = m_model.answerFacts();
    m_card->setFacts(facts);
    m_timeline->setTimeline(facts.timeline);
    fillDetails();
}

void ResultPage::fillDetails()
{
    while (m_detailRows->rowCount() > 0)
        m_detailRows->removeRow(0);
    const EligibilityResult &r = *m_model.result();
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };
    const auto day = [](QDate date) { return dates::toLongText(date); };

    addDetail("detailRules", tr("Rules applied"),
              tr("%1, %2, in force on %3").arg(r.rulesetId, r.rulesetName, day(m_model.appointmentDate())));
    if (r.eligibleFrom.isValid())
        addDetail("detailCreditOpens",
                  r.status == EligibilityStatus::Eligible ? tr("Credit open since") : tr("Credit opens on"),
                  tr("%1 (%2)").arg(day(r.eligibleFrom), money(r.amountAtEligibleFrom)));
    if (r.confirmIdentityBefore.isValid())
        addDetail("detailConfirmBefore", tr("Last day to confirm identity"), day(r.confirmIdentityBefore));
    if (r.creditExpires.isValid())
        addDetail("detailCreditExpires", tr("Credit can be spent until"), day(r.creditExpires));
    else if (r.creditValidityMonths > 0)
        addDetail("detailCreditExpires", tr("Credit can be spent for"),
                  tr("%n months after activation", nullptr, r.creditValidityMonths));
    if (r.earlierCreditValidityMonths > 0)
        addDetail("detailEarlierCredit", tr("Credit activated before %1").arg(day(r.earlierRulesBefore)),
                  tr("%n months after activation", nullptr, r.earlierCreditValidityMonths));
    if (r.nextAmountFrom.isValid())
        addDetail("detailNextCredit", tr("Next credit"),
                  tr("%1 on %2").arg(money(r.nextAmount), day(r.nextAmountFrom)));
    if (r.cumulativeAmount > 0)
        addDetail("detailTotal", tr("Total still to come"), money(r.cumulativeAmount));
    if (r.cumulativeAmount > 0 && (r.digitalCap || r.reasons.contains(QLatin1String("no_digital_cap"))))
        addDetail("detailDigitalCap", tr("Online offers, at most"),
                  r.digitalCap ? money(*r.digitalCap) : tr("no limit"));
    if (r.digitalCapChangedOn.isValid())
        addDetail("detailDigitalCapBefore", tr("Online limit if activated before %1").arg(day(r.digitalCapChangedOn)),
                  r.digitalCapBeforeChange ? money(*r.digitalCapBeforeChange) : tr("no limit"));
    if (r.residenceConditionMetOn.isValid())
        addDetail("detailResidence", tr("More than one year in France on"), day(r.residenceConditionMetOn));
    if (r.freeOffersFrom.isValid() && r.status != EligibilityStatus::FreeOffersOnly)
        addDetail("detailFreeOffers", tr("Free offers from"), day(r.freeOffersFrom));
    if (r.reasons.contains(QLatin1String("may_finish_sign_up")))
        addDetail("detailLateSignUp", tr("Late sign-up"),
                  tr("possible if started before %n years old", nullptr, r.lateSignUpStartedBeforeAge));
    if (r.bonusPossible) {
        QStringList conditions;
        for (const auto &code : r.bonusConditions)
            conditions << EligibilityExplainer::bonusConditionText(code, r);
        addDetail("detailBonus", tr("Bonus at %n years old", nullptr, r.bonusAge),
                  tr("%1 more, asked in the app with a parent's identity. %2")
                      .arg(money(r.bonusAmount), conditions.join(QLatin1Char(' '))));
    }

    // The same plan as the card's (EligibilityResult::identityPlan): one route.
    const IdentityPlan &plan = m_model.identityPlan();
    if (plan.route != IdentityRoute::None) {
        addDetail("detailIdentityRoute", tr("Identity check"),
                  (QStringList{plan.routeName()} + plan.steps()).join(QLatin1Char('\n')));
        QStringList captures;
        for (const auto &capture : plan.captures)
            captures << captureDisplayName(capture);
        addDetail("detailCaptures", tr("Pictures to prepare"), captures.isEmpty() ? tr("none") : listText(captures));
    }
}

} // namespace passerelle::ui
