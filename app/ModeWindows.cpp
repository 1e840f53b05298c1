// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ModeWindows.h"

#include "core/modes/ModeSettings.h"
#include "core/storage/KioskStatistics.h"
#include "ui/MainWindow.h"
#include "ui/SiteSettings.h"
#include "ui/modes/CounselorTools.h"
#include "ui/modes/DemoTools.h"
#include "ui/modes/KioskWindow.h"
#include "ui/modes/ModeHooks.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace passerelle::app {

ui::KioskTakeAway kioskTakeAway(const QSettings &settings)
{
    ui::KioskTakeAway takeAway;
    const CounselorProfile profile = CounselorProfile::load(settings);
    takeAway.site.missionLocaleName = profile.siteName;
    takeAway.site.missionLocaleContact = profile.siteContact;
    takeAway.site.link = ui::siteLink(settings); // the summary's QR code, from the same setting
    const QString printer = loadKioskPrinter(settings);
    if (!printer.isEmpty()) {
        takeAway.printer = [printer]() -> std::unique_ptr<QPrinter> {
            const QPrinterInfo info = printer == QLatin1String("default") ? QPrinterInfo::defaultPrinter()
                                                                          : QPrinterInfo::printerInfo(printer);
            if (info.isNull())
                return nullptr; // the kiosk then says the printer does not answer
            return std::make_unique<QPrinter>(info, QPrinter::HighResolution);
        };
    }
    return takeAway;
}

ModeWindow createModeWindow(AppMode mode, SessionModel &model, const Clock &clock, QSettings &settings,
                            ui::SessionWizard::Completer completer, const QString &settingsFile)
{
    ModeWindow result;
    if (mode == AppMode::Kiosk) {
        // Alone at the kiosk, nobody has agreed to a file at the Mission Locale: nothing is kept,
        // and the kiosk has a flow of its own (no wizard, no completer).
        auto kiosk = std::make_unique<ui::KioskWindow>(model, clock, loadIdleTimings(settings), settingsFile);
        kiosk->setTakeAway(kioskTakeAway(settings));
        result.kiosk = kiosk.get();
        result.window = std::move(kiosk);
        return result;
    }
    auto window = std::make_unique<ui::MainWindow>(model);
    window->setCompleter(std::move(completer));
    result.mainWindow = window.get();
    result.wizard = window->wizard();
    result.wizard->setPrivacyMode(mode, false);
    if (mode == AppMode::Demo)
        result.demo = new ui::DemoTools(window.get(), window->wizard(), model);
    else
        result.counselor = new ui::CounselorTools(window.get(), settings, clock, settingsFile);
    ui::setWindowMode(window.get(), mode);
    result.window = std::move(window);
    return result;
}

bool applyKioskStatisticsPolicy(ui::KioskWindow &kiosk, Database &database, const QSettings &settings)
{
    if (loadKioskStatisticsPolicy(settings) != KioskStatisticsPolicy::Anonymous)
        return false;
    kiosk.setAnonymousCounts(true);
    QObject::connect(&kiosk, &ui::KioskWindow::visitEnded, &kiosk, [&database](const KioskVisit &visit) {
        QString error;
        // Counting is best effort: a full disk must never keep the next person from starting.
        if (!KioskStatistics(database).add(visit, &error))
            qWarning("passerelle: kiosk statistics not counted: %s", qPrintable(error));
    });
    return true;
}

} // namespace passerelle::app
