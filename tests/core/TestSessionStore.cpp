// SPDX-License-Identifier: GPL-3.0-or-later
// The local database: a real SQLite file, migrated, in WAL mode; completed sessions stored once.
#include "Profiles.h"
#include "core/crypto/FieldCipher.h"
#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/DataProtection.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SealedFields.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void opensMigratedInWalMode()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), m_clock, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!db->deviceId().isEmpty());
        const QString deviceId = db->deviceId();
        db.reset();
        db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), m_clock, &error);
        QCOMPARE(db->deviceId(), deviceId); // stable across restarts
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            QString error;
            auto db = Database::open(path, m_clock, &error);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        }
        QString error;
        QVERIFY(!Database::open(path, m_clock, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void savesAndLoadsACompletedSession()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), m_clock, &error);
        QVERIFY(db);
        // Personal data is only stored with a data key (without one: statistics only).
        MemoryKeyStore keys;
        QCOMPARE(DataProtection::setUp(*db, &keys).mode, DataProtection::Mode::Protected);
        const SystemClock clock;
        SessionStore store(*db, clock);
        const SessionRecord record = completedRecord(*db, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QVERIFY2(store.saveCompleted(record, &error), qPrintable(error));
        QCOMPARE(store.count(), 1);
        const auto loaded = store.load(record.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), record.toJson());
        QCOMPARE(loaded->result.rulesetId, QStringLiteral("R3"));
        QCOMPARE(loaded->deviceId, db->deviceId());
        // A completed session is immutable: the same id is never stored twice.
        QVERIFY(!store.saveCompleted(record, &error));
        QCOMPARE(store.count(), 1);
    }

    void capturesAreStoredUnderTheirOldSpellings()
    {
        // The captures are enums in memory; on disk they keep the spellings every version wrote ("id_front",
        // "accepted"), and a row with a spelling no version wrote is left out, not misread.
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), m_clock, &error);
        QVERIFY(db);
        MemoryKeyStore keys;
        QCOMPARE(DataProtection::setUp(*db, &keys).mode, DataProtection::Mode::Protected);
        SessionStore store(*db, m_clock);
        const SessionRecord record = completedRecord(*db, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        SessionExtras extras;
        extras.captureOutcomes = {{CaptureCode::IdFront, CaptureOutcome::Accepted},
                                  {CaptureCode::SelfieWithId, CaptureOutcome::Retaken},
                                  {CaptureCode::IdBack, CaptureOutcome::Skipped}};
        extras.images = {{CaptureCode::IdFront, QByteArrayLiteral("front")},
                         {CaptureCode::SelfieWithId, QByteArrayLiteral("selfie")}};
        QVERIFY2(store.saveCompleted(record, extras, &error), qPrintable(error));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT captures FROM sessions")) && q.next());
        QCOMPARE(QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                 QJsonObject({{QStringLiteral("id_front"), QStringLiteral("accepted")},
                              {QStringLiteral("selfie_with_id"), QStringLiteral("retaken")},
                              {QStringLiteral("id_back"), QStringLiteral("skipped")}}));
        QVERIFY(q.exec(QStringLiteral("SELECT capture FROM session_images ORDER BY capture")));
        QStringList stored;
        while (q.next())
            stored << q.value(0).toString();
        QCOMPARE(stored, QStringList({QStringLiteral("id_front"), QStringLiteral("selfie_with_id")}));

        // Rows as an older or a damaged file may hold them: an unknown capture, an unknown outcome.
        QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET captures = '{\"id_front\":\"accepted\",\"capture_9\":"
                                      "\"accepted\",\"id_back\":\"lost\"}'")));
        // The picture sealed under its own (unknown) name, so that it opens: left out for its name alone.
        const QString id = record.id.toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral(
            "UPDATE session_images SET capture = 'capture_9', data = ? WHERE capture = 'selfie_with_id'"));
        q.addBindValue(db->cipher()->seal(QByteArrayLiteral("selfie"), id, sealed::image(QStringLiteral("capture_9"))));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        const auto loaded = store.loadExtras(record.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->captureOutcomes,
                 (QMap<CaptureCode, CaptureOutcome>{{CaptureCode::IdFront, CaptureOutcome::Accepted}}));
        QCOMPARE(loaded->images.size(), 1);
        QCOMPARE(loaded->images.first().capture, CaptureCode::IdFront);
        QCOMPARE(loaded->images.first().data, QByteArrayLiteral("front"));
    }

    void historyIsNewestFirst()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), m_clock, &error);
        const SystemClock clock;
        SessionStore store(*db, clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.saveCompleted(completedRecord(*db, QDateTime(QDate(2026, 11, 20 + i), QTime(9, 0), Qt::UTC)),
                                        &error));
        const auto page = store.page(0, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().completedUtc.date(), QDate(2026, 11, 24));
        QCOMPARE(page.last().completedUtc.date(), QDate(2026, 11, 22));
        QCOMPARE(store.page(3, 3).size(), 2);
    }

private:
    SessionRecord completedRecord(const Database &db, const QDateTime &when)
    {
        FixedClock clock(when);
        SessionModel session(*m_engine, clock);
        session.setProfile(test::answeredProfile("15", "3", "2009"));
        if (!session.evaluate())
            return {};
        return session.toRecord({QStringLiteral("0.1.0"), db.deviceId(), QStringLiteral("c1"), QStringLiteral("site")});
    }

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    const SystemClock m_clock; ///< the machine's: these tests open files as the app does
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "TestSessionStore.moc"
