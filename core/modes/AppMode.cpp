// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/AppMode.h"

#include "core/util/CodeTable.h"
#include "core/util/Fail.h"

namespace passerelle {

namespace {
constexpr auto kModes = codeTable<AppMode>({
    {AppMode::Counselor, "counselor"},
    {AppMode::Kiosk, "kiosk"},
    {AppMode::Demo, "demo"},
});
static_assert(kModes.isWellFormed());
} // namespace

QString appModeCode(AppMode mode)
{
    return kModes.code(mode);
}

std::optional<AppMode> appModeFromCode(const QString &code)
{
    return kModes.fromCode(code);
}

ModeRules ModeRules::forMode(AppMode mode)
{
    ModeRules rules;
    switch (mode) {
    case AppMode::Counselor:
        break;
    case AppMode::Kiosk:
        // A young person alone: nothing that reaches past sessions, files or the machine.
        rules.fullScreen = true;
        rules.menus = false;
        rules.history = false;
        rules.settings = false;
        rules.fileDialogs = false;
        rules.idleWipe = true;
        rules.attractScreen = true;
        rules.exitNeedsAdminPin = true;
        break;
    case AppMode::Demo:
        // Seen by hundreds of counselors: nothing real is read or written.
        rules.history = false;
        rules.settings = false;
        rules.fileDialogs = false;
        rules.persistent = false;
        rules.demoBanner = true;
        rules.personas = true;
        rules.stepShortcuts = true;
        rules.defaultTextScale = 1.5;
        break;
    }
    return rules;
}

std::optional<AppMode> resolveAppMode(bool kioskFlag, bool demoFlag, const QString &setting, QString *error)
{
    if (kioskFlag && demoFlag)
        return fail(error, QStringLiteral("--kiosk and --demo cannot be used together"), std::nullopt);
    if (kioskFlag)
        return AppMode::Kiosk;
    if (demoFlag)
        return AppMode::Demo;
    if (setting.isEmpty())
        return AppMode::Counselor;
    const auto mode = appModeFromCode(setting);
    // A demo must be asked for on the command line: a setting would hide real data for good.
    if (!mode || *mode == AppMode::Demo)
        return fail(error, QStringLiteral("the app/mode setting \"%1\" is not counselor or kiosk").arg(setting),
                    std::nullopt);
    return mode;
}

} // namespace passerelle
