// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/offers/SummaryDocument.h"

#include <QUrl>

class QSettings;

namespace passerelle::ui {

/**
 * The Mission Locale's name and contact, the counselor's name and the QR code's link printed on
 * the take-home summary, from the app's QSettings ("site/name", "site/contact", "counselor/name",
 * "site/link"). Names empty until someone fills them in.
 */
SummarySettings siteSettings();
void setSiteSettings(const SummarySettings &settings);

/**
 * The link of the QR code on the summary and at the kiosk ("site/link"): the pass Culture site
 * unless the Mission Locale set another in the settings. A stored value that is not a valid
 * http(s) link (edited by hand) gives the pass Culture site back.
 */
QUrl siteLink(const QSettings &settings);
/** The same, from the app's QSettings. */
QUrl siteLink();
/** Stores @p link; the pass Culture site (or an empty link) removes the key, so the default follows the app. */
void setSiteLink(QSettings &settings, const QUrl &link);

} // namespace passerelle::ui
