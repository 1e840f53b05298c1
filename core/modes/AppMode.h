// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace passerelle {

/** How the app is run: by a counselor (default), alone in a lobby kiosk, or in a webinar demo. */
enum class AppMode { Counselor, Kiosk, Demo };

QString appModeCode(AppMode mode); ///< "counselor", "kiosk", "demo"
std::optional<AppMode> appModeFromCode(const QString &code);

/** What a mode allows around the wizard. The windows read it; they never decide by themselves. */
struct ModeRules
{
    bool fullScreen = false;    ///< full screen, no window decorations
    bool menus = true;          ///< menu bar and context menus of the app
    bool history = true;        ///< list of past appointments
    bool settings = true;       ///< settings dialog
    bool fileDialogs = true;    ///< saving to a folder the user chooses
    bool persistent = true;     ///< writes the real database, keychain and settings
    bool idleWipe = false;      ///< idle countdown, then the session is wiped
    bool attractScreen = false; ///< an inviting screen between two people
    bool demoBanner = false;    ///< a persistent "DEMONSTRATION" banner
    bool personas = false;      ///< ready-made young people to pick
    bool stepShortcuts = false; ///< keys to jump between steps while presenting
    bool exitNeedsAdminPin = false;
    double defaultTextScale = 1.0; ///< presenter scale in demo

    static ModeRules forMode(AppMode mode);
};

/**
 * The mode asked by the command line (--kiosk, --demo) or, without a flag, by the "app/mode"
 * setting an admin wrote. Null with @p error set when both flags are given or the setting is unknown.
 */
std::optional<AppMode> resolveAppMode(bool kioskFlag, bool demoFlag, const QString &setting, QString *error);

} // namespace passerelle
