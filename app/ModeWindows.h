// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"
#include "ui/modes/KioskFlow.h"
#include "ui/wizard/SessionWizard.h"

#include <QWidget>

#include <memory>

class QSettings;

namespace passerelle {
class Clock;
class Database;
class SessionModel;
} // namespace passerelle

namespace passerelle::ui {
class CounselorTools;
class DemoTools;
class KioskWindow;
class MainWindow;
} // namespace passerelle::ui

namespace passerelle::app {

/** The window of one mode, and the parts a caller (main, the tour, tests) drives. */
struct ModeWindow
{
    std::unique_ptr<QWidget> window;
    ui::SessionWizard *wizard = nullptr;     ///< counselor and demo (the kiosk has a flow of its own)
    ui::MainWindow *mainWindow = nullptr;    ///< counselor and demo
    ui::KioskWindow *kiosk = nullptr;        ///< kiosk
    ui::DemoTools *demo = nullptr;           ///< demo
    ui::CounselorTools *counselor = nullptr; ///< counselor
};

/**
 * Builds the window for @p mode around the one session @p model: the counselor's main window with
 * its tools, the main window with the demo bar, or the kiosk. @p completer saves a finished
 * session (the kiosk keeps nothing). @p settingsFile: where PIN hashes and settings are read
 * (empty: the app's QSettings). Nothing is shown yet.
 */
ModeWindow createModeWindow(AppMode mode, SessionModel &model, const Clock &clock, QSettings &settings,
                            ui::SessionWizard::Completer completer, const QString &settingsFile = {});

/**
 * What the kiosk's last step offers, from @p settings: the Mission Locale's name and contact
 * ("site/name", "site/contact"), the QR code's link ("site/link", as the summary's) and the
 * printer ("kiosk/printer"), if one is set up.
 */
ui::KioskTakeAway kioskTakeAway(const QSettings &settings);

/**
 * The kiosk's statistics policy ("kiosk/statistics" in @p settings): when it says "anonymous",
 * each visit that ends is added to the anonymous counters in @p database (KioskStatistics); by
 * default nothing at all is kept. Returns whether visits are counted.
 */
bool applyKioskStatisticsPolicy(ui::KioskWindow &kiosk, Database &database, const QSettings &settings);

} // namespace passerelle::app
