// SPDX-License-Identifier: GPL-3.0-or-later
// Mode rules, mode resolution, demo personas and mode settings, without a display.
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/AppMode.h"
#include "core/modes/DemoPersonas.h"
#include "core/modes/ModeSettings.h"
#include "core/session/SessionModel.h"
#include "core/util/Clock.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

class TestAppMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rulesPerMode()
    {
        const auto counselor = ModeRules::forMode(AppMode::Counselor);
        QVERIFY(counselor.history && counselor.settings && counselor.fileDialogs && counselor.persistent);
        QVERIFY(!counselor.fullScreen && !counselor.idleWipe && !counselor.demoBanner);
        const auto kiosk = ModeRules::forMode(AppMode::Kiosk);
        QVERIFY(kiosk.fullScreen && kiosk.idleWipe && kiosk.attractScreen && kiosk.exitNeedsAdminPin);
        QVERIFY(!kiosk.history && !kiosk.settings && !kiosk.fileDialogs && !kiosk.menus);
        const auto demo = ModeRules::forMode(AppMode::Demo);
        QVERIFY(!demo.persistent && demo.demoBanner && demo.personas && demo.stepShortcuts);
        QVERIFY(demo.defaultTextScale > 1.0);
        QVERIFY(!demo.history && !demo.settings && !demo.fileDialogs);
    }

    void codesRoundTrip()
    {
        for (auto mode : {AppMode::Counselor, AppMode::Kiosk, AppMode::Demo})
            QCOMPARE(appModeFromCode(appModeCode(mode)), mode);
        QVERIFY(!appModeFromCode(QStringLiteral("lobby")));
    }

    void resolution()
    {
        QString error;
        QCOMPARE(resolveAppMode(false, false, {}, &error), AppMode::Counselor);
        QCOMPARE(resolveAppMode(true, false, {}, &error), AppMode::Kiosk);
        QCOMPARE(resolveAppMode(false, true, QStringLiteral("kiosk"), &error), AppMode::Demo);
        QCOMPARE(resolveAppMode(false, false, QStringLiteral("kiosk"), &error), AppMode::Kiosk);
        QVERIFY(!resolveAppMode(true, true, {}, &error));
        QVERIFY(error.contains(QStringLiteral("--kiosk")));
        error.clear();
        QVERIFY(!resolveAppMode(false, false, QStringLiteral("demo"), &error));
        QVERIFY(!error.isEmpty());
    }

    void personasShowTheThreeAnswers_data()
    {
        QTest::addColumn<QDate>("appointment");
        QTest::newRow("webinar day") << QDate(2026, 11, 26);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("new year") << QDate(2027, 1, 1);
    }

    void personasShowTheThreeAnswers()
    {
        QFETCH(QDate, appointment);
        const RuleBook book = RuleBook::builtIn();
        const EligibilityEngine engine(book);
        const FixedClock clock(QDateTime(appointment, QTime(9, 0), Qt::UTC));
        SessionModel model(engine, clock);
        const auto personas = demoPersonas(appointment);
        QCOMPARE(personas.size(), 3);
        const QList<EligibilityStatus> expected{EligibilityStatus::Eligible, EligibilityStatus::ResidenceTooShort,
                                                EligibilityStatus::TooOld};
        for (int i = 0; i < personas.size(); ++i) {
            model.start();
            model.setProfile(personas[i].profile);
            QVERIFY2(model.evaluate(), qPrintable(personas[i].id));
            QCOMPARE(model.result()->status, expected[i]);
            QVERIFY(!personas[i].title.isEmpty() && !personas[i].description.isEmpty());
            QCOMPARE(model.result()->age, QList<int>({17, 18, 20})[i]);
        }
    }

    void settingsAreReadWithBounds()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const IdleTimings defaults = loadIdleTimings(settings);
        QCOMPARE(defaults.idleMs, 60'000);
        QCOMPARE(defaults.countdownMs, 20'000);
        settings.setValue(QStringLiteral("kiosk/idleSeconds"), 90);
        settings.setValue(QStringLiteral("kiosk/countdownSeconds"), 1);
        QCOMPARE(loadIdleTimings(settings).idleMs, 90'000);
        QCOMPARE(loadIdleTimings(settings).countdownMs, 5'000);

        CounselorProfile profile{QStringLiteral(" Inès Martin "), QStringLiteral("Mission Locale de Lens"),
                                 QStringLiteral("03 21 00 00 00")};
        profile.save(settings);
        QCOMPARE(settings.value(QStringLiteral("site/name")).toString(), QStringLiteral("Mission Locale de Lens"));
        QCOMPARE(CounselorProfile::load(settings).counselorName, QStringLiteral("Inès Martin"));

        DisplaySettings display;
        display.theme = QStringLiteral("high-contrast");
        display.textScale = 3.0;
        display.save(settings);
        const auto read = DisplaySettings::load(settings);
        QCOMPARE(read.theme, QStringLiteral("high-contrast"));
        QCOMPARE(read.textScale, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestAppMode)
#include "TestAppMode.moc"
