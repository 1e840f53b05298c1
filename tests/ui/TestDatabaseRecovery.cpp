// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged database is moved aside (never overwritten), and older schemas migrate forward with
// their clear personal data sealed.
#include "DamagedDatabase.h"
#include "RecordsFixture.h"
#include "TestSupport.h"

#include "core/storage/Migrations.h"
#include "core/storage/Outbox.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"
#include "ui/records/HistoryModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void damagedFileIsMovedAsideAndAFreshOneMade()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        QByteArray garbage = imageBytes(64 * 1024);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->notices().size(), 1);
        QVERIFY(records->notices().first().contains(QStringLiteral("damaged")));
        QCOMPARE(records->sessions().count(), 0);
        QCOMPARE(records->database().schemaVersion(), latestSchemaVersion());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("passerelle.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(records->notices().first().contains(aside.first()));
        QFile moved(QDir(dir.path()).filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage); // kept as it was, for support
    }

    void damagedPagesAreMovedAsideToo()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        {
            auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
            QVERIFY(records->database().checkpoint());
        }
        // Overwrite the schema page (page 1 after the 100-byte header) with noise.
        QFile file(QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(imageBytes(3000));
        file.close();
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->notices().size(), 1);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("passerelle.sqlite.corrupt-*")}).size(), 1);
    }

    // Issue 18 (8): damage in an index or a data page, not only in the schema, is found, and every
    // session that can still be read is kept, counted exactly. Since the start-up regression fix, a
    // file closed cleanly is not read page by page at open: the listing that meets the damage says
    // so and marks the file, and the next start (or a recovery in process) sets it aside and
    // recovers it.
    void damageFoundByAListingIsRecovered_data()
    {
        QTest::addColumn<QString>("btree");
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("restart"); ///< else Records::recoverFromDamage, as a sync pass does
        for (const bool restart : {true, false}) {
            const char *when = restart ? "at the next start" : "in process";
            QTest::addRow("index page, %s", when)
                << QStringLiteral("sessions_by_completion") << int(BtreePage::Root) << restart;
            QTest::addRow("data page, %s", when) << QStringLiteral("sessions") << int(BtreePage::MiddleLeaf) << restart;
        }
    }

    void damageFoundByAListingIsRecovered()
    {
        QFETCH(QString, btree);
        QFETCH(int, which);
        QFETCH(bool, restart);
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        const QSet<QUuid> saved = fiftySessions(dir.path(), keys, clock);
        const int lost = damage(dir.path(), btree, which);
        QVERIFY(lost >= 0);
        const QString file = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, false}, &error);
        QVERIFY2(records, qPrintable(error));
        // A clean end and a recent full check: no page-by-page check at this open.
        QCOMPARE(corruptFiles(dir.path()), 0);
        QVERIFY(records->notices().isEmpty());
        QVERIFY(!QFile::exists(Database::checkDueFile(file)));
        {
            HistoryModel history(records->sessions());
            QVERIFY(!history.problem().isEmpty()); // "damaged ... Restart Passerelle"
        }
        QVERIFY(records->database().damageFound());
        QVERIFY(QFile::exists(Database::checkDueFile(file))); // kept for the next start
        if (restart) {
            records.reset();
            records = Records::open({dir.path(), &keys, clock, {}, false}, &error);
            QVERIFY2(records, qPrintable(error));
        } else {
            QVERIFY2(records->recoverFromDamage(&error), qPrintable(error));
        }
        expectRecovered(*records, dir.path(), saved, lost);
        QVERIFY(!QFile::exists(Database::checkDueFile(file)));
    }

    // A process that had the file open and was killed (a crash, a power cut) leaves its open
    // marker: the next open checks every table and recovers the damage before anything is listed.
    void anUncleanEndIsCheckedAtTheNextOpen()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        // Now: the helper holding the file reads the machine's clock, and must find the last full
        // check recent (else it would check, and recover, the file itself).
        FixedClock clock(QDateTime::currentDateTimeUtc());
        const QSet<QUuid> saved = fiftySessions(dir.path(), keys, clock);
        const int lost = damage(dir.path(), QStringLiteral("sessions"), int(BtreePage::MiddleLeaf));
        QVERIFY(lost > 0);
        const QString file = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        QProcess helper;
        helper.start(QStringLiteral(PASSERELLE_CRASH_HELPER), {file, QStringLiteral("--hold")});
        QVERIFY(helper.waitForReadyRead(20000));
        QCOMPARE(helper.readAllStandardOutput().trimmed(), QByteArray("open"));
        QCOMPARE(openMarkers(dir.path()), 1);
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(openMarkers(dir.path()), 1); // left by the killed process

        Database::OpenReport report;
        QString error;
        {
            auto database = Database::open(file, m_clock, &error, &report);
            QVERIFY2(database, qPrintable(error));
            QVERIFY2(report.checkedBecause.contains(QStringLiteral("not closed")), qPrintable(report.checkedBecause));
            QVERIFY(!report.movedAsideTo.isEmpty());
            QCOMPARE(report.sessionsRecovered, 50 - lost);
            QCOMPARE(report.sessionsLost, lost);
            QCOMPARE(openMarkers(dir.path()), 1); // this one's own; the killed one's is gone
        }
        QCOMPARE(openMarkers(dir.path()), 0); // a clean end leaves none
        auto records = Records::open({dir.path(), &keys, clock, {}, false}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->sessions().count(), 50 - lost);
        for (const auto &summary : records->sessions().page(0, 100))
            QVERIFY(saved.contains(summary.id));
    }

    // Without any other reason, the tables are still checked when the last full check is older
    // than Database::kFullCheckEveryDays; a recent one is not repeated.
    void anOldFullCheckIsRepeatedAtOpen()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        QString error;
        Database::OpenReport report;
        QVERIFY(Database::open(file, m_clock, &error, &report));
        QVERIFY(!report.checkedBecause.isEmpty()); // a new file: checked once (it is empty)
        report = {};
        QVERIFY(Database::open(file, m_clock, &error, &report));
        QVERIFY2(report.checkedBecause.isEmpty(), qPrintable(report.checkedBecause));
        {
            auto database = Database::open(file, m_clock, &error);
            const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-(Database::kFullCheckEveryDays + 1));
            QVERIFY(database->setMetaValue(QStringLiteral("last_full_check_utc"), old.toString(Qt::ISODate)));
        }
        report = {};
        QVERIFY(Database::open(file, m_clock, &error, &report));
        QVERIFY2(report.checkedBecause.contains(QStringLiteral("older than")), qPrintable(report.checkedBecause));
        report = {};
        QVERIFY(Database::open(file, m_clock, &error, &report));
        QVERIFY2(report.checkedBecause.isEmpty(), qPrintable(report.checkedBecause)); // recorded again
    }

    // The full check's age is read on the clock the app is given, not the machine's: with a fixed
    // clock it is repeated once seven days have passed on that clock, and not a second before; the
    // file moved aside is stamped with that clock too.
    void theFullCheckFollowsTheGivenClock()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        const QDateTime start(QDate(2031, 3, 2), QTime(8, 30), Qt::UTC);
        FixedClock clock(start);
        QString error;
        Database::OpenReport report;
        QVERIFY2(Database::open(file, clock, &error, &report), qPrintable(error));
        QVERIFY(!report.checkedBecause.isEmpty()); // a new file: checked once
        {
            auto database = Database::open(file, clock, &error);
            QCOMPARE(database->metaValue(QStringLiteral("last_full_check_utc")),
                     QStringLiteral("2031-03-02T08:30:00Z"));
        }
        clock.set(start.addDays(Database::kFullCheckEveryDays).addSecs(-1));
        report = {};
        QVERIFY(Database::open(file, clock, &error, &report));
        QVERIFY2(report.checkedBecause.isEmpty(), qPrintable(report.checkedBecause));
        clock.set(start.addDays(Database::kFullCheckEveryDays).addSecs(1));
        report = {};
        QVERIFY(Database::open(file, clock, &error, &report));
        QVERIFY2(report.checkedBecause.contains(QStringLiteral("older than")), qPrintable(report.checkedBecause));
        report = {};
        QVERIFY(Database::open(file, clock, &error, &report));
        QVERIFY2(report.checkedBecause.isEmpty(), qPrintable(report.checkedBecause)); // stamped on the clock

        // Damage found now is set aside under the clock's time.
        {
            QFile garbage(file);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(imageBytes(64 * 1024));
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        report = {};
        QVERIFY2(Database::open(file, clock, &error, &report), qPrintable(error));
        QCOMPARE(QFileInfo(report.movedAsideTo).fileName(),
                 QStringLiteral("passerelle.sqlite.corrupt-20310309-083001"));
    }

    // Issue 18 (8): a listing that hits a damaged page says so; it is never a short list in silence,
    // and the history does not show a count over rows it does not have.
    void aListingThatCannotBeReadSaysSo()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        fiftySessions(dir.path(), keys, clock);
        QVERIFY(damageBtreePage(QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite")),
                                QStringLiteral("sessions_by_completion"), BtreePage::Root));
        Records::Options options{dir.path(), &keys, clock, {}, false};
        options.readOnly = true; // read as it is: nothing repaired
        QString error;
        auto records = Records::open(options, &error);
        QVERIFY2(records, qPrintable(error));
        QString pageError;
        const auto page = records->sessions().page(0, 100, &pageError);
        QVERIFY(page.isEmpty());
        QVERIFY(pageError.contains(QStringLiteral("malformed")));
        HistoryModel history(records->sessions());
        QVERIFY(!history.problem().isEmpty());
        QCOMPARE(history.total(), history.rowCount());
        QVERIFY(!history.canFetchMore({}));
    }

    void migratesAnEmptyDatabaseFromEveryVersion()
    {
        for (const auto &migration : migrations()) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("p.sqlite"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("step"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QString error;
                QVERIFY2(migrate(db, &error, migration.version), qPrintable(error));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("step"));
            QString error;
            auto database = Database::open(path, m_clock, &error);
            QVERIFY2(database, qPrintable(error));
            QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        }
    }

    void sealsClearRecordsOfSchemaOne()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite"));
        const MadeUpPerson person;
        const SessionRecord record =
            recordFor(*m_engine, person, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), QStringLiteral("dev"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrate(db, &error, 1), qPrintable(error));
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO sessions (id, schema, started_utc, completed_utc, utc_offset_s, app_version, device_id,"
                " language, ruleset, status, age, territory, nationality, identity_route, record_json)"
                " VALUES (?, 1, ?, ?, 3600, '0.1.0', 'dev', 'fr', ?, ?, ?, 'metro', 'other', 'in_app', ?)"));
            q.addBindValue(record.id.toString(QUuid::WithoutBraces));
            q.addBindValue(record.startedUtc.toString(Qt::ISODateWithMs));
            q.addBindValue(record.completedUtc.toString(Qt::ISODateWithMs));
            q.addBindValue(record.result.rulesetId);
            q.addBindValue(statusCode(record.result.status));
            q.addBindValue(record.result.age);
            q.addBindValue(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QVERIFY(readAllFilesBelow(dir.path()).contains(person.birthDate.toString(Qt::ISODate).toUtf8()));

        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->sessions().count(), 1);
        const auto loaded = records->sessions().load(record.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->input.birthDate, person.birthDate);
        QVERIFY(records->sessions().page(0, 1).first().status == record.result.status);
        const QByteArray files = readAllFilesBelow(dir.path());
        QVERIFY(!files.contains(person.birthDate.toString(Qt::ISODate).toUtf8()));
        QVERIFY(!files.contains(person.residentSince.toString(Qt::ISODate).toUtf8()));
    }

private:
    // Damages one page of @p btree in the closed file: the rows lost with it (a data page loses
    // exactly the rows on it; an index page loses none), or -1 when it could not be damaged.
    static int damage(const QString &folder, const QString &btree, int which)
    {
        const auto damaged =
            damageBtreePage(QDir(folder).filePath(QStringLiteral("passerelle.sqlite")), btree, BtreePage(which));
        if (!damaged)
            return -1;
        const int lost = damaged->leaf && btree == QLatin1String("sessions") ? damaged->cells : 0;
        if (btree == QLatin1String("sessions") && (lost <= 0 || lost >= 10))
            return -1;
        return lost;
    }

    static int corruptFiles(const QString &folder)
    {
        return int(QDir(folder).entryList({QStringLiteral("passerelle.sqlite.corrupt-*")}).size());
    }

    static int openMarkers(const QString &folder)
    {
        return int(QDir(folder).entryList({QStringLiteral("passerelle.sqlite.open-*")}, QDir::Files).size());
    }

    // The damaged file is set aside, every readable session is in the new one (personal data
    // opens, pictures and queue state kept), and the notice counts both exactly.
    static void expectRecovered(Records &records, const QString &folder, const QSet<QUuid> &saved, int lost)
    {
        QCOMPARE(corruptFiles(folder), 1);
        QCOMPARE(records.notices().size(), 1);
        const QString notice = records.notices().first();
        QVERIFY2(notice.contains(QStringLiteral("Sessions recovered: %1.").arg(50 - lost)), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("could not be read: %1.").arg(lost)), qPrintable(notice));
        QVERIFY(records.recoveredFromDamage());
        QVERIFY(records.personalDataEnabled()); // same device id, so the same data key
        QCOMPARE(records.sessions().count(), 50 - lost);
        QString error;
        const auto page = records.sessions().page(0, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(page.size(), 50 - lost);
        for (const auto &summary : page) {
            QVERIFY(saved.contains(summary.id));
            QVERIFY2(records.sessions().load(summary.id, &error), qPrintable(error)); // personal data opens
            QCOMPARE(summary.imageCount, 2);
            QVERIFY(summary.syncState == OutboxState::Queued); // still to be sent
        }
        HistoryModel history(records.sessions());
        while (history.canFetchMore({}))
            history.fetchMore({});
        QCOMPARE(history.rowCount(), 50 - lost);
        QVERIFY(history.problem().isEmpty());
    }

    // 50 sessions with names and two pictures each, in a closed, checkpointed file.
    QSet<QUuid> fiftySessions(const QString &folder, KeyStore &keys, const Clock &clock)
    {
        QSet<QUuid> ids;
        QString error;
        auto records = Records::open({folder, &keys, clock, {}, false}, &error);
        if (!records)
            return ids;
        const MadeUpPerson person;
        for (int i = 0; i < 50; ++i) {
            const SessionRecord record =
                recordFor(*m_engine, person, clock.nowUtc().addSecs(-3600 * (i + 1)), records->database().deviceId());
            if (records->sessions().saveCompleted(record, extrasFor(person, 1024), &error))
                ids.insert(record.id);
        }
        records->database().checkpoint();
        return ids;
    }

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    const SystemClock m_clock; ///< the machine's: these tests open files as the app does
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
