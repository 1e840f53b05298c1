// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mode/AppMode.h"
#include "wizard/SessionWizard.h"

#include <QWidget>

#include <memory>

class QSettings;

namespace passerelle {
class Clock;
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
    ui::SessionWizard *wizard = nullptr;
    ui::MainWindow *mainWindow = nullptr;      ///< counselor and demo
    ui::KioskWindow *kiosk = nullptr;          ///< kiosk
    ui::DemoTools *demo = nullptr;             ///< demo
    ui::CounselorTools *counselor = nullptr;   ///< counselor
};

/**
 * Builds the window for @p mode around the one session @p model: the counselor's main window with
 * its tools, the main window with the demo bar, or the kiosk. @p completer saves a finished
 * session (the kiosk keeps nothing). @p settingsFile: where PIN hashes and settings are read
 * (empty: the app's QSettings). Nothing is shown yet.
 */
ModeWindow createModeWindow(AppMode mode, SessionModel &model, const Clock &clock, QSettings &settings,
                            ui::SessionWizard::Completer completer, const QString &settingsFile = {});

} // namespace passerelle::app
