// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace passerelle::weblink {

/** The pass Culture site, where the app is found: the QR code's link until the Mission Locale sets another. */
QUrl passCultureSite();

/** The longest link accepted: past it the QR code gets too dense to scan from a printed page. */
constexpr int kMaxLength = 200;

/**
 * Reads a link typed by a counselor: "pass.culture.fr" becomes "https://pass.culture.fr"; only
 * http and https with a host name, no user name or password, at most kMaxLength characters.
 * Nothing (with @p why, one plain sentence) otherwise.
 */
std::optional<QUrl> parse(const QString &text, QString *why = nullptr);

/** Where the link leads, for people: "the pass Culture site" for passCultureSite(), else its host. */
QString describe(const QUrl &link);

} // namespace passerelle::weblink
