// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Backoff.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace passerelle::sync {

std::chrono::milliseconds fullJitterDelay(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                          QRandomGenerator *random)
{
    const int exponent = std::clamp(attempt, 0, 30);
    const double ceiling = std::min<double>(double(cap.count()), double(base.count()) * double(1LL << exponent));
    return std::chrono::milliseconds(qint64(random->bounded(ceiling + 1.0)));
}

std::chrono::milliseconds parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::chrono::milliseconds(-1);
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return std::chrono::milliseconds(seconds < 0 ? -1 : std::min<qint64>(seconds, 24 * 3600) * 1000);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::chrono::milliseconds(-1);
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, nowUtc.msecsTo(utc)));
}

} // namespace passerelle::sync
