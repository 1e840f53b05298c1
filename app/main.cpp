// SPDX-License-Identifier: GPL-3.0-or-later
// Passerelle: a counselor and a young person, one appointment, the pass Culture.
#include "app/AppContext.h"
#include "app/CounselorRecords.h"
#include "app/ModeWindows.h"
#include "app/ScreenshotTour.h"
#include "core/modes/ModeSettings.h"
#include "core/modes/PinLock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/capture/FrameSourceFactory.h"
#include "ui/modes/KioskWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace passerelle;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// The kiosk's exit code when the admin leaves with the PIN: the systemd unit does not restart on it.
constexpr int kAdminExitCode = 10;

/** --set-admin-pin: the PIN is read from the first line of stdin, so it never shows in `ps`. */
int setAdminPin()
{
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    const SystemClock clock;
    PinLock lock(PinLock::adminKey(), clock);
    QString why;
    if (!lock.setPin(pin, 6, &why)) {
        std::fprintf(stderr, "passerelle: --set-admin-pin: %s\n", qPrintable(why));
        return 2;
    }
    std::printf("admin PIN set (Argon2id hash in %s)\n", qPrintable(QSettings().fileName()));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("passerelle"));
    QApplication::setApplicationDisplayName(QStringLiteral("Passerelle"));
    QApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.passerelle.Passerelle"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/passerelle.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Passerelle: pass Culture appointments at the Mission Locale."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: fr (default), en or ar."),
                                  QStringLiteral("fr|en|ar"), defaultLanguage());
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the local database (default: the user's data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                                  QStringLiteral("Render every page to PNG files in DIR, then quit."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"), QStringLiteral("Lobby kiosk: full screen, idle wipe, leave only with the admin PIN."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Webinar demo: made-up personas, nothing written to disk or keychain."));
    const QCommandLineOption tourMode(QStringLiteral("mode"), QStringLiteral("Mode of the screenshot tour."),
                                      QStringLiteral("counselor|kiosk|demo"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"),
                                       QStringLiteral("Text size in percent, 100 to 200 (default: the setting)."),
                                       QStringLiteral("PERCENT"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Colour theme."),
                                   QStringLiteral("standard|high-contrast"));
    const QCommandLineOption setPin(
        QStringLiteral("set-admin-pin"),
        QStringLiteral("Read the kiosk's admin PIN (6-12 digits) from stdin, store its hash, quit."));
    parser.addOptions({lang, dataDir, tour, kiosk, demo, tourMode, textScale, theme, setPin});
    parser.process(app);
    if (parser.isSet(setPin))
        return setAdminPin();

    QSettings settings;
    QString modeError;
    auto mode = resolveAppMode(parser.isSet(kiosk), parser.isSet(demo),
                               settings.value(QStringLiteral("app/mode")).toString(), &modeError);
    if (parser.isSet(tourMode))
        mode = appModeFromCode(parser.value(tourMode));
    if (!mode) {
        std::fprintf(stderr, "passerelle: %s\n",
                     modeError.isEmpty() ? "--mode: counselor, kiosk or demo" : qPrintable(modeError));
        return 2;
    }
    DisplaySettings display = DisplaySettings::load(settings);
    if (!settings.contains(QStringLiteral("ui/textScale")))
        display.textScale = ModeRules::forMode(*mode).defaultTextScale;
    if (parser.isSet(textScale)) {
        bool ok = false;
        const int percent = parser.value(textScale).toInt(&ok);
        if (!ok || percent < 100 || percent > 200) {
            std::fprintf(stderr, "passerelle: --text-scale: a percentage from 100 to 200\n");
            return 2;
        }
        display.textScale = percent / 100.0;
    }
    if (parser.isSet(theme)) {
        if (!ui::themeFromCode(parser.value(theme))) {
            std::fprintf(stderr, "passerelle: --theme: standard or high-contrast\n");
            return 2;
        }
        display.theme = parser.value(theme);
    }

    if (!installTranslations(parser.value(lang))) {
        std::fprintf(stderr, "passerelle: --lang: unknown language \"%s\" (fr, en or ar)\n",
                     qPrintable(parser.value(lang)));
        return 2;
    }
    ui::applyTheme(app, {ui::themeFromCode(display.theme).value_or(ui::ThemeKind::Standard), display.textScale});

    app::AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(lang);
    options.throwAwayKey = parser.isSet(tour);
    options.mode = *mode;
    QString error;
    const auto context = app::AppContext::create(options, &error);
    if (!context) {
        QMessageBox::critical(nullptr, MainText::tr("Passerelle cannot start"), error);
        return 1;
    }

    if (parser.isSet(tour)) {
        const int written = app::runScreenshotTour(*context, parser.value(tour), *mode, &error);
        if (written < 0) {
            std::fprintf(stderr, "passerelle: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d screenshots written to %s\n", written, qPrintable(parser.value(tour)));
        return 0;
    }

    // The capture page's frames: the webcam when there is one; a webinar demo never shows a real document.
    ui::setDefaultFrameSourceFactory(*mode == AppMode::Demo ? ui::demoSource() : ui::cameraOrDemoSource());
    SessionModel model(context->engine(), context->clock());
    auto modeWindow = app::createModeWindow(*mode, model, context->clock(), settings,
                                            [&](QString *message) { return context->saveCompleted(model, message); });
    QWidget &window = *modeWindow.window;
    // Expired data is purged now and every day (a demo keeps nothing to purge).
    if (auto *retention = context->retention())
        retention->start();
    // Drafts, history and sync: the counselor's own computer only.
    app::CounselorRecords *records = nullptr;
    if (modeWindow.counselor) {
        records = new app::CounselorRecords(*context, model, *modeWindow.mainWindow, *modeWindow.counselor);
        records->start();
    }
    if (modeWindow.kiosk) {
        app::applyKioskStatisticsPolicy(*modeWindow.kiosk, context->records().database(), settings);
        QObject::connect(modeWindow.kiosk, &ui::KioskWindow::exitRequested, &app,
                         [] { QApplication::exit(kAdminExitCode); });
        modeWindow.kiosk->showKiosk();
    } else {
        window.show();
    }
    // Said once, clearly, before the first appointment: a damaged file set aside, no keychain...
    if (const QStringList notices = context->notices(); !notices.isEmpty() && *mode == AppMode::Counselor)
        QMessageBox::information(&window, MainText::tr("Passerelle"), notices.join(QStringLiteral("\n\n")));
    if (records)
        records->offerDraft();
    return app.exec();
}
