// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"
#include "core/modes/ModeSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

class QSettings;

namespace passerelle::app {

/** What the app's command line asks, checked against the settings an admin wrote. */
struct LaunchOptions
{
    bool setAdminPin = false; ///< --set-admin-pin: store the PIN read from stdin, then quit
    AppMode mode = AppMode::Counselor;
    QString language;            ///< fr, en or ar
    QString dataDir;             ///< empty: the user's data folder
    bool screenshotTour = false; ///< --screenshot-tour: write the pictures to tourDir, then quit
    QString tourDir;
    DisplaySettings display; ///< the settings' theme and text size, with the command line's on top
};

/**
 * The app's command line: its options, and reading them into LaunchOptions. main() lets the
 * parser handle --help, --version and unknown options (QCommandLineParser::process), then reads;
 * tests call parser().parse() instead. No display, no side effect: nothing is installed here.
 */
class LaunchParser
{
public:
    LaunchParser();

    QCommandLineParser &parser() { return m_parser; }

    /**
     * The options after a parse, @p settings giving the admin's mode ("app/mode") and display
     * ("ui/theme", "ui/textScale"). Null with @p error set to one plain line (exit code 2) when the
     * command line or the settings cannot be used. With --set-admin-pin nothing else is read.
     */
    std::optional<LaunchOptions> read(const QSettings &settings, QString *error) const;

private:
    QCommandLineParser m_parser;
    const QCommandLineOption m_lang;
    const QCommandLineOption m_dataDir;
    const QCommandLineOption m_tour;
    const QCommandLineOption m_kiosk;
    const QCommandLineOption m_demo;
    const QCommandLineOption m_tourMode;
    const QCommandLineOption m_textScale;
    const QCommandLineOption m_theme;
    const QCommandLineOption m_setPin;
};

} // namespace passerelle::app
