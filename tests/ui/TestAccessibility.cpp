// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every page's widget tree through QAccessible and fails on any focusable control without
// a name or an objectName, in French, English and Arabic (laid out right to left on every page).
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"

#include "Profiles.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace passerelle;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyFocusableControlHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << "fr";
        QTest::newRow("en") << "en";
        QTest::newRow("ar") << "ar";
    }

    void everyFocusableControlHasAName()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        const RuleBook book = RuleBook::builtIn();
        const EligibilityEngine engine(book);
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        SessionModel model(engine, clock);
        // Every question answered; another nationality shows the residence fields too.
        ProfileForm form = test::answeredProfile("15", "3", "2009", Nationality::Other);
        form.residentSince = {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2024")};
        model.setProfile(form);
        model.setChosenCategories({QStringLiteral("JEU")}); // the interests page lets Next through
        ui::MainWindow window(model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Qt::LayoutDirection direction = language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
        int pages = 0;
        int checked = 0;
        QStringList problems;
        for (;;) {
            ++pages;
            for (auto *widget : window.findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(&window))
                    continue;
                if (widget->layoutDirection() != direction)
                    problems << QStringLiteral("page %1: %2 (%3) is not laid out %4")
                                    .arg(pages)
                                    .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()),
                                         direction == Qt::RightToLeft ? QStringLiteral("right to left")
                                                                      : QStringLiteral("left to right"));
                if (widget->focusPolicy() == Qt::NoFocus)
                    continue;
                ++checked;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
                const QString name = iface ? iface->text(QAccessible::Name) : QString();
                if (name.trimmed().isEmpty())
                    problems << QStringLiteral("page %1: %2 (%3) has no accessible name")
                                    .arg(pages)
                                    .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
                if (widget->objectName().isEmpty() && !widget->inherits("QScrollBar"))
                    problems << QStringLiteral("page %1: a %2 named \"%3\" has no objectName")
                                    .arg(pages)
                                    .arg(QString::fromLatin1(widget->metaObject()->className()), name);
            }
            // Alt+letter shortcuts: one letter, one control on the page (labels with a buddy, buttons).
            QHash<QChar, QString> mnemonics;
            for (auto *widget : window.findChildren<QWidget *>()) {
                // Two date fields repeat Day, Month, Year: Qt cycles between same-letter labels, as meant.
                if (!widget->isVisibleTo(&window) || widget->parentWidget()->inherits("passerelle::ui::DateFieldsEdit"))
                    continue;
                QString text;
                if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    text = button->text();
                const auto shortcut = QKeySequence::mnemonic(text);
                if (shortcut.isEmpty())
                    continue;
                const QChar key = QChar(shortcut[0].key()).toUpper();
                if (mnemonics.contains(key))
                    problems << QStringLiteral("page %1: Alt+%2 for both %3 and %4")
                                    .arg(pages)
                                    .arg(key)
                                    .arg(mnemonics.value(key), widget->objectName());
                mnemonics.insert(key, widget->objectName());
            }
            // The summary's preview is a rich-text document: its paragraphs follow the language too.
            if (auto *preview =
                    window.wizard()->currentPage()->findChild<QTextBrowser *>(QStringLiteral("summaryPreview")))
                QCOMPARE(preview->document()->defaultTextOption().textDirection(), direction);
            auto *next = window.wizard()->button(QWizard::NextButton);
            if (!next->isVisible() || !next->isEnabled())
                break;
            window.wizard()->next();
        }
        QCOMPARE(pages, 7); // welcome, profile, result, capture, interests, offers, summary
        QVERIFY(checked > 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        installTranslations(QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
