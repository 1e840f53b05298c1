// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts: saved at every step in one transaction, resumable, discarded; kept in memory and saved
// again when the disk is full or the folder is read-only.
#include "RecordsFixture.h"

#include "core/storage/DraftKeeper.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {

Draft draftAt(const QUuid &id, const QDateTime &started, const QString &step, int index, int images)
{
    Draft draft{id, started, {}, step, index, {{QStringLiteral("step"), step}}, {}};
    for (int i = 0; i < images; ++i)
        draft.images.append({QStringLiteral("capture_%1").arg(i), imageBytes(2048)});
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
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        const QUuid id = QUuid::createUuid();
        const QDateTime started = clock.nowUtc();
        QVERIFY(!records->drafts().latest());
        QVERIFY(records->drafts().save(draftAt(id, started, QStringLiteral("profile"), 1, 0), &error));
        clock.set(started.addSecs(120));
        QVERIFY(records->drafts().save(draftAt(id, started, QStringLiteral("capture"), 3, 2), &error));
        clock.set(started.addSecs(180));
        QVERIFY(records->drafts().save(draftAt(id, started, QStringLiteral("capture"), 3, 1), &error));
        QCOMPARE(records->drafts().count(), 1);
        records.reset();

        // As after a power cut: reopen and offer to resume, with the age and the step.
        records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        const auto info = records->drafts().latest();
        QVERIFY(info);
        QCOMPARE(info->id, id);
        QCOMPARE(info->step, QStringLiteral("capture"));
        QCOMPARE(info->stepIndex, 3);
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

    void discardForgetsTheDraft()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        const QUuid id = QUuid::createUuid();
        QVERIFY(records->drafts().save(draftAt(id, clock.nowUtc(), QStringLiteral("profile"), 1, 2), &error));
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
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        QSqlQuery q(records->database().connection());
        // A database that cannot grow by a single page is what a full disk looks like to SQLite.
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        DraftKeeper keeper([&](const Draft &d, QString *e) { return records->drafts().save(d, e); }, 60000);
        QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
        const Draft draft = draftAt(QUuid::createUuid(), clock.nowUtc(), QStringLiteral("capture"), 3, 4);
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
                    records = Records::open({dataDir, &keys, &clock, {}, true}, e);
                return records && records->drafts().save(d, e);
            },
            60000);
        QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
        const Draft draft = draftAt(QUuid::createUuid(), clock.nowUtc(), QStringLiteral("profile"), 1, 1);
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
