// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LaunchOptions.h"

#include "core/util/Translations.h"
#include "ui/Theme.h"

#include <QSettings>

namespace passerelle::app {

LaunchParser::LaunchParser()
    : m_lang(QStringLiteral("lang"), QStringLiteral("Interface language: fr (default), en or ar."),
             QStringLiteral("fr|en|ar"), defaultLanguage())
    , m_dataDir(QStringLiteral("data-dir"),
                QStringLiteral("Folder for the local database (default: the user's data folder)."),
                QStringLiteral("DIR"))
    , m_tour(QStringLiteral("screenshot-tour"), QStringLiteral("Render every page to PNG files in DIR, then quit."),
             QStringLiteral("DIR"))
    , m_kiosk(QStringLiteral("kiosk"),
              QStringLiteral("Lobby kiosk: full screen, idle wipe, leave only with the admin PIN."))
    , m_demo(QStringLiteral("demo"),
             QStringLiteral("Webinar demo: made-up personas, nothing written to disk or keychain."))
    , m_tourMode(QStringLiteral("mode"), QStringLiteral("Mode of the screenshot tour."),
                 QStringLiteral("counselor|kiosk|demo"))
    , m_textScale(QStringLiteral("text-scale"),
                  QStringLiteral("Text size in percent, 100 to 200 (default: the setting)."), QStringLiteral("PERCENT"))
    , m_theme(QStringLiteral("theme"), QStringLiteral("Colour theme."), QStringLiteral("standard|high-contrast"))
    , m_setPin(QStringLiteral("set-admin-pin"),
               QStringLiteral("Read the kiosk's admin PIN (6-12 digits) from stdin, store its hash, quit."))
{
    m_parser.setApplicationDescription(QStringLiteral("Passerelle: pass Culture appointments at the Mission Locale."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_lang, m_dataDir, m_tour, m_kiosk, m_demo, m_tourMode, m_textScale, m_theme, m_setPin});
}

std::optional<LaunchOptions> LaunchParser::read(const QSettings &settings, QString *error) const
{
    LaunchOptions options;
    if (m_parser.isSet(m_setPin)) {
        options.setAdminPin = true;
        return options;
    }
    QString modeError;
    auto mode = resolveAppMode(m_parser.isSet(m_kiosk), m_parser.isSet(m_demo),
                               settings.value(QStringLiteral("app/mode")).toString(), &modeError);
    if (m_parser.isSet(m_tourMode))
        mode = appModeFromCode(m_parser.value(m_tourMode));
    if (!mode) {
        *error = modeError.isEmpty() ? QStringLiteral("--mode: counselor, kiosk or demo") : modeError;
        return std::nullopt;
    }
    options.mode = *mode;
    options.display = DisplaySettings::load(settings);
    if (!settings.contains(QStringLiteral("ui/textScale")))
        options.display.textScale = ModeRules::forMode(*mode).defaultTextScale;
    if (m_parser.isSet(m_textScale)) {
        bool ok = false;
        const int percent = m_parser.value(m_textScale).toInt(&ok);
        if (!ok || percent < 100 || percent > 200) {
            *error = QStringLiteral("--text-scale: a percentage from 100 to 200");
            return std::nullopt;
        }
        options.display.textScale = percent / 100.0;
    }
    if (m_parser.isSet(m_theme)) {
        if (!ui::themeFromCode(m_parser.value(m_theme))) {
            *error = QStringLiteral("--theme: standard or high-contrast");
            return std::nullopt;
        }
        options.display.theme = m_parser.value(m_theme);
    }
    options.language = m_parser.value(m_lang);
    if (!supportedLanguages().contains(options.language)) {
        *error = QStringLiteral("--lang: unknown language \"%1\" (fr, en or ar)").arg(options.language);
        return std::nullopt;
    }
    options.dataDir = m_parser.value(m_dataDir);
    options.screenshotTour = m_parser.isSet(m_tour);
    options.tourDir = m_parser.value(m_tour);
    return options;
}

} // namespace passerelle::app
