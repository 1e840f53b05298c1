// SPDX-License-Identifier: GPL-3.0-or-later
// The message line: what each kind looks like (icon, colour) and what a screen reader hears.
#include "ui/Theme.h"
#include "ui/widgets/MessageLine.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QVBoxLayout>

using namespace passerelle;
using ui::MessageLine;

class TestMessageLine : public QObject
{
    Q_OBJECT

private:
    /** The colour of the bar at the line's left edge, as drawn. */
    static QColor barColour(MessageLine *line)
    {
        const QImage image = line->grab().toImage();
        return image.pixelColor(1, image.height() / 2);
    }

private slots:
    void initTestCase() { ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0}); }

    void hiddenUntilThereIsSomethingToSay()
    {
        QWidget page;
        auto *line = new MessageLine(&page, "testMessage", QStringLiteral("Result"));
        (new QVBoxLayout(&page))->addWidget(line);
        page.show();
        QCOMPARE(line->objectName(), QStringLiteral("testMessage"));
        QVERIFY(!line->isVisible());
        QCOMPARE(line->accessibleName(), QStringLiteral("Result"));
        QVERIFY(line->message().isEmpty());
    }

    void eachKindHasItsIconColourAndWords()
    {
        QWidget page;
        auto *line = new MessageLine(&page, "testMessage", QStringLiteral("Result"));
        (new QVBoxLayout(&page))->addWidget(line);
        page.resize(400, 100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QList<QColor> bars;
        const QList<std::pair<MessageLine::Kind, QString>> kinds{{MessageLine::Kind::Information, QStringLiteral("ℹ")},
                                                                 {MessageLine::Kind::Success, QStringLiteral("✓")},
                                                                 {MessageLine::Kind::Warning, QStringLiteral("⚠")},
                                                                 {MessageLine::Kind::Error, QStringLiteral("⚠")}};
        for (const auto &[kind, icon] : kinds) {
            line->showMessage(QStringLiteral("The file was saved."), kind);
            QVERIFY(line->isVisible());
            // The icon says the kind without colour; the words are the message.
            QCOMPARE(line->text(), icon + QStringLiteral(" The file was saved."));
            QCOMPARE(line->message(), QStringLiteral("The file was saved."));
            QCOMPARE(line->kind(), kind);
            QCOMPARE(line->property("message").toString(), MessageLine::kindCode(kind));
            // A screen reader hears the words and the kind, never a name left from an earlier message.
            QCOMPARE(line->accessibleName(), QStringLiteral("The file was saved."));
            QCOMPARE(line->accessibleDescription(), MessageLine::kindName(kind));
            bars << barColour(line);
        }
        // The theme's colour per kind (ux.md: information blue, success green, warning amber, error
        // red; the DSFR's shades).
        QCOMPARE(bars.at(0), QColor(QStringLiteral("#0063cb")));
        QCOMPARE(bars.at(1), QColor(QStringLiteral("#18753c")));
        QCOMPARE(bars.at(2), QColor(QStringLiteral("#b34000")));
        QCOMPARE(bars.at(3), QColor(QStringLiteral("#ce0500")));

        // The next message replaces the name at once; hiding brings back the idle name.
        line->showMessage(QStringLiteral("Could not save."), MessageLine::Kind::Error);
        QCOMPARE(line->accessibleName(), QStringLiteral("Could not save."));
        line->hideMessage();
        QVERIFY(!line->isVisible());
        QVERIFY(line->text().isEmpty());
        QCOMPARE(line->accessibleName(), QStringLiteral("Result"));
        QVERIFY(line->accessibleDescription().isEmpty());
    }

    void aStandingStatusChangesWithoutShowingItself()
    {
        QWidget page;
        auto *line = new MessageLine(&page, "fieldError");
        (new QVBoxLayout(&page))->addWidget(line);
        page.show();
        line->setMessage(QStringLiteral("This date does not exist."), MessageLine::Kind::Error);
        QVERIFY(!line->isVisible());
        QCOMPARE(line->accessibleName(), QStringLiteral("This date does not exist."));
        line->setVisible(true);
        QVERIFY(line->text().startsWith(QStringLiteral("⚠")));
        line->setMessage(QString(), MessageLine::Kind::Error);
        QVERIFY(line->text().isEmpty());
        QVERIFY(line->accessibleName().isEmpty());
    }

    void highContrastKeepsTheKindsApart()
    {
        ui::applyTheme(*qApp, {ui::ThemeKind::HighContrast, 1.0});
        QWidget page;
        auto *line = new MessageLine(&page, "testMessage");
        (new QVBoxLayout(&page))->addWidget(line);
        page.resize(400, 100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        line->showMessage(QStringLiteral("Saved."), MessageLine::Kind::Success);
        const QColor success = barColour(line);
        line->showMessage(QStringLiteral("Not saved."), MessageLine::Kind::Error);
        const QColor error = barColour(line);
        QCOMPARE(success, QColor(QStringLiteral("#8ee08e")));
        QCOMPARE(error, QColor(QStringLiteral("#ff8a8a")));
        ui::applyTheme(*qApp, {ui::ThemeKind::Standard, 1.0});
    }
};

QTEST_MAIN(TestMessageLine)
#include "TestMessageLine.moc"
