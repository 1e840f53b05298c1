// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Retention.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Fail.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

Q_LOGGING_CATEGORY(lcRetention, "passerelle.retention")

namespace {

QStringList idsWhere(QSqlQuery &query, const QString &sql, const QString &threshold)
{
    QStringList ids;
    query.prepare(sql);
    query.addBindValue(threshold);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

} // namespace

std::optional<PurgeReport> purgeExpired(Database &database, const Clock &clock, const RetentionPolicy &policy,
                                        QString *error)
{
    const QDateTime now = clock.nowUtc().toUTC();
    const QString stamp = now.toString(Qt::ISODateWithMs);
    // Stored timestamps share this exact ISO format, so text comparison is time order.
    const QString imageLimit = now.addDays(-policy.imageDays).toString(Qt::ISODateWithMs);
    const QString personalLimit = now.addMonths(-policy.personalMonths).toString(Qt::ISODateWithMs);
    const QString draftLimit = now.addDays(-policy.draftDays).toString(Qt::ISODateWithMs);

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error(), std::nullopt);
    QSqlQuery query(db);
    AuditLog audit(database, clock);
    PurgeReport report;
    const auto run = [&](const QString &sql, const QString &id) {
        query.prepare(sql);
        query.addBindValue(stamp);
        query.addBindValue(id);
        return query.exec();
    };

    // Every early return below rolls back: the transaction goes out of scope.
    const QStringList imageIds = idsWhere(
        query, QStringLiteral("SELECT id FROM sessions WHERE images_purged_utc IS NULL AND completed_utc <= ?"),
        imageLimit);
    for (const auto &id : imageIds) {
        if (!run(QStringLiteral("UPDATE sessions SET images_purged_utc = ? WHERE id = ?"), id))
            return fail(error, query.lastError().text(), std::nullopt);
        query.prepare(QStringLiteral("DELETE FROM session_images WHERE session_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return fail(error, query.lastError().text(), std::nullopt);
        if (!audit.appendInTransaction(AuditEvent::Purged, id, QStringLiteral("images"), error))
            return std::nullopt; // said by the audit log
    }
    report.images = int(imageIds.size());

    const QStringList personalIds = idsWhere(
        query, QStringLiteral("SELECT id FROM sessions WHERE personal_purged_utc IS NULL AND completed_utc <= ?"),
        personalLimit);
    for (const auto &id : personalIds) {
        if (!run(QStringLiteral("UPDATE sessions SET personal_purged_utc = ?, personal = NULL, first_name = NULL,"
                                " last_name = NULL, legacy_json = NULL WHERE id = ?"),
                 id))
            return fail(error, query.lastError().text(), std::nullopt);
        if (!audit.appendInTransaction(AuditEvent::Purged, id, QStringLiteral("personal"), error))
            return std::nullopt; // said by the audit log
    }
    report.personal = int(personalIds.size());

    query.prepare(QStringLiteral("DELETE FROM drafts WHERE updated_utc <= ?"));
    query.addBindValue(draftLimit);
    if (!query.exec())
        return fail(error, query.lastError().text(), std::nullopt);
    report.drafts = query.numRowsAffected();
    if (report.drafts > 0 &&
        !audit.appendInTransaction(AuditEvent::Purged, {}, QStringLiteral("drafts: %1").arg(report.drafts), error))
        return std::nullopt; // said by the audit log

    if (!transaction.commit(error))
        return std::nullopt;
    if (report.images + report.personal + report.drafts > 0) {
        // Purged pages are zeroed in the database (secure_delete); this empties them from the WAL too.
        database.checkpoint();
    }
    qCInfo(lcRetention, "retention purge: images of %d sessions, personal data of %d sessions, %d drafts",
           report.images, report.personal, report.drafts);
    return report;
}

RetentionScheduler::RetentionScheduler(Database &database, const Clock &clock, RetentionPolicy policy, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_policy(policy)
{
    m_timer.setInterval(std::chrono::hours(24));
    connect(&m_timer, &QTimer::timeout, this, &RetentionScheduler::runOnce);
}

void RetentionScheduler::start()
{
    runOnce();
    m_timer.start();
}

void RetentionScheduler::runOnce()
{
    QString error;
    if (const auto report = purgeExpired(m_database, m_clock, m_policy, &error))
        emit purged(*report);
    else
        emit failed(error);
}

} // namespace passerelle
