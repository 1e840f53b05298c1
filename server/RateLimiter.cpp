// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RateLimiter.h"

#include <cmath>

namespace passerelle::server {

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(std::max(1.0, burst))
{
    m_clock.start();
}

double RateLimiter::refill(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000) // bounded memory whatever the keys
            m_buckets.clear();
        it = m_buckets.insert(key, {m_burst, now});
    }
    it->tokens = std::min(m_burst, it->tokens + (now - it->lastMs) * m_perSecond / 1000.0);
    it->lastMs = now;
    return it->tokens;
}

int RateLimiter::retryAfter(double tokens) const
{
    return std::max(1, int(std::ceil((1.0 - tokens) / m_perSecond)));
}

bool RateLimiter::take(const QString &key, int *retryAfterSeconds)
{
    if (m_perSecond <= 0)
        return true;
    const double tokens = refill(key);
    if (tokens >= 1.0) {
        m_buckets[key].tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = retryAfter(tokens);
    return false;
}

bool RateLimiter::wouldAllow(const QString &key, int *retryAfterSeconds)
{
    if (m_perSecond <= 0)
        return true;
    const double tokens = refill(key);
    if (tokens >= 1.0)
        return true;
    *retryAfterSeconds = retryAfter(tokens);
    return false;
}

} // namespace passerelle::server
