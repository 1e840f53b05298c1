// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/IdlePolicy.h"

#include <QString>

class QSettings;

namespace passerelle {

/** Who runs the appointments here: shown on the take-home summary ("site/name", "site/contact"). */
struct CounselorProfile
{
    QString counselorName; ///< "counselor/name"
    QString siteName;      ///< "site/name"
    QString siteContact;   ///< "site/contact"

    static CounselorProfile load(const QSettings &settings);
    void save(QSettings &settings) const;
};

/** The kiosk's idle timings in seconds: "kiosk/idleSeconds" (60) and "kiosk/countdownSeconds" (20). */
IdleTimings loadIdleTimings(const QSettings &settings);

/**
 * The printer the kiosk prints its take-away summary on, without any dialog: "kiosk/printer", a
 * printer's name as the system knows it, or "default" for the system's default printer. Empty
 * (the default): the kiosk has no printer and offers no print.
 */
QString loadKioskPrinter(const QSettings &settings);

/** Display settings: "ui/theme" ("standard" or "high-contrast") and "ui/textScale" (1.0 to 2.0). */
struct DisplaySettings
{
    QString theme = QStringLiteral("standard");
    double textScale = 1.0;

    static DisplaySettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /** Text scales the layouts are checked at: 100 % to 200 %. */
    static double clampScale(double scale);
};

} // namespace passerelle
