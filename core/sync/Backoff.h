// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>

namespace passerelle::sync {

/**
 * Exponential backoff with full jitter: a uniform random delay in [0, min(cap, base * 2^attempt)].
 * Spreads the retries of many devices after an outage instead of bunching them.
 */
std::chrono::milliseconds fullJitterDelay(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                          QRandomGenerator *random = QRandomGenerator::global());

/** Retry-After as delay-seconds or an HTTP date, relative to @p nowUtc; negative when absent or bad. */
std::chrono::milliseconds parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace passerelle::sync
