// SPDX-License-Identifier: GPL-3.0-or-later
// The app's command line read against the admin's settings, without a display.
#include "app/LaunchOptions.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using app::LaunchOptions;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_error;
    int m_run = 0;

    /** The options for `passerelle ARGS` with the settings as they are; null with m_error set. */
    std::optional<LaunchOptions> read(const QStringList &arguments)
    {
        app::LaunchParser launch;
        m_error.clear();
        if (!launch.parser().parse(QStringList{QStringLiteral("passerelle")} + arguments)) {
            m_error = launch.parser().errorText();
            return std::nullopt;
        }
        return launch.read(*m_settings, &m_error);
    }

private slots:
    void init()
    {
        // A new file for each test: QSettings keeps what an instance wrote for the next one on the same file.
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_run)),
                                                 QSettings::IniFormat);
    }

    void defaultsAreTheCounselorsAppInFrench()
    {
        const auto options = read({});
        QVERIFY2(options, qPrintable(m_error));
        QCOMPARE(options->mode, AppMode::Counselor);
        QCOMPARE(options->language, QStringLiteral("fr"));
        QVERIFY(options->dataDir.isEmpty());
        QVERIFY(!options->screenshotTour);
        QVERIFY(!options->setAdminPin);
        QCOMPARE(options->display.theme, QStringLiteral("standard"));
        QCOMPARE(options->display.textScale, 1.0);
    }

    void everyOptionIsRead()
    {
        const auto options =
            read({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--data-dir"),
                  QStringLiteral("/tmp/d"), QStringLiteral("--screenshot-tour"), QStringLiteral("/tmp/shots"),
                  QStringLiteral("--mode"), QStringLiteral("kiosk"), QStringLiteral("--text-scale"),
                  QStringLiteral("200"), QStringLiteral("--theme"), QStringLiteral("high-contrast")});
        QVERIFY2(options, qPrintable(m_error));
        QCOMPARE(options->language, QStringLiteral("ar"));
        QCOMPARE(options->dataDir, QStringLiteral("/tmp/d"));
        QVERIFY(options->screenshotTour);
        QCOMPARE(options->tourDir, QStringLiteral("/tmp/shots"));
        QCOMPARE(options->mode, AppMode::Kiosk);
        QCOMPARE(options->display.textScale, 2.0);
        QCOMPARE(options->display.theme, QStringLiteral("high-contrast"));
    }

    void theModeComesFromTheFlagsOrTheAdminsSetting()
    {
        QCOMPARE(read({QStringLiteral("--kiosk")})->mode, AppMode::Kiosk);
        QCOMPARE(read({QStringLiteral("--demo")})->mode, AppMode::Demo);
        QVERIFY(!read({QStringLiteral("--kiosk"), QStringLiteral("--demo")}));
        QCOMPARE(m_error, QStringLiteral("--kiosk and --demo cannot be used together"));
        m_settings->setValue(QStringLiteral("app/mode"), QStringLiteral("kiosk"));
        QCOMPARE(read({})->mode, AppMode::Kiosk);
        // A demo is only ever asked for on the command line.
        m_settings->setValue(QStringLiteral("app/mode"), QStringLiteral("demo"));
        QVERIFY(!read({}));
        QCOMPARE(m_error, QStringLiteral("the app/mode setting \"demo\" is not counselor or kiosk"));
        // The screenshot tour's --mode wins over the setting; an unknown one is refused.
        QCOMPARE(read({QStringLiteral("--mode"), QStringLiteral("demo")})->mode, AppMode::Demo);
        m_settings->remove(QStringLiteral("app/mode"));
        QVERIFY(!read({QStringLiteral("--mode"), QStringLiteral("lobby")}));
        QCOMPARE(m_error, QStringLiteral("--mode: counselor, kiosk or demo"));
    }

    void textSizeFollowsTheSettingThenTheModeThenTheCommandLine()
    {
        // Unset: the mode's own size (a demo is presented larger).
        QVERIFY(read({QStringLiteral("--demo")})->display.textScale > 1.0);
        m_settings->setValue(QStringLiteral("ui/textScale"), 1.5);
        QCOMPARE(read({QStringLiteral("--demo")})->display.textScale, 1.5);
        QCOMPARE(read({QStringLiteral("--text-scale"), QStringLiteral("125")})->display.textScale, 1.25);
        for (const char *bad : {"99", "201", "big", ""}) {
            QVERIFY2(!read({QStringLiteral("--text-scale"), QString::fromLatin1(bad)}), bad);
            QCOMPARE(m_error, QStringLiteral("--text-scale: a percentage from 100 to 200"));
        }
    }

    void badThemeAndLanguageAreRefused()
    {
        m_settings->setValue(QStringLiteral("ui/theme"), QStringLiteral("high-contrast"));
        QCOMPARE(read({})->display.theme, QStringLiteral("high-contrast"));
        QCOMPARE(read({QStringLiteral("--theme"), QStringLiteral("standard")})->display.theme,
                 QStringLiteral("standard"));
        QVERIFY(!read({QStringLiteral("--theme"), QStringLiteral("dark")}));
        QCOMPARE(m_error, QStringLiteral("--theme: standard or high-contrast"));
        QVERIFY(!read({QStringLiteral("--lang"), QStringLiteral("de")}));
        QCOMPARE(m_error, QStringLiteral("--lang: unknown language \"de\" (fr, en or ar)"));
        QVERIFY(!read({QStringLiteral("--colour")}));
        QVERIFY(m_error.contains(QStringLiteral("colour")));
    }

    void settingTheAdminPinReadsNothingElse()
    {
        // Even with a setting the app would refuse, the PIN can be set (the admin fixes the rest after).
        m_settings->setValue(QStringLiteral("app/mode"), QStringLiteral("demo"));
        const auto options = read({QStringLiteral("--set-admin-pin")});
        QVERIFY2(options, qPrintable(m_error));
        QVERIFY(options->setAdminPin);
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "TestLaunchOptions.moc"
