// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace passerelle::server {

/**
 * Token buckets per key (a device id, or a client address for enrollment): @p perSecond tokens a
 * second, up to @p burst. In memory and per instance: a limit, not state the protocol relies on.
 */
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst);
    /** Takes a token; when none is left returns false and sets @p retryAfterSeconds. */
    bool take(const QString &key, int *retryAfterSeconds);
    bool enabled() const { return m_perSecond > 0; }
    /** Whether take() would succeed now, without taking; when not, sets @p retryAfterSeconds. */
    bool wouldAllow(const QString &key, int *retryAfterSeconds);

private:
    /** The bucket of @p key, refilled up to now. */
    double refill(const QString &key);
    int retryAfter(double tokens) const;
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    double m_perSecond;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace passerelle::server
