// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/KioskFlow.h"

#include "core/eligibility/AnswerFacts.h"
#include "core/eligibility/IdentityRoute.h"
#include "core/eligibility/Territory.h"
#include "core/offers/OfferCatalogue.h"
#include "core/offers/OfferGuide.h"
#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "core/util/Money.h"
#include "ui/modes/KioskChoices.h"
#include "ui/modes/KioskDateEntry.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/AnswerCard.h"
#include "ui/widgets/ChoiceTile.h"
#include "ui/widgets/EligibilityTimeline.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/QrCodeView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {
constexpr int kBarButtonPx = 56;
const QString kDontKnow = QStringLiteral("dont_know");

QString lines(const QStringList &list)
{
    QStringList bullets;
    for (const auto &line : list)
        bullets << QStringLiteral("• ") + line;
    return bullets.join(QLatin1Char('\n'));
}
} // namespace

KioskFlow::KioskFlow(SessionModel &model, const OfferCatalogue &catalogue, KioskTakeAway takeAway, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_catalogue(catalogue)
    , m_takeAway(std::move(takeAway))
    , m_count(roleLabel(this, "kioskStepCount", "stepCount"))
    , m_title(roleLabel(this, "kioskStepTitle", "pageTitle"))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("kioskFlow"));
    m_stack->setObjectName(QStringLiteral("kioskSteps"));
    for (auto *button : {m_back, m_done, m_next}) {
        button->setMinimumHeight(kBarButtonPx);
        button->setAutoDefault(false);
    }
    m_back->setProperty("role", QStringLiteral("secondary"));
    m_done->setProperty("role", QStringLiteral("secondary"));
    m_next->setProperty("role", QStringLiteral("primary"));
    auto *bar = new QHBoxLayout;
    bar->setSpacing(16);
    bar->addWidget(m_back);
    bar->addStretch();
    bar->addWidget(m_done);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_count);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    buildQuestions();
    buildInterests();
    for (auto step : {KioskStep::Answer, KioskStep::Offers, KioskStep::TakeAway}) {
        addPage(step, step == KioskStep::Answer   ? "kioskAnswerPage"
                      : step == KioskStep::Offers ? "kioskOffersPage"
                                                  : "kioskTakeAwayPage");
        pageLayout(step)->addStretch(); // what is filled in goes above it
    }

    connect(m_back, &QPushButton::clicked, this, &KioskFlow::back);
    connect(m_next, &QPushButton::clicked, this, &KioskFlow::next);
    connect(m_done, &QPushButton::clicked, this, &KioskFlow::leaveRequested);
    setTabOrder(m_back, m_done);
    setTabOrder(m_done, m_next);
    m_form = ProfileForm();
    retranslate();
    goTo(KioskStep::BirthDate);
}

QWidget *KioskFlow::addPage(KioskStep step, const char *objectName)
{
    auto *content = new QWidget;
    content->setObjectName(QString::fromLatin1(objectName));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    // Long pages at 200 % text scroll, with a scroll bar one can see and drag with a finger.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    m_pages.insert(step, content);
    return content;
}

QVBoxLayout *KioskFlow::pageLayout(KioskStep step) const
{
    return static_cast<QVBoxLayout *>(m_pages.value(step)->layout());
}

QLabel *KioskFlow::addText(KioskStep step, const QString &objectName, const QString &text, const char *role)
{
    auto *label = roleLabel(m_pages.value(step), "", role);
    label->setObjectName(objectName);
    label->setText(text);
    label->setAccessibleName(text);
    label->setTextFormat(Qt::PlainText);
    insertDynamic(step, label);
    return label;
}

void KioskFlow::insertDynamic(KioskStep step, QWidget *widget, Qt::Alignment alignment)
{
    auto *layout = pageLayout(step);
    layout->insertWidget(layout->count() - 1, widget, 0, alignment);
    m_dynamic[step] << widget;
}

void KioskFlow::clearDynamic(KioskStep step)
{
    for (auto *widget : m_dynamic.take(step)) {
        widget->hide();
        widget->deleteLater();
    }
    m_print = nullptr;
    m_printStatus = nullptr;
}

void KioskFlow::buildQuestions()
{
    const auto question = [this](KioskStep step, const char *pageName) {
        auto *page = addPage(step, pageName);
        auto *label = roleLabel(page, "", "question");
        label->setObjectName(QString::fromLatin1(pageName) + QStringLiteral("Question"));
        pageLayout(step)->addWidget(label);
        m_questions.insert(step, label);
        return page;
    };
    const auto choices = [this, &question](KioskStep step, const char *pageName) {
        auto *page = question(step, pageName);
        auto *choices = new KioskChoices(page);
        choices->setObjectName(QString::fromLatin1(pageName) + QStringLiteral("Choices"));
        pageLayout(step)->addWidget(choices);
        pageLayout(step)->addStretch();
        connect(choices, &KioskChoices::chosen, this, [this, step](const QVariant &value) {
            switch (step) {
            case KioskStep::Nationality:
                m_form.nationality = static_cast<Nationality>(value.toInt());
                break;
            case KioskStep::Territory:
                m_form.territory = value.toString();
                break;
            case KioskStep::Document:
                m_form.document = static_cast<IdentityDocument>(value.toInt());
                break;
            case KioskStep::Smartphone:
                m_form.hasSmartphone = value.toBool();
                break;
            case KioskStep::School:
                m_form.hasEduConnect = value.toBool();
                break;
            default:
                break;
            }
            answered(step);
        });
        return choices;
    };
    const auto date = [this, &question](KioskStep step, const char *pageName, const QString &prefix,
                                        MessageLine **error) {
        auto *page = question(step, pageName);
        auto *entry = new KioskDateEntry(prefix, page);
        *error = new MessageLine(page, qPrintable(prefix + QStringLiteral("Error")));
        pageLayout(step)->addWidget(entry);
        pageLayout(step)->addWidget(*error);
        pageLayout(step)->addStretch();
        connect(entry, &KioskDateEntry::edited, this, [this, step] {
            copyDates();
            answered(step);
        });
        return entry;
    };

    m_birth = date(KioskStep::BirthDate, "kioskBirthPage", QStringLiteral("birth"), &m_birthError);
    m_nationality = choices(KioskStep::Nationality, "kioskNationalityPage");
    m_nationality->addChoice(QStringLiteral("nationalityFrench"), static_cast<int>(Nationality::French));
    m_nationality->addChoice(QStringLiteral("nationalityEu"), static_cast<int>(Nationality::EuEeaSwiss));
    m_nationality->addChoice(QStringLiteral("nationalityOther"), static_cast<int>(Nationality::Other));
    m_residentSince =
        date(KioskStep::ResidentSince, "kioskResidencePage", QStringLiteral("residentSince"), &m_residenceError);
    m_territory = choices(KioskStep::Territory, "kioskTerritoryPage");
    for (const auto &code : territories::codes())
        m_territory->addChoice(QStringLiteral("territory_") + code, code);
    m_document = choices(KioskStep::Document, "kioskDocumentPage");
    for (auto document : allIdentityDocuments())
        m_document->addChoice(QStringLiteral("document_") + identityDocumentCode(document), static_cast<int>(document));
    m_smartphone = choices(KioskStep::Smartphone, "kioskSmartphonePage");
    m_smartphone->addChoice(QStringLiteral("smartphoneYes"), true);
    m_smartphone->addChoice(QStringLiteral("smartphoneNo"), false);
    m_school = choices(KioskStep::School, "kioskSchoolPage");
    m_school->addChoice(QStringLiteral("schoolYes"), true);
    m_school->addChoice(QStringLiteral("schoolNo"), false);
}

void KioskFlow::buildInterests()
{
    auto *page = addPage(KioskStep::Interests, "kioskInterestsPage");
    auto *question = roleLabel(page, "kioskInterestsQuestion", "question");
    pageLayout(KioskStep::Interests)->addWidget(question);
    m_questions.insert(KioskStep::Interests, question);
    auto *grid = new QWidget(page);
    grid->setObjectName(QStringLiteral("kioskInterestsTiles"));
    auto *flow = new FlowLayout(grid, 12);
    flow->setContentsMargins(0, 0, 0, 0);
    for (const auto &category : m_catalogue.categories())
        m_tiles << new ChoiceTile(category.id, category.iconPath, grid);
    m_dontKnow = new ChoiceTile(kDontKnow, OfferCatalogue::dontKnowIconPath(), grid);
    m_tiles << m_dontKnow;
    for (auto *tile : std::as_const(m_tiles)) {
        tile->setObjectName(QStringLiteral("tile_") + tile->id());
        tile->setMinimumWidth(200);
        flow->addWidget(tile);
        connect(tile, &QAbstractButton::clicked, this, [this, tile](bool checked) {
            if (tile == m_dontKnow) {
                m_chosen.clear();
                for (auto *other : std::as_const(m_tiles))
                    other->setChecked(other == m_dontKnow && checked);
            } else {
                m_dontKnow->setChecked(false);
                m_chosen.removeAll(tile->id());
                if (checked)
                    m_chosen << tile->id();
            }
            m_model.setChosenCategories(m_chosen);
            answered(KioskStep::Interests);
        });
    }
    pageLayout(KioskStep::Interests)->addWidget(grid);
    pageLayout(KioskStep::Interests)->addStretch();
}

QList<KioskStep> KioskFlow::steps() const
{
    const auto &result = m_model.result();
    return kioskSteps(m_form, m_model.appointmentDate(),
                      result && OfferGuide::outlook(*result) == PassOutlook::NotAvailable);
}

bool KioskFlow::isAnswered() const
{
    switch (m_current) {
    case KioskStep::BirthDate:
    case KioskStep::ResidentSince: {
        const auto *entry = m_current == KioskStep::BirthDate ? m_birth : m_residentSince;
        const QString field =
            m_current == KioskStep::BirthDate ? QStringLiteral("birth_date") : QStringLiteral("resident_since");
        if (!entry->isWhole())
            return false;
        for (const auto &error : m_model.checkProfile().errors) {
            if (error.field == field)
                return false;
        }
        return true;
    }
    case KioskStep::Interests:
        return m_dontKnow->isChecked() || !m_chosen.isEmpty();
    case KioskStep::Answer:
        return m_model.result().has_value();
    case KioskStep::Offers:
        return true;
    case KioskStep::TakeAway:
        return false;
    default:
        return m_answered.contains(m_current);
    }
}

void KioskFlow::copyDates()
{
    m_form.birth = m_birth->fields();
    m_form.residentSince = m_residentSince->fields();
    m_model.setProfile(m_form);
    // The error waits until the whole date is typed: no scolding mid-typing.
    QString birthError;
    QString residenceError;
    for (const auto &error : m_model.checkProfile().errors) {
        if (error.field == QLatin1String("birth_date"))
            birthError = error.message;
        else if (error.field == QLatin1String("resident_since"))
            residenceError = error.message;
    }
    if (m_birth->isWhole() && !birthError.isEmpty())
        m_birthError->showMessage(birthError, MessageLine::Kind::Error);
    else
        m_birthError->hideMessage();
    if (m_residentSince->isWhole() && !residenceError.isEmpty())
        m_residenceError->showMessage(residenceError, MessageLine::Kind::Error);
    else
        m_residenceError->hideMessage();
}

void KioskFlow::answered(KioskStep step)
{
    m_answered.insert(step);
    if (step != KioskStep::BirthDate && step != KioskStep::ResidentSince && step != KioskStep::Interests)
        m_model.setProfile(m_form);
    updateBar();
}

void KioskFlow::next()
{
    if (!isAnswered())
        return;
    const auto list = steps();
    const auto index = list.indexOf(m_current);
    if (index >= 0 && index + 1 < list.size())
        goTo(list.at(index + 1));
}

void KioskFlow::back()
{
    const auto list = steps();
    const auto index = list.indexOf(m_current);
    if (index > 0)
        goTo(list.at(index - 1));
}

void KioskFlow::goTo(KioskStep step)
{
    m_current = step;
    if (step == KioskStep::Answer) {
        m_model.setProfile(m_form);
        m_model.evaluate();
        fillAnswer();
    } else if (step == KioskStep::Offers) {
        fillOffers();
    } else if (step == KioskStep::TakeAway) {
        fillTakeAway();
    }
    m_stack->setCurrentWidget(m_pages.value(step)->parentWidget()->parentWidget());
    updateBar();
    focusStep();
    emit stepChanged(step);
}

void KioskFlow::focusStep()
{
    const KioskStep step = m_current;
    // The focus starts on the page's first control, for those who bring a keyboard.
    if (step == KioskStep::BirthDate)
        m_birth->field(m_birth->activeField())->setFocus();
    else if (step == KioskStep::ResidentSince)
        m_residentSince->field(m_residentSince->activeField())->setFocus();
    else if (auto *first = m_pages.value(step)->findChild<QAbstractButton *>())
        first->setFocus();
    else
        m_next->setFocus();
}

void KioskFlow::updateBar()
{
    const auto list = steps();
    const auto index = list.indexOf(m_current);
    m_count->setText(tr("Step %1 of %2").arg(index + 1).arg(list.size()));
    m_count->setAccessibleName(m_count->text());
    static const char *const titles[] = {QT_TR_NOOP("Your date of birth"),
                                         QT_TR_NOOP("Your nationality"),
                                         QT_TR_NOOP("In France since"),
                                         QT_TR_NOOP("Where you live"),
                                         QT_TR_NOOP("Your identity document"),
                                         QT_TR_NOOP("Your phone"),
                                         QT_TR_NOOP("School"),
                                         QT_TR_NOOP("Your answer"),
                                         QT_TR_NOOP("What you like"),
                                         QT_TR_NOOP("Ideas for you"),
                                         QT_TR_NOOP("To take away")};
    m_title->setText(tr(titles[static_cast<int>(m_current)]));
    m_title->setAccessibleName(m_title->text());
    m_back->setVisible(index > 0);
    const bool last = m_current == KioskStep::TakeAway;
    m_next->setVisible(!last);
    m_next->setEnabled(isAnswered());
    // On the last step, leaving is what is left to do: the one primary button.
    m_done->setProperty("role", last ? QStringLiteral("primary") : QStringLiteral("secondary"));
    m_done->style()->unpolish(m_done);
    m_done->style()->polish(m_done);
}

void KioskFlow::fillAnswer()
{
    clearDynamic(KioskStep::Answer);
    const auto &result = m_model.result();
    if (!result) {
        const auto check = m_model.checkProfile();
        addText(KioskStep::Answer, QStringLiteral("kioskAnswerProblem"),
                check.errors.isEmpty() ? tr("Something is missing: go back one step.") : check.errors.first().message,
                "error");
        return;
    }
    // The same card and timeline as the counselor's result page.
    const AnswerFacts facts = kioskFacts();
    auto *card = new AnswerCard(m_pages.value(KioskStep::Answer));
    card->setObjectName(QStringLiteral("kioskAnswerCard"));
    card->setFacts(facts);
    insertDynamic(KioskStep::Answer, card);
    if (!facts.timeline.isEmpty()) {
        auto *timeline = new EligibilityTimeline(m_pages.value(KioskStep::Answer));
        timeline->setObjectName(QStringLiteral("kioskTimeline"));
        timeline->setTimeline(facts.timeline);
        insertDynamic(KioskStep::Answer, timeline);
    }
}

void KioskFlow::fillOffers()
{
    clearDynamic(KioskStep::Offers);
    const auto &result = m_model.result();
    if (!result)
        return;
    const TailoredOffers offers =
        OfferGuide::tailor(m_catalogue, m_chosen, *result, m_model.identityPlan(),
                           m_form.document.value_or(IdentityDocument::None), m_model.language());
    // The answer once, on its own step; here a one-line reminder.
    addText(KioskStep::Offers, QStringLiteral("kioskReminder"), kioskFacts().reminder, "hint");
    addText(KioskStep::Offers, QStringLiteral("kioskOffersIntro"), offers.categoriesIntro);
    int index = 0;
    for (const auto &category : offers.chosen) {
        addText(KioskStep::Offers, QStringLiteral("kioskOfferTitle%1").arg(index), category.label, "heading");
        QStringList text{category.description};
        for (const auto &example : category.examples.mid(0, 3))
            text << QStringLiteral("• ") + example;
        addText(KioskStep::Offers, QStringLiteral("kioskOfferText%1").arg(index), text.join(QLatin1Char('\n')));
        ++index;
    }
    if (!offers.digitalNote.isEmpty())
        addText(KioskStep::Offers, QStringLiteral("kioskDigitalNote"), offers.digitalNote.join(QLatin1Char(' ')),
                "hint");
    if (!offers.howToBook.isEmpty()) {
        addText(KioskStep::Offers, QStringLiteral("kioskHowTitle"), offers.howToBookTitle, "heading");
        addText(KioskStep::Offers, QStringLiteral("kioskHowSteps"), lines(offers.howToBook));
    }
}

AnswerFacts KioskFlow::kioskFacts() const
{
    // The same facts as the counselor's result page, in the kiosk's own words where the card would
    // point to a counselor who is not there.
    AnswerFacts facts = m_model.answerFacts();
    if (facts.tone == AnswerTone::No)
        facts.action = tr("Ask at the front desk which of these ideas are near you.");
    if (m_form.document == IdentityDocument::None && !facts.document.isEmpty())
        facts.document = tr("An identity document: a counselor at the Mission Locale can help you ask for one.");
    return facts;
}

void KioskFlow::fillTakeAway()
{
    clearDynamic(KioskStep::TakeAway);
    QWidget *page = m_pages.value(KioskStep::TakeAway);
    const auto &result = m_model.result();

    // The code beside what it does and the printout: the same code as the summary's, from the same
    // setting; a public link, nothing about the person.
    auto *row = new QWidget(page);
    row->setObjectName(QStringLiteral("kioskTakeAwayRow"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(24);
    auto *qr = new QrCodeView(row);
    qr->setObjectName(QStringLiteral("kioskQrCode"));
    const bool hasCode = qr->setLink(m_takeAway.site.link);
    qr->setVisible(hasCode);
    const int side = qr->fontMetrics().height() * 8;
    qr->setFixedSize(side, side);
    rowLayout->addWidget(qr, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    rowLayout->addLayout(column, 1);
    auto *qrText = roleLabel(row, "kioskQrText", "");
    qrText->setText(hasCode ? tr("Scan this code with your phone: it opens %1, where you find the pass Culture app. "
                                 "It holds nothing about you.")
                                  .arg(m_takeAway.site.link.host())
                            : tr("Find the pass Culture app in your phone's app store."));
    qrText->setAccessibleName(qrText->text());
    column->addWidget(qrText);
    if (result && m_takeAway.printer) {
        m_print = new QPushButton(tr("Print my summary"), row);
        name(m_print, "kioskPrintButton", tr("Print my summary"),
             tr("Prints one page with your answer, without your name."));
        m_print->setMinimumHeight(kBarButtonPx);
        m_print->setProperty("role", QStringLiteral("secondary"));
        m_print->setAutoDefault(false);
        m_printStatus = new MessageLine(row, "kioskPrintStatus");
        column->addWidget(m_print, 0, Qt::AlignLeading);
        column->addWidget(m_printStatus);
        connect(m_print, &QPushButton::clicked, this, &KioskFlow::printSummary);
    }
    column->addStretch();
    insertDynamic(KioskStep::TakeAway, row);

    // No photo at the kiosk: what to bring to a counselor (the card's document line, from the
    // identity plan) and how to see one.
    addText(KioskStep::TakeAway, QStringLiteral("kioskBookTitle"), tr("To see a counselor"), "heading");
    QStringList book;
    if (result && m_model.identityPlan().route != IdentityRoute::None) {
        book << tr("If you want help to confirm your identity, a counselor at the Mission Locale can do it with you.");
        if (const QString document = kioskFacts().document; !document.isEmpty())
            book << document;
    }
    const SummarySettings &site = m_takeAway.site;
    if (!site.missionLocaleContact.trimmed().isEmpty()) {
        book << tr("Make an appointment with %1:")
                    .arg(site.missionLocaleName.trimmed().isEmpty() ? tr("the Mission Locale")
                                                                    : site.missionLocaleName.trimmed());
        book << site.missionLocaleContact.trimmed();
    }
    book << tr("You can ask at the front desk.");
    addText(KioskStep::TakeAway, QStringLiteral("kioskBook"), book.join(QLatin1Char('\n')));
}

void KioskFlow::printSummary()
{
    std::unique_ptr<QPrinter> printer = m_takeAway.printer ? m_takeAway.printer() : nullptr;
    QString error;
    bool printed = false;
    if (printer && m_model.result()) {
        const SessionRecord record = m_model.toRecord(DeviceContext{});
        printed = SummaryDocument::render(*printer, record, m_catalogue, m_takeAway.site, m_model.language(), &error);
    }
    if (!m_printStatus)
        return;
    if (printed)
        m_printStatus->showMessage(tr("Printed: take your page at the printer."), MessageLine::Kind::Success);
    else
        m_printStatus->showMessage(tr("The printer does not answer. You can ask at the front desk."),
                                   MessageLine::Kind::Warning);
}

void KioskFlow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskFlow::retranslate()
{
    m_back->setText(tr("Back"));
    name(m_back, "kioskBackButton", tr("Back to the previous question"));
    m_next->setText(tr("Next"));
    name(m_next, "kioskNextButton", tr("Next question"));
    m_done->setText(tr("I'm done"));
    name(m_done, "kioskDoneButton", tr("I'm done"), tr("Erases your answers and leaves the kiosk to the next person."));
    m_questions[KioskStep::BirthDate]->setText(tr("What is your date of birth?"));
    m_questions[KioskStep::Nationality]->setText(tr("What is your nationality?"));
    m_questions[KioskStep::ResidentSince]->setText(tr("Since when have you lived in France?"));
    m_questions[KioskStep::Territory]->setText(tr("Where do you live?"));
    m_questions[KioskStep::Document]->setText(tr("Which identity document do you have?"));
    m_questions[KioskStep::Smartphone]->setText(tr("Do you have a smartphone?"));
    m_questions[KioskStep::School]->setText(
        tr("Are you at school, with your ÉduConnect codes? (ÉduConnect is the login your school gives you.)"));
    m_questions[KioskStep::Interests]->setText(tr("What do you like? Choose as many as you want."));
    for (auto *label : std::as_const(m_questions))
        label->setAccessibleName(label->text());
    m_birth->setAccessibleName(tr("Date of birth"));
    m_residentSince->setAccessibleName(tr("In France since"));
    for (auto nationality : {Nationality::French, Nationality::EuEeaSwiss, Nationality::Other})
        m_nationality->setLabel(static_cast<int>(nationality), nationalityDisplayName(nationality));
    for (const auto &code : territories::codes())
        m_territory->setLabel(code, territories::displayName(code));
    for (auto document : allIdentityDocuments())
        m_document->setLabel(static_cast<int>(document), identityDocumentDisplayName(document));
    m_smartphone->setLabel(true, tr("Yes"));
    m_smartphone->setLabel(false, tr("No"));
    m_school->setLabel(true, tr("Yes, I have my codes"));
    m_school->setLabel(false, tr("No"));
    const QString language = m_model.language();
    for (auto *tile : std::as_const(m_tiles)) {
        if (tile == m_dontKnow)
            tile->setLabel(tr("I don't know"));
        else if (const auto *category = m_catalogue.byId(tile->id()))
            tile->setLabel(category->label.in(language));
    }
    updateBar();
    // Pages built from the model speak the new language too.
    if (m_current == KioskStep::Answer)
        fillAnswer();
    else if (m_current == KioskStep::Offers)
        fillOffers();
    else if (m_current == KioskStep::TakeAway)
        fillTakeAway();
}

} // namespace passerelle::ui
