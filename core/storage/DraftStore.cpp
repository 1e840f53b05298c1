// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DraftStore.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SealedFields.h"
#include "core/storage/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Fail.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

namespace {

// The step is stored as its code (and the page id beside it, which nothing reads back): a code this
// version does not know reads as the welcome step.
WizardStep storedStep(const QVariant &code)
{
    return WizardFlow::stepFromCode(code.toString()).value_or(WizardStep::Welcome);
}

} // namespace

bool DraftStore::canStore() const
{
    return m_database.cipher() != nullptr;
}

bool DraftStore::save(const Draft &draft, QString *error)
{
    const auto cipher = m_database.cipher();
    if (!cipher)
        return fail(error, QStringLiteral("no data key: drafts are not stored"));
    const QString id = draft.id.toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.nowUtc().toUTC();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO drafts (id, started_utc, updated_utc, step, step_index, state) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET updated_utc = excluded.updated_utc, step = excluded.step,"
        " step_index = excluded.step_index, state = excluded.state"));
    query.addBindValue(id);
    query.addBindValue(draft.startedUtc.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(now.toString(Qt::ISODateWithMs));
    query.addBindValue(WizardFlow::stepCode(draft.step));
    query.addBindValue(static_cast<int>(draft.step));
    query.addBindValue(
        cipher->seal(QJsonDocument(draft.state).toJson(QJsonDocument::Compact), id, sealed::draftState()));
    if (!query.exec())
        return fail(error, query.lastError().text());
    query.prepare(QStringLiteral("DELETE FROM draft_images WHERE draft_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(error, query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO draft_images (draft_id, capture, data) VALUES (?, ?, ?)"));
    for (const auto &image : draft.images) {
        query.addBindValue(id);
        query.addBindValue(captureCodeString(image.capture));
        query.addBindValue(cipher->seal(image.data, id, sealed::draftImage(captureCodeString(image.capture))));
        if (!query.exec())
            return fail(error, query.lastError().text());
    }
    return transaction.commit(error);
}

std::optional<DraftInfo> DraftStore::latest() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, started_utc, updated_utc, step FROM drafts ORDER BY updated_utc DESC LIMIT 1")) ||
        !query.next())
        return std::nullopt;
    return DraftInfo{QUuid::fromString(query.value(0).toString()),
                     QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), storedStep(query.value(3))};
}

std::optional<Draft> DraftStore::load(const QUuid &uuid, QString *error) const
{
    const auto cipher = m_database.cipher();
    const QString id = uuid.toString(QUuid::WithoutBraces);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT started_utc, updated_utc, step, state FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        fail(error, QStringLiteral("no such draft"));
        return std::nullopt;
    }
    const auto state = cipher ? cipher->open(query.value(3).toByteArray(), id, sealed::draftState()) : std::nullopt;
    if (!state) {
        fail(error, QStringLiteral("the draft cannot be opened with this key"));
        return std::nullopt;
    }
    Draft draft;
    draft.id = uuid;
    draft.startedUtc = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    draft.updatedUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    draft.step = storedStep(query.value(2));
    draft.state = QJsonDocument::fromJson(*state).object();
    query.prepare(QStringLiteral("SELECT capture, data FROM draft_images WHERE draft_id = ? ORDER BY capture"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            const QString code = query.value(0).toString();
            const auto capture = captureCodeFromString(code);
            if (const auto data = cipher->open(query.value(1).toByteArray(), id, sealed::draftImage(code));
                data && capture)
                draft.images.append({*capture, *data});
        }
    }
    return draft;
}

bool DraftStore::markResumed(const QUuid &id, QString *error)
{
    return AuditLog(m_database, m_clock).record(AuditEvent::Resumed, id.toString(QUuid::WithoutBraces), {}, error);
}

bool DraftStore::discard(const QUuid &id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec())
        return fail(error, query.lastError().text());
    return true;
}

int DraftStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM drafts")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace passerelle
