// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/WebLink.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace passerelle::weblink {

namespace {

struct WebLinkText
{
    Q_DECLARE_TR_FUNCTIONS(WebLink)
};

std::optional<QUrl> refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

QUrl passCultureSite()
{
    return QUrl(QStringLiteral("https://pass.culture.fr/"));
}

std::optional<QUrl> parse(const QString &text, QString *why)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return refuse(why, WebLinkText::tr("Type the address of a web page, for example https://pass.culture.fr/."));
    if (typed.contains(QRegularExpression(QStringLiteral("\\s"))))
        return refuse(why, WebLinkText::tr("A web address has no spaces."));
    if (typed.size() > kMaxLength)
        return refuse(why,
                      WebLinkText::tr("This address is too long for a QR code that scans well: %1 characters at most.")
                          .arg(kMaxLength));
    // A scheme is "letters followed by a colon" before any slash: "pass.culture.fr/x" has none.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const bool hasScheme = scheme.match(typed).hasMatch();
    QUrl url(hasScheme ? typed : QStringLiteral("https://") + typed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(why,
                      WebLinkText::tr("This is not a web address. Check it, for example https://pass.culture.fr/."));
    const QString s = url.scheme().toLower();
    if (s != QLatin1String("https") && s != QLatin1String("http"))
        return refuse(why, WebLinkText::tr("The address must start with https:// or http://."));
    if (!url.userInfo().isEmpty())
        return refuse(why, WebLinkText::tr("The address must not hold a user name or a password."));
    const QString host = url.host();
    static const QRegularExpression hostName(
        QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (!hostName.match(host).hasMatch())
        return refuse(why, WebLinkText::tr("The address needs a site name, for example pass.culture.fr."));
    url.setScheme(s);
    url.setHost(host.toLower());
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

QString describe(const QUrl &link)
{
    const bool home = link.path().isEmpty() || link.path() == QLatin1String("/");
    if (link.host().compare(passCultureSite().host(), Qt::CaseInsensitive) == 0 && home && !link.hasQuery())
        return WebLinkText::tr("the pass Culture site");
    return link.host();
}

} // namespace passerelle::weblink
