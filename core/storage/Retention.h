// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

namespace passerelle {

class Clock;
class Database;

/** How long data is kept (RGPD). The defaults are the safe ones. */
struct RetentionPolicy
{
    int imageDays = 30;     ///< images, after completion (sooner once confirmed uploaded)
    int personalMonths = 6; ///< names, birth date, document data
    int draftDays = 30;     ///< drafts nobody came back to
};

/** What one purge removed. Anonymous statistics are always kept. */
struct PurgeReport
{
    int images = 0;   ///< sessions whose images were purged
    int personal = 0; ///< sessions whose personal fields were purged
    int drafts = 0;
};

/** Applies the retention policy once; each purged session is logged in the audit log. */
std::optional<PurgeReport> purgeExpired(Database &database, const Clock &clock, const RetentionPolicy &policy,
                                        QString *error);

/** Runs the purge now and then every day while the app runs. */
class RetentionScheduler : public QObject
{
    Q_OBJECT

public:
    RetentionScheduler(Database &database, const Clock &clock, RetentionPolicy policy = {}, QObject *parent = nullptr);
    /** Purges now and arms the daily timer. */
    void start();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void purged(const passerelle::PurgeReport &report);
    void failed(const QString &error);

private:
    void runOnce();
    Database &m_database;
    const Clock &m_clock;
    RetentionPolicy m_policy;
    QTimer m_timer;
};

} // namespace passerelle
