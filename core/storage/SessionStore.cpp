// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SessionStore.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Outbox.h"
#include "core/storage/SealedFields.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Fail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// NULL for an empty value, so "not given" costs nothing and reveals nothing.
QVariant sealOrNull(const FieldCipher *cipher, const QString &value, const QString &id, const QString &field)
{
    if (!cipher || value.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    return cipher->seal(value.toUtf8(), id, field);
}

QString openText(const FieldCipher *cipher, const QVariant &sealed, const QString &id, const QString &field)
{
    if (!cipher || sealed.isNull())
        return {};
    const auto plain = cipher->open(sealed.toByteArray(), id, field);
    return plain ? QString::fromUtf8(*plain) : QString();
}

// Text columns are NOT NULL; a default-constructed QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QDateTime SessionStore::now() const
{
    return m_clock.nowUtc().toUTC();
}

bool SessionStore::personalDataEnabled() const
{
    return m_database.cipher() != nullptr;
}

bool SessionStore::saveCompleted(const SessionRecord &record, QString *error)
{
    return saveCompleted(record, SessionExtras{}, error);
}

bool SessionStore::saveCompleted(const SessionRecord &record, const SessionExtras &extras, QString *error)
{
    const auto cipher = m_database.cipher();
    const QString id = idText(record.id);
    QJsonObject outcomes;
    for (auto it = extras.captureOutcomes.cbegin(); it != extras.captureOutcomes.cend(); ++it)
        outcomes.insert(captureCodeString(it.key()), captureOutcomeCode(it.value()));

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (id, schema, started_utc, completed_utc, local_day, utc_offset_s, app_version, device_id,"
        " counselor_id, site_id, language, ruleset, status, age, territory, nationality, identity_route, categories,"
        " captures, personal, first_name, last_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(SessionRecord::kSchemaVersion);
    query.addBindValue(record.startedUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(record.completedUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(record.completedUtc.toUTC().addSecs(record.utcOffsetSeconds).date().toString(Qt::ISODate));
    query.addBindValue(record.utcOffsetSeconds);
    query.addBindValue(notNull(record.appVersion));
    query.addBindValue(notNull(record.deviceId));
    query.addBindValue(notNull(record.counselorId));
    query.addBindValue(notNull(record.siteId));
    query.addBindValue(notNull(record.language));
    query.addBindValue(notNull(record.result.rulesetId));
    query.addBindValue(statusCode(record.result.status));
    query.addBindValue(record.result.age);
    query.addBindValue(notNull(record.input.territory));
    query.addBindValue(nationalityCode(record.input.nationality));
    query.addBindValue(notNull(record.identityPlan.routeCode())); // empty: no credit to unlock
    // NOT NULL column: an empty join is a null QString, which binds as NULL.
    const QStringList &categories = extras.categories.isEmpty() ? record.chosenCategories : extras.categories;
    query.addBindValue(categories.isEmpty() ? QStringLiteral("") : categories.join(QLatin1Char(',')));
    query.addBindValue(QString::fromUtf8(QJsonDocument(outcomes).toJson(QJsonDocument::Compact)));
    query.addBindValue(sealOrNull(cipher.get(),
                                  QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)), id,
                                  sealed::record()));
    query.addBindValue(sealOrNull(cipher.get(), extras.firstName, id, sealed::firstName()));
    query.addBindValue(sealOrNull(cipher.get(), extras.lastName, id, sealed::lastName()));
    if (!query.exec())
        return fail(error, query.lastError().text());
    // Without a data key, images are not kept at all: they are the most personal data there is.
    if (cipher) {
        query.prepare(QStringLiteral("INSERT INTO session_images (session_id, capture, data) VALUES (?, ?, ?)"));
        for (const auto &image : extras.images) {
            query.addBindValue(id);
            query.addBindValue(captureCodeString(image.capture));
            query.addBindValue(cipher->seal(image.data, id, sealed::image(captureCodeString(image.capture))));
            if (!query.exec())
                return fail(error, query.lastError().text());
        }
    }
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(error, query.lastError().text());
    QString auditError;
    if (!AuditLog(m_database, m_clock).appendInTransaction(AuditEvent::Created, id, {}, &auditError))
        return fail(error, auditError);
    // The sync outbox row commits with the session or not at all (transactional outbox).
    if (!Outbox::enqueueInTransaction(db, id, now(), &auditError))
        return fail(error, auditError);
    return transaction.commit(error);
}

std::optional<SessionRecord> SessionStore::load(const QUuid &id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT personal, legacy_json FROM sessions WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec() || !query.next()) {
        m_database.noteQueryError(query.lastError());
        fail(error, query.lastError().isValid() ? query.lastError().text() : QStringLiteral("no such session"));
        return std::nullopt;
    }
    QByteArray json;
    if (!query.value(1).isNull()) {
        json = query.value(1).toByteArray();
    } else {
        const auto cipher = m_database.cipher();
        if (query.value(0).isNull() || !cipher) {
            fail(error, QStringLiteral("the personal data of this session is not available"));
            return std::nullopt;
        }
        const auto plain = cipher->open(query.value(0).toByteArray(), idText(id), sealed::record());
        if (!plain) {
            fail(error, QStringLiteral("the personal data of this session cannot be opened with this key"));
            return std::nullopt;
        }
        json = *plain;
    }
    return SessionRecord::fromJson(QJsonDocument::fromJson(json).object(), error);
}

std::optional<SessionExtras> SessionStore::loadExtras(const QUuid &id, QString *error) const
{
    const auto cipher = m_database.cipher();
    const QString key = idText(id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT first_name, last_name, categories, captures FROM sessions WHERE id = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        m_database.noteQueryError(query.lastError());
        fail(error, query.lastError().isValid() ? query.lastError().text() : QStringLiteral("no such session"));
        return std::nullopt;
    }
    SessionExtras extras;
    extras.firstName = openText(cipher.get(), query.value(0), key, sealed::firstName());
    extras.lastName = openText(cipher.get(), query.value(1), key, sealed::lastName());
    extras.categories = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QJsonObject outcomes = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it) {
        const auto capture = captureCodeFromString(it.key());
        const auto outcome = captureOutcomeFromCode(it.value().toString());
        if (capture &&
            outcome) // a spelling no version wrote is not a capture: left out, like a picture that does not open
            extras.captureOutcomes.insert(*capture, *outcome);
    }
    if (cipher) {
        query.prepare(QStringLiteral("SELECT capture, data FROM session_images WHERE session_id = ? ORDER BY capture"));
        query.addBindValue(key);
        if (query.exec()) {
            while (query.next()) {
                const QString code = query.value(0).toString();
                const auto capture = captureCodeFromString(code);
                if (const auto data = cipher->open(query.value(1).toByteArray(), key, sealed::image(code));
                    data && capture)
                    extras.images.append({*capture, *data});
            }
        }
    }
    return extras;
}

bool SessionStore::hasImages(const QUuid &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_images WHERE session_id = ?"));
    query.addBindValue(idText(id));
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

int SessionStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && query.next())
        return query.value(0).toInt();
    m_database.noteQueryError(query.lastError());
    return 0;
}

QList<SessionSummary> SessionStore::page(int offset, int limit, QString *error) const
{
    const auto cipher = m_database.cipher();
    QList<SessionSummary> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.id, s.completed_utc, s.status, s.age, s.ruleset, s.first_name,"
                                 " s.personal IS NOT NULL OR s.legacy_json IS NOT NULL,"
                                 " (SELECT COUNT(*) FROM session_images i WHERE i.session_id = s.id),"
                                 // The sync outbox (core/sync/Outbox, same database) says where each record stands.
                                 " o.state, o.receipt, o.last_error"
                                 " FROM sessions s LEFT JOIN outbox o ON o.session_id = s.id"
                                 " ORDER BY s.completed_utc DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    const auto failed = [&] {
        m_database.noteQueryError(query.lastError());
        return fail(error, query.lastError().text(), list);
    };
    if (!query.exec())
        return failed();
    while (query.next()) {
        SessionSummary summary;
        const QString id = query.value(0).toString();
        summary.id = QUuid::fromString(id);
        summary.completedUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        summary.status = statusFromCode(query.value(2).toString());
        summary.age = query.value(3).toInt();
        summary.rulesetId = query.value(4).toString();
        summary.firstName = openText(cipher.get(), query.value(5), id, sealed::firstName());
        summary.personalAvailable = query.value(6).toBool() && cipher;
        summary.imageCount = query.value(7).toInt();
        if (!query.value(8).isNull())
            summary.syncState = outboxStateFromCode(query.value(8).toString());
        summary.syncDetail =
            summary.syncState == OutboxState::Acknowledged ? query.value(9).toString() : query.value(10).toString();
        list.append(summary);
    }
    if (query.lastError().isValid())
        return failed();
    return list;
}

bool SessionStore::erase(const QUuid &id, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(error, QStringLiteral("no such session"));
    QString auditError;
    if (!AuditLog(m_database, m_clock).appendInTransaction(AuditEvent::Deleted, idText(id), {}, &auditError))
        return fail(error, auditError);
    return transaction.commit(error);
}

bool SessionStore::confirmUploaded(const QUuid &id, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    const QString stamp = now().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sessions SET images_uploaded_utc = ?, images_purged_utc = ? WHERE id = ?"));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(error, QStringLiteral("no such session"));
    query.prepare(QStringLiteral("DELETE FROM session_images WHERE session_id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(error, query.lastError().text());
    const QString detail = QStringLiteral("images uploaded: %1 deleted").arg(query.numRowsAffected());
    QString auditError;
    if (!AuditLog(m_database, m_clock).appendInTransaction(AuditEvent::Purged, idText(id), detail, &auditError))
        return fail(error, auditError);
    return transaction.commit(error);
}

int SessionStore::sealLegacyRecords(QString *error)
{
    const auto cipher = m_database.cipher();
    // Clear records only come from schema 1; once sealed, start-up need not look through the history.
    const QString sealedKey = QStringLiteral("legacy_sealed");
    if (!cipher || m_database.metaValue(sealedKey) == QLatin1String("1"))
        return 0;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        fail(error, transaction.error());
        return -1;
    }
    QSqlQuery select(db);
    QList<QPair<QString, QByteArray>> rows;
    if (select.exec(QStringLiteral("SELECT id, legacy_json FROM sessions WHERE legacy_json IS NOT NULL"))) {
        while (select.next())
            rows.append({select.value(0).toString(), select.value(1).toByteArray()});
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE sessions SET personal = ?, legacy_json = NULL WHERE id = ?"));
    for (const auto &[id, json] : std::as_const(rows)) {
        update.addBindValue(cipher->seal(json, id, sealed::record()));
        update.addBindValue(id);
        if (!update.exec()) {
            fail(error, update.lastError().text());
            return -1;
        }
    }
    if (!m_database.setMetaValue(sealedKey, QStringLiteral("1"), error) || !transaction.commit()) {
        fail(error, db.lastError().text());
        return -1;
    }
    return int(rows.size());
}

} // namespace passerelle
