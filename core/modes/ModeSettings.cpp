// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/ModeSettings.h"

#include <QSettings>

#include <algorithm>

namespace passerelle {

CounselorProfile CounselorProfile::load(const QSettings &settings)
{
    return {settings.value(QStringLiteral("counselor/name")).toString().trimmed(),
            settings.value(QStringLiteral("site/name")).toString().trimmed(),
            settings.value(QStringLiteral("site/contact")).toString().trimmed()};
}

void CounselorProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("counselor/name"), counselorName.trimmed());
    settings.setValue(QStringLiteral("site/name"), siteName.trimmed());
    settings.setValue(QStringLiteral("site/contact"), siteContact.trimmed());
}

IdleTimings loadIdleTimings(const QSettings &settings)
{
    // Bounds keep a typo from making a kiosk that never wipes or one that wipes mid-sentence.
    const int idle = std::clamp(settings.value(QStringLiteral("kiosk/idleSeconds"), 60).toInt(), 15, 600);
    const int countdown = std::clamp(settings.value(QStringLiteral("kiosk/countdownSeconds"), 20).toInt(), 5, 120);
    return {idle * 1000, countdown * 1000};
}

QString loadKioskPrinter(const QSettings &settings)
{
    return settings.value(QStringLiteral("kiosk/printer")).toString().trimmed();
}

DisplaySettings DisplaySettings::load(const QSettings &settings)
{
    DisplaySettings display;
    const QString theme = settings.value(QStringLiteral("ui/theme")).toString();
    if (theme == QLatin1String("high-contrast"))
        display.theme = theme;
    display.textScale = clampScale(settings.value(QStringLiteral("ui/textScale"), 1.0).toDouble());
    return display;
}

void DisplaySettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ui/theme"), theme);
    settings.setValue(QStringLiteral("ui/textScale"), clampScale(textScale));
}

double DisplaySettings::clampScale(double scale)
{
    return std::clamp(scale, 1.0, 2.0);
}

} // namespace passerelle
