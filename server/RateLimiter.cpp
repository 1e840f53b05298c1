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

bool RateLimiter::take(const QString &key, int *retryAfterSeconds)
{
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000) // bounded memory whatever the keys
            m_buckets.clear();
        it = m_buckets.insert(key, {m_burst, now});
    }
    it->tokens = std::min(m_burst, it->tokens + (now - it->lastMs) * m_perSecond / 1000.0);
    it->lastMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - it->tokens) / m_perSecond)));
    return false;
}

} // namespace passerelle::server
