// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts: saved at every step in one transaction, resumable, discarded; kept in memory and saved
// again when the disk is full or the folder is read-only.
#include "RecordsFixture.h"

#include "core/crypto/FieldCipher.h"
#include "core/storage/DraftKeeper.h"
#include "core/storage/Records.h"
#include "core/storage/SealedFields.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {

Draft draftAt(const QUuid &id, const QDateTime &started, WizardStep step, int images)
{
    Draft draft{id, started, {}, step, {{QStringLiteral("step"), WizardFlow::stepCode(step)}}, {}};
    for (int i = 0; i < images; ++i) // at most one picture of each capture
        draft.images.append({allCaptureCodes().at(i), imageBytes(2048)});
    return draft;
}

/** Root ignores permissions: run a block as an ordinary user so a read-only folder is read-only. */
class UnprivilegedScope
{
public:
    explicit UnprivilegedScope(const QStringList &dirs)
    {
        if (::geteuid() != 0)
            return;
        for (const auto &dir : dirs) {
            if (::chown(qPrintable(dir), 65534, 65534) != 0)
                return;
        }
        m_active = ::seteuid(65534) == 0;
    }
    ~UnprivilegedScope()
    {
        if (m_active)
            (void)::seteuid(0);
    }
    bool ok() const { return m_active || ::geteuid() != 0; }

private:
    bool m_active = false;
};

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void savedAtEveryStepAndResumable()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const QUuid id = QUuid::createUuid();
        const QDateTime started = clock.nowUtc();
        QVERIFY(!records->drafts().latest());
        QVERIFY(records->drafts().save(draftAt(id, started, WizardStep::Profile, 0), &error));
        clock.set(started.addSecs(120));
        QVERIFY(records->drafts().save(draftAt(id, started, WizardStep::Capture, 2), &error));
        clock.set(started.addSecs(180));
        QVERIFY(records->drafts().save(draftAt(id, started, WizardStep::Capture, 1), &error));
        QCOMPARE(records->drafts().count(), 1);
        records.reset();

        // As after a power cut: reopen and offer to resume, with the age and the step.
        records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const auto info = records->drafts().latest();
        QVERIFY(info);
        QCOMPARE(info->id, id);
        QCOMPARE(info->step, WizardStep::Capture);
        QCOMPARE(info->startedUtc, started);
        QCOMPARE(info->updatedUtc.secsTo(clock.nowUtc().addSecs(600)), 600 + 0);
        const auto draft = records->drafts().load(id, &error);
        QVERIFY2(draft, qPrintable(error));
        QCOMPARE(draft->state.value(QStringLiteral("step")).toString(), QStringLiteral("capture"));
        QCOMPARE(draft->images.size(), 1); // the last save replaced the images
        QVERIFY(records->drafts().markResumed(id, &error));
        QCOMPARE(records->audit().entries().last().kind(), AuditEvent::Resumed);

        // Completing the session removes its draft in the same transaction.
        SessionRecord record = recordFor(*m_engine, {}, clock.nowUtc(), records->database().deviceId());
        record.id = id;
        QVERIFY(records->sessions().saveCompleted(record, &error));
        QCOMPARE(records->drafts().count(), 0);
    }

    void stepCodesNeverChange()
    {
        // Stored in every draft (drafts.step): the codes are the table's, never renamed.
        const QList<std::pair<WizardStep, QString>> rows{
            {WizardStep::Welcome, QStringLiteral("welcome")}, {WizardStep::Profile, QStringLiteral("profile")},
            {WizardStep::Result, QStringLiteral("result")},   {WizardStep::Interests, QStringLiteral("interests")},
            {WizardStep::Offers, QStringLiteral("offers")},   {WizardStep::Summary, QStringLiteral("summary")},
            {WizardStep::Capture, QStringLiteral("capture")},
        };
        QCOMPARE(rows.size(), WizardFlow::allSteps().size());
        for (const auto &[step, code] : rows) {
            QCOMPARE(WizardFlow::stepCode(step), code);
            QCOMPARE(WizardFlow::stepFromCode(code), std::optional(step));
        }
        QVERIFY(!WizardFlow::stepFromCode(u"Capture"));
        QVERIFY(!WizardFlow::stepFromCode(QString()));
    }

    void draftWrittenTheOldWayIsRead()
    {
        // Before the step was an enum, a draft row held the step's code and an index set by the
        // caller; the stored spelling is unchanged, so such a row reads back at its step.
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        const auto writeOldRow = [&](const QUuid &uuid, const QString &step, int index, const QString &updated) {
            const QString id = uuid.toString(QUuid::WithoutBraces);
            QSqlQuery q(records->database().connection());
            q.prepare(QStringLiteral("INSERT INTO drafts (id, started_utc, updated_utc, step, step_index, state)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("2026-11-26T09:40:00.000Z"));
            q.addBindValue(updated);
            q.addBindValue(step);
            q.addBindValue(index);
            q.addBindValue(records->database().cipher()->seal(
                QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}}).toJson(QJsonDocument::Compact), id,
                sealed::draftState()));
            return q.exec();
        };
        const QUuid offers = QUuid::createUuid();
        QVERIFY(writeOldRow(offers, QStringLiteral("offers"), 4, QStringLiteral("2026-11-26T09:50:00.000Z")));
        records.reset();

        records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->drafts().latest()->id, offers);
        QCOMPARE(records->drafts().latest()->step, WizardStep::Offers);
        QCOMPARE(records->drafts().load(offers, &error)->step, WizardStep::Offers);
        // A code this version does not know (a newer version's step) reads as the welcome step.
        const QUuid unknown = QUuid::createUuid();
        QVERIFY(writeOldRow(unknown, QStringLiteral("payment"), 9, QStringLiteral("2026-11-26T09:55:00.000Z")));
        QCOMPARE(records->drafts().latest()->id, unknown);
        QCOMPARE(records->drafts().latest()->step, WizardStep::Welcome);
        QCOMPARE(records->drafts().load(unknown, &error)->step, WizardStep::Welcome);

        // Saving writes the same spelling: the code, and the step's page id beside it.
        QVERIFY2(records->drafts().save(draftAt(offers, clock.nowUtc(), WizardStep::Capture, 0), &error),
                 qPrintable(error));
        QSqlQuery q(records->database().connection());
        q.prepare(QStringLiteral("SELECT step, step_index FROM drafts WHERE id = ?"));
        q.addBindValue(offers.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("capture"));
        QCOMPARE(q.value(1).toInt(), 6);
    }

    void discardForgetsTheDraft()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const QUuid id = QUuid::createUuid();
        QVERIFY(records->drafts().save(draftAt(id, clock.nowUtc(), WizardStep::Profile, 2), &error));
        QVERIFY(records->drafts().discard(id, &error));
        QVERIFY(!records->drafts().latest());
        QSqlQuery q(records->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM draft_images")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void diskFullKeepsTheDraftInMemoryAndRetries()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QSqlQuery q(records->database().connection());
        // A database that cannot grow by a single page is what a full disk looks like to SQLite.
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        DraftKeeper keeper([&](const Draft &d, QString *e) { return records->drafts().save(d, e); }, 60000);
        QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
        const Draft draft = draftAt(QUuid::createUuid(), clock.nowUtc(), WizardStep::Capture, 4);
        QVERIFY(!keeper.save(draft));
        QVERIFY(keeper.hasPending());
        QCOMPARE(keeper.pending()->id, draft.id);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(keeper.problem().contains(QStringLiteral("disk is full")), qPrintable(keeper.problem()));
        QCOMPARE(records->drafts().count(), 0);
        QVERIFY(!keeper.retryNow());
        QCOMPARE(failed.size(), 1); // the same problem is told once

        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QSignalSpy saved(&keeper, &DraftKeeper::saved);
        QVERIFY(keeper.retryNow());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!keeper.hasPending());
        QCOMPARE(records->drafts().load(draft.id)->images.size(), 4);
    }

    void readOnlyFolderKeepsTheDraftInMemoryAndRetries()
    {
        // The data folder lives in a read-only folder (a locked-down profile, a write-protected drive).
        QTemporaryDir parent;
        const QString readOnly = parent.filePath(QStringLiteral("profile"));
        const QString dataDir = QDir(readOnly).filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(readOnly));
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        UnprivilegedScope user({parent.path(), readOnly});
        QVERIFY(user.ok());
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        std::unique_ptr<Records> records;
        // The app's saver: open the records when they are not open yet, then save.
        DraftKeeper keeper(
            [&](const Draft &d, QString *e) {
                if (!records)
                    records = Records::open({dataDir, &keys, clock, {}, true}, e);
                return records && records->drafts().save(d, e);
            },
            60000);
        QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
        const Draft draft = draftAt(QUuid::createUuid(), clock.nowUtc(), WizardStep::Profile, 1);
        QVERIFY(!keeper.save(draft));
        QCOMPARE(failed.size(), 1);
        QVERIFY(keeper.hasPending());
        QVERIFY2(keeper.problem().contains(QStringLiteral("cannot be written")), qPrintable(keeper.problem()));
        QVERIFY(!QFile::exists(dataDir));
        QVERIFY(!keeper.retryNow());

        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(keeper.retryNow());
        QVERIFY(!keeper.hasPending());
        QCOMPARE(records->drafts().latest()->id, draft.id);
    }

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
