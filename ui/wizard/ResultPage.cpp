// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ResultPage.h"

#include "core/eligibility/IdentityRoute.h"
#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "core/util/Money.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/SessionWizard.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
QLabel *textLabel(QWidget *parent, const char *objectName, const char *role = "")
{
    auto *label = roleLabel(parent, objectName, role);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString statusRole(EligibilityStatus status)
{
    switch (status) {
    case EligibilityStatus::Eligible:
    case EligibilityStatus::FreeOffersOnly:
        return QStringLiteral("good");
    case EligibilityStatus::TooYoung:
    case EligibilityStatus::ResidenceTooShort:
        return QStringLiteral("later");
    case EligibilityStatus::TooOld:
    case EligibilityStatus::TerritoryNotCovered:
        break;
    }
    return QStringLiteral("no");
}
} // namespace

ResultPage::ResultPage(SessionModel &model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_headline(textLabel(this, "statusHeadline", "headline"))
    , m_amount(textLabel(this, "amountLabel", "amount"))
    , m_facts(new QFormLayout)
    , m_explanationTitle(textLabel(this, "explanationTitle", "heading"))
    , m_explanation(textLabel(this, "explanationText"))
    , m_nextTitle(textLabel(this, "nextStepsTitle", "heading"))
    , m_identity(textLabel(this, "identityRoute"))
    , m_rules(textLabel(this, "rulesetLabel", "hint"))
    , m_saveError(new MessageLine(this, "saveError"))
{
    setObjectName(QStringLiteral("resultPage"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("resultContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_amount);
    layout->addLayout(m_facts);
    layout->addWidget(m_explanationTitle);
    layout->addWidget(m_explanation);
    layout->addWidget(m_nextTitle);
    layout->addWidget(m_identity);
    layout->addWidget(m_rules);
    layout->addStretch();
    // Long answers at 200 % text size scroll instead of being clipped.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("resultScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    outer->addWidget(m_saveError);
}

void ResultPage::initializePage()
{
    m_model.evaluate();
    m_saveError->hideMessage();
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

void ResultPage::addFact(const char *objectName, const QString &label, const QString &value)
{
    auto *valueLabel = textLabel(this, objectName);
    // A value with no letters ("200 €") is laid out left to right; in Arabic it would stick to the
    // far edge of the row instead of starting next to its label.
    valueLabel->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                             (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    valueLabel->setText(value);
    valueLabel->setAccessibleName(QStringLiteral("%1 %2").arg(label, value));
    m_facts->addRow(label, valueLabel);
}

void ResultPage::fill()
{
    setTitle(tr("Your answer"));
    setSubTitle(QString());
    findChild<QScrollArea *>(QStringLiteral("resultScroll"))->setAccessibleName(tr("Your answer"));
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const auto &result = m_model.result();
    if (!result)
        return;
    const EligibilityResult &r = *result;
    const auto money = [&r](double amount) { return formatAmount(amount, r.currency); };

    m_headline->setText(statusHeadline(r.status));
    m_headline->setProperty("status", statusRole(r.status));
    m_headline->setAccessibleName(m_headline->text());
    m_headline->style()->unpolish(m_headline);
    m_headline->style()->polish(m_headline);

    if (r.status == EligibilityStatus::Eligible)
        m_amount->setText(tr("%1 now").arg(money(r.amount)));
    else if (r.eligibleFrom.isValid())
        m_amount->setText(tr("%1 from %2").arg(money(r.amountAtEligibleFrom), dates::toLongText(r.eligibleFrom)));
    else
        m_amount->clear();
    m_amount->setVisible(!m_amount->text().isEmpty());
    m_amount->setAccessibleName(m_amount->text());

    if (r.eligibleFrom.isValid())
        addFact("factEligibleFrom",
                r.status == EligibilityStatus::Eligible ? tr("Eligible since") : tr("Eligible from"),
                dates::toLongText(r.eligibleFrom));
    if (r.confirmIdentityBefore.isValid())
        addFact("factConfirmBefore", tr("Confirm your identity by"), dates::toLongText(r.confirmIdentityBefore));
    if (r.creditExpires.isValid())
        addFact("factCreditExpires", tr("Credit usable until"), dates::toLongText(r.creditExpires));
    else if (r.creditValidityMonths > 0)
        addFact("factCreditExpires", tr("Credit usable for"),
                tr("%n months after activation", nullptr, r.creditValidityMonths));
    if (r.nextAmountFrom.isValid())
        addFact("factNextAmount", tr("Next credit"),
                tr("%1 from %2").arg(money(r.nextAmount), dates::toLongText(r.nextAmountFrom)));
    if (r.cumulativeAmount > 0)
        addFact("factTotal", tr("In all, still to come"), money(r.cumulativeAmount));
    if (r.digitalCap && r.cumulativeAmount > 0)
        addFact("factDigitalCap", tr("Online offers, at most"), money(*r.digitalCap));
    else if (r.reasons.contains(QLatin1String("no_digital_cap")) && r.cumulativeAmount > 0)
        addFact("factDigitalCap", tr("Online offers, at most"), tr("no limit"));
    if (r.residenceConditionMetOn.isValid())
        addFact("factResidence", tr("More than one year in France on"), dates::toLongText(r.residenceConditionMetOn));
    if (r.freeOffersFrom.isValid() && r.status != EligibilityStatus::FreeOffersOnly)
        addFact("factFreeOffers", tr("Free offers from"), dates::toLongText(r.freeOffersFrom));

    m_explanationTitle->setText(tr("In short"));
    m_explanation->setText(r.explanation);
    m_explanation->setAccessibleName(r.explanation);

    // The same plan as the explanation's (EligibilityResult::identityPlan): one route, said once.
    const IdentityPlan &plan = m_model.identityPlan();
    const bool showsRoute = plan.route != IdentityRoute::None;
    m_nextTitle->setVisible(showsRoute);
    m_identity->setVisible(showsRoute);
    if (showsRoute) {
        m_nextTitle->setText(tr("What to do next"));
        QStringList lines;
        lines << tr("Identity check: %1").arg(plan.routeName());
        for (const auto &step : plan.steps())
            lines << QStringLiteral("• ") + step;
        QStringList captures;
        for (const auto &capture : plan.captures)
            captures << captureDisplayName(capture);
        lines << (captures.isEmpty() ? tr("No pictures to prepare.")
                                     : tr("Pictures to prepare: %1").arg(captures.join(QStringLiteral(", "))));
        m_identity->setText(lines.join(QLatin1Char('\n')));
        m_identity->setAccessibleName(m_identity->text());
    }
    m_rules->setText(tr("Rules applied: %1, %2, in force on %3.")
                         .arg(r.rulesetId, r.rulesetName, dates::toLongText(m_model.appointmentDate())));
    m_rules->setAccessibleName(m_rules->text());
}

} // namespace passerelle::ui
