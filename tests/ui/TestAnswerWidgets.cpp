// SPDX-License-Identifier: GPL-3.0-or-later
// The answer card and the timeline (issue 15) on their own, as the wizard and the kiosk use them:
// a kind "no" shows what exists instead first, with its pictograms; the timeline says in words
// what it draws, mirrors right to left, and grows with the text size.
#include "core/eligibility/AnswerFacts.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/util/Translations.h"
#include "ui/Theme.h"
#include "ui/widgets/AnswerCard.h"
#include "ui/widgets/EligibilityTimeline.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace passerelle;

class TestAnswerWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligibleCardSaysAmountActionAndDocument();
    void kindNoShowsOtherHelpFirstWithPictograms();
    void kindNoIsNeverRed();
    void timelineDescribesWhatItDraws();
    void timelineMirrorsRightToLeft();
    void timelineGrowsWithTheText();
    void timelineRowsFitArabicLines();

private:
    AnswerFacts facts(const char *birth, const char *territory = "metro")
    {
        EligibilityInput in;
        in.birthDate = QDate::fromString(QString::fromLatin1(birth), Qt::ISODate);
        in.appointmentDate = QDate(2026, 11, 26);
        in.territory = QString::fromLatin1(territory);
        const EligibilityResult r = m_engine->evaluate(in);
        return AnswerFacts::make(r, m_book.byId(r.rulesetId), in.birthDate, in.appointmentDate,
                                 IdentityDocument::FrenchIdCard);
    }
    /** The visible labels of @p widget, top to bottom. */
    static QStringList visibleTexts(QWidget *widget)
    {
        QList<QLabel *> labels;
        for (auto *label : widget->findChildren<QLabel *>()) {
            if (label->isVisibleTo(widget) && !label->text().isEmpty())
                labels << label;
        }
        std::sort(labels.begin(), labels.end(), [widget](QLabel *a, QLabel *b) {
            return a->mapTo(widget, QPoint()).y() < b->mapTo(widget, QPoint()).y();
        });
        QStringList out;
        for (auto *label : labels)
            out << label->text();
        return out;
    }

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

void TestAnswerWidgets::initTestCase()
{
    installTranslations(QStringLiteral("fr"));
    m_book = RuleBook::builtIn();
    m_engine = std::make_unique<EligibilityEngine>(m_book);
}

void TestAnswerWidgets::eligibleCardSaysAmountActionAndDocument()
{
    ui::AnswerCard card;
    const AnswerFacts f = facts("2009-06-01");
    card.setFacts(f);
    card.resize(700, card.heightForWidth(700) > 0 ? card.heightForWidth(700) : 500);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    const QStringList texts = visibleTexts(&card);
    QCOMPARE(texts.value(0), f.headline);
    QVERIFY(texts.contains(f.amount));
    QVERIFY(texts.contains(f.action));
    QVERIFY(texts.contains(f.document));
    QVERIFY(!card.findChild<QWidget *>(QStringLiteral("otherHelp"))->isVisibleTo(&card));
    QCOMPARE(card.accessibleName(), f.headline);
    QVERIFY(card.accessibleDescription().contains(f.action));
    QCOMPARE(card.property("tone").toString(), QStringLiteral("yes"));
}

void TestAnswerWidgets::kindNoShowsOtherHelpFirstWithPictograms()
{
    ui::AnswerCard card;
    const AnswerFacts f = facts("2001-01-01"); // 25
    QCOMPARE(f.tone, AnswerTone::No);
    card.setFacts(f);
    card.resize(700, 900);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    const QStringList texts = visibleTexts(&card);
    // The headline, then what exists instead, before the action.
    QCOMPARE(texts.value(0), f.headline);
    QCOMPARE(texts.value(1), QStringLiteral("Ce qui existe pour toi"));
    QVERIFY(texts.indexOf(f.otherHelp.first().title) < texts.indexOf(f.action));
    for (const auto &help : f.otherHelp) {
        auto *icon = card.findChild<QLabel *>(QStringLiteral("helpIcon_") + help.id);
        QVERIFY2(icon, qPrintable(help.id));
        QVERIFY2(!icon->pixmap().isNull(), qPrintable(help.pictogram)); // the SVG is in the resources
        QCOMPARE(icon->accessibleName(), help.title);
        // The pictogram is drawn, not blank.
        const QImage image = icon->pixmap().toImage();
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).alpha() > 0);
    }
    // A "not yet" keeps what exists for after the answer.
    card.setFacts(facts("2012-06-01"));
    QApplication::processEvents(); // the layout places the rows again
    const QStringList later = visibleTexts(&card);
    QVERIFY(later.indexOf(QStringLiteral("En attendant, ce qui existe pour toi")) > later.indexOf(card.facts().action));
}

void TestAnswerWidgets::kindNoIsNeverRed()
{
    for (const char *birth : {"2001-01-01", "2007-06-01"}) {
        const AnswerFacts f = facts(birth);
        const QColor colour = ui::answerToneColor(f.tone, Qt::white);
        QVERIFY2(!(colour.red() > 150 && colour.green() < 100 && colour.blue() < 100), qPrintable(colour.name()));
        ui::AnswerCard card;
        card.setFacts(f);
        // The theme's red headline is for status "no": the card never sets it.
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("answerHeadline"))->property("status").toString().isEmpty());
    }
    const AnswerFacts abroad = facts("2008-06-01", "abroad");
    QCOMPARE(abroad.tone, AnswerTone::No);
    QVERIFY(abroad.otherHelpFirst);
}

void TestAnswerWidgets::timelineDescribesWhatItDraws()
{
    ui::EligibilityTimeline timeline;
    const AnswerFacts f = facts("2009-06-01");
    timeline.setTimeline(f.timeline);
    const QString description = timeline.accessibleDescription();
    for (const auto &m : f.timeline.milestones)
        QVERIFY2(description.contains(m.label), qPrintable(m.label));
    QVERIFY(description.contains(QStringLiteral("maintenant")));
    QVERIFY(description.contains(QStringLiteral("17\u00a0ans")) || description.contains(QStringLiteral("17 ans")));
    QVERIFY(!timeline.accessibleName().isEmpty());
    // Drawn: the "now" milestone in the yes colour, somewhere on the axis.
    timeline.resize(800, timeline.sizeHint().height());
    const QImage image = timeline.grab().toImage();
    const QColor now = ui::answerToneColor(AnswerTone::Yes, timeline.palette().color(QPalette::Window));
    const int x = qRound(timeline.xForAge(17));
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        found = image.pixelColor(x, y) == now;
    QVERIFY(found);
    // Empty (no rule set): nothing shown.
    timeline.setTimeline({});
    QVERIFY(timeline.isHidden());
}

void TestAnswerWidgets::timelineMirrorsRightToLeft()
{
    ui::EligibilityTimeline timeline;
    timeline.setTimeline(facts("2009-06-01").timeline);
    timeline.resize(800, timeline.sizeHint().height());
    const double leftToRight15 = timeline.xForAge(15);
    const double leftToRight21 = timeline.xForAge(21);
    QVERIFY(leftToRight15 < leftToRight21);
    timeline.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(timeline.xForAge(15) > timeline.xForAge(21));
    QCOMPARE(timeline.xForAge(15), 800 - leftToRight15);
}

void TestAnswerWidgets::timelineGrowsWithTheText()
{
    ui::EligibilityTimeline timeline;
    timeline.setTimeline(facts("2009-06-01").timeline);
    const int normal = timeline.sizeHint().height();
    QFont font = timeline.font();
    font.setPointSizeF(font.pointSizeF() * 2);
    timeline.setFont(font);
    QVERIFY2(timeline.sizeHint().height() >= normal * 1.8, qPrintable(QString::number(timeline.sizeHint().height())));
    ui::AnswerCard card;
    card.setFacts(facts("2001-01-01"));
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    const int iconNormal = card.findChild<QLabel *>(QStringLiteral("helpIcon_library"))->width();
    card.setFont(font);
    QApplication::processEvents();
    QVERIFY(card.findChild<QLabel *>(QStringLiteral("helpIcon_library"))->width() >= iconNormal * 1.8);
}

void TestAnswerWidgets::timelineRowsFitArabicLines()
{
    // Arabic comes from a fallback font with taller lines: the rows follow the tallest line of the
    // timeline's words, or the second line of "عروض مجانية" is cut off under the axis.
    ui::EligibilityTimeline timeline;
    QFont font = timeline.font(); // the app's: Noto Sans, then Noto Sans Arabic for Arabic words
    font.setFamilies(ui::themeFontFamilies());
    font.setPixelSize(16);
    timeline.setFont(font);
    AnswerTimeline words = facts("2009-06-01").timeline;
    timeline.setTimeline(words);
    const int latin = timeline.sizeHint().height();
    const QString arabic = QString::fromUtf16(u"عروض مجانية");
    const QFontMetrics metrics = timeline.fontMetrics();
    const int arabicLine = metrics.boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignLeft, arabic).height();
    if (arabicLine <= metrics.lineSpacing())
        QSKIP("no Arabic font with taller lines on this machine");
    words.milestones.first().label = arabic;
    timeline.setTimeline(words);
    const double grown = double(timeline.sizeHint().height()) / latin;
    QVERIFY2(grown >= double(arabicLine) / metrics.lineSpacing() - 0.05,
             qPrintable(QStringLiteral("%1 -> %2").arg(latin).arg(timeline.sizeHint().height())));
}

QTEST_MAIN(TestAnswerWidgets)
#include "TestAnswerWidgets.moc"
