// SPDX-License-Identifier: GPL-3.0-or-later
// Passerelle: a counselor and a young person, one appointment, the pass Culture.
#include "app/AppContext.h"
#include "app/CounselorRecords.h"
#include "app/LaunchOptions.h"
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

    app::LaunchParser launch;
    launch.parser().process(app); // --help, --version and unknown options end here, as Qt does
    QSettings settings;
    QString launchError;
    const auto options = launch.read(settings, &launchError);
    if (!options) {
        std::fprintf(stderr, "passerelle: %s\n", qPrintable(launchError));
        return 2;
    }
    if (options->setAdminPin)
        return setAdminPin();
    const AppMode mode = options->mode;
    installTranslations(options->language);
    ui::applyTheme(
        app, {ui::themeFromCode(options->display.theme).value_or(ui::ThemeKind::Standard), options->display.textScale});

    app::AppOptions appOptions;
    appOptions.dataDir = options->dataDir;
    appOptions.language = options->language;
    appOptions.throwAwayKey = options->screenshotTour;
    appOptions.mode = mode;
    QString error;
    const auto context = app::AppContext::create(appOptions, &error);
    if (!context) {
        QMessageBox::critical(nullptr, MainText::tr("Passerelle cannot start"), error);
        return 1;
    }

    if (options->screenshotTour) {
        const int written = app::runScreenshotTour(*context, options->tourDir, mode, &error);
        if (written < 0) {
            std::fprintf(stderr, "passerelle: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d screenshots written to %s\n", written, qPrintable(options->tourDir));
        return 0;
    }

    // The capture page's frames: the webcam when there is one; a webinar demo never shows a real document.
    ui::setDefaultFrameSourceFactory(mode == AppMode::Demo ? ui::demoSource() : ui::cameraOrDemoSource());
    SessionModel model(context->engine(), context->clock());
    auto modeWindow = app::createModeWindow(mode, model, context->clock(), settings,
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
    if (const QStringList notices = context->notices(); !notices.isEmpty() && mode == AppMode::Counselor)
        QMessageBox::information(&window, MainText::tr("Passerelle"), notices.join(QStringLiteral("\n\n")));
    if (records)
        records->offerDraft();
    return app.exec();
}
