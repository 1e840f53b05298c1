// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 (11): the PIN dialog shows its whole message (wrapped, never cut) at 100 % and 200 % text.
// Issue 16: the PIN is typed on the kiosk's number pad (no keyboard at a touch kiosk), into the same
// field a keyboard types in.
#include "core/modes/PinLock.h"
#include "core/util/Clock.h"
#include "ui/modes/PinDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

class TestPinDialog : public QObject
{
    Q_OBJECT

private slots:
    void padTypesThePin();
    void messageIsNeverCut_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("200 %") << 2.0;
    }

    void messageIsNeverCut()
    {
        QFETCH(double, scale);
        const QFont original = QApplication::font();
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(font);
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        PinLock lock(PinLock::adminKey(), clock, dir.filePath(QStringLiteral("settings.ini")));
        QString why;
        QVERIFY(lock.setPin(QStringLiteral("482913"), 6, &why));
        ui::PinDialog dialog(lock, QStringLiteral("Administration"),
                             QStringLiteral("Enter the admin PIN to leave the kiosk."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("pinMessage"));
        QVERIFY(pin && message);
        for (int i = 0; i < 4; ++i) { // three wrong PINs, then a try while locked out: the longest message
            pin->setText(QStringLiteral("00000%1").arg(i));
            dialog.submit();
        }
        QCoreApplication::processEvents();
        QVERIFY(message->isVisible());
        QVERIFY(message->wordWrap());
        QVERIFY2(message->text().contains(QStringLiteral("30")), qPrintable(message->text()));
        // Every line of the wrapped message fits: the label is as tall as its text needs at its
        // width, and it lies inside the dialog.
        QVERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("%1 < %2 at width %3")
                                .arg(message->height())
                                .arg(message->heightForWidth(message->width()))
                                .arg(message->width())));
        QVERIFY(dialog.rect().contains(message->geometry()));
        if (!qEnvironmentVariableIsEmpty("PASSERELLE_SCREENSHOTS"))
            dialog.grab().save(QStringLiteral("%1/pin-dialog-%2.png")
                                   .arg(qEnvironmentVariable("PASSERELLE_SCREENSHOTS"))
                                   .arg(int(scale * 100)));
        QApplication::setFont(original);
    }
};

void TestPinDialog::padTypesThePin()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    PinLock lock(PinLock::adminKey(), clock, dir.filePath(QStringLiteral("settings.ini")));
    QString why;
    QVERIFY(lock.setPin(QStringLiteral("482913"), 6, &why));
    ui::PinDialog dialog(lock, QStringLiteral("Administration"), QStringLiteral("Admin PIN"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    const auto key = [&dialog](const QString &name) {
        auto *button = dialog.findChild<QAbstractButton *>(name);
        QVERIFY2(button && button->isVisible(), qPrintable(name));
        QVERIFY2(button->height() >= 48 && button->width() >= 48, qPrintable(name));
        button->click();
    };
    // A wrong digit, erased on the pad, then the rest: the field holds what the pad typed.
    for (const QChar digit : QStringLiteral("4829"))
        key(QStringLiteral("pinDigit") + digit);
    key(QStringLiteral("pinErase"));
    QCOMPARE(pin->text(), QStringLiteral("482"));
    for (const QChar digit : QStringLiteral("913"))
        key(QStringLiteral("pinDigit") + digit);
    QCOMPARE(pin->text(), QStringLiteral("482913"));
    key(QStringLiteral("pinOkButton"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(pin->text().isEmpty()); // the PIN is not kept in the field
}

QTEST_MAIN(TestPinDialog)
#include "TestPinDialog.moc"
