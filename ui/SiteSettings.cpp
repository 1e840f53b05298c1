// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SiteSettings.h"

#include "core/util/WebLink.h"

#include <QSettings>

namespace passerelle::ui {

namespace {
const QString kName = QStringLiteral("site/name");
const QString kContact = QStringLiteral("site/contact");
const QString kCounselor = QStringLiteral("counselor/name");
const QString kLink = QStringLiteral("site/link");
} // namespace

SummarySettings siteSettings()
{
    const QSettings settings;
    SummarySettings site;
    site.missionLocaleName = settings.value(kName).toString().trimmed();
    site.missionLocaleContact = settings.value(kContact).toString().trimmed();
    site.counselorName = settings.value(kCounselor).toString().trimmed();
    site.link = siteLink(settings);
    return site;
}

void setSiteSettings(const SummarySettings &site)
{
    QSettings settings;
    settings.setValue(kName, site.missionLocaleName);
    settings.setValue(kContact, site.missionLocaleContact);
    settings.setValue(kCounselor, site.counselorName);
    setSiteLink(settings, site.link);
}

QUrl siteLink(const QSettings &settings)
{
    const auto link = weblink::parse(settings.value(kLink).toString());
    return link ? *link : weblink::passCultureSite();
}

QUrl siteLink()
{
    return siteLink(QSettings());
}

void setSiteLink(QSettings &settings, const QUrl &link)
{
    if (link.isEmpty() || link == weblink::passCultureSite())
        settings.remove(kLink);
    else
        settings.setValue(kLink, link.toString());
}

} // namespace passerelle::ui
