// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SiteSettings.h"

#include <QSettings>

namespace passerelle::ui {

namespace {
const QString kName = QStringLiteral("site/name");
const QString kContact = QStringLiteral("site/contact");
} // namespace

SummarySettings siteSettings()
{
    const QSettings settings;
    return {settings.value(kName).toString().trimmed(), settings.value(kContact).toString().trimmed()};
}

void setSiteSettings(const SummarySettings &site)
{
    QSettings settings;
    settings.setValue(kName, site.missionLocaleName);
    settings.setValue(kContact, site.missionLocaleContact);
}

} // namespace passerelle::ui
