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
#include <QJsonDocument>
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
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
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
            auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
            QVERIFY(records->database().checkpoint());
        }
        // Overwrite the schema page (page 1 after the 100-byte header) with noise.
        QFile file(QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(imageBytes(3000));
        file.close();
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->notices().size(), 1);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("passerelle.sqlite.corrupt-*")}).size(), 1);
    }

    // Issue 18 (8): damage in an index or a data page, not only in the schema, is found at open;
    // the file is set aside and every session that can still be read is kept, counted exactly.
    void damagedPagesAreFoundAndEveryReadableSessionKept_data()
    {
        QTest::addColumn<QString>("btree");
        QTest::addColumn<int>("which");
        QTest::newRow("index page") << QStringLiteral("sessions_by_completion") << int(BtreePage::Root);
        QTest::newRow("data page") << QStringLiteral("sessions") << int(BtreePage::MiddleLeaf);
    }

    void damagedPagesAreFoundAndEveryReadableSessionKept()
    {
        QFETCH(QString, btree);
        QFETCH(int, which);
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        const QSet<QUuid> saved = fiftySessions(dir.path(), keys, clock);
        const auto damaged =
            damageBtreePage(QDir(dir.path()).filePath(QStringLiteral("passerelle.sqlite")), btree, BtreePage(which));
        QVERIFY(damaged);
        // A data page loses exactly the rows on it; an index page loses none (the rows are intact).
        const int lost = damaged->leaf && btree == QLatin1String("sessions") ? damaged->cells : 0;
        QVERIFY2(btree != QLatin1String("sessions") || (lost > 0 && lost < 10), qPrintable(QString::number(lost)));

        QString error;
        auto records = Records::open({dir.path(), &keys, &clock, {}, false}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("passerelle.sqlite.corrupt-*")}).size(), 1);
        QCOMPARE(records->notices().size(), 1);
        const QString notice = records->notices().first();
        QVERIFY2(notice.contains(QStringLiteral("Sessions recovered: %1.").arg(50 - lost)), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("could not be read: %1.").arg(lost)), qPrintable(notice));
        QVERIFY(records->personalDataEnabled()); // same device id, so the same data key
        QCOMPARE(records->sessions().count(), 50 - lost);
        QString pageError;
        const auto page = records->sessions().page(0, 100, &pageError);
        QVERIFY2(pageError.isEmpty(), qPrintable(pageError));
        QCOMPARE(page.size(), 50 - lost);
        for (const auto &summary : page) {
            QVERIFY(saved.contains(summary.id));
            QVERIFY2(records->sessions().load(summary.id, &error), qPrintable(error)); // personal data opens
            QCOMPARE(summary.imageCount, 2);
            QVERIFY(summary.syncState == sync::OutboxState::Queued); // still to be sent
        }
        HistoryModel history(records->sessions());
        while (history.canFetchMore({}))
            history.fetchMore({});
        QCOMPARE(history.rowCount(), 50 - lost);
        QVERIFY(history.problem().isEmpty());
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
        Records::Options options{dir.path(), &keys, &clock, {}, false};
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
            auto database = Database::open(path, &error);
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
        auto records = Records::open({dir.path(), &keys, &clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->sessions().count(), 1);
        const auto loaded = records->sessions().load(record.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->input.birthDate, person.birthDate);
        QCOMPARE(records->sessions().page(0, 1).first().status, statusCode(record.result.status));
        const QByteArray files = readAllFilesBelow(dir.path());
        QVERIFY(!files.contains(person.birthDate.toString(Qt::ISODate).toUtf8()));
        QVERIFY(!files.contains(person.residentSince.toString(Qt::ISODate).toUtf8()));
    }

private:
    // 50 sessions with names and two pictures each, in a closed, checkpointed file.
    QSet<QUuid> fiftySessions(const QString &folder, KeyStore &keys, const Clock &clock)
    {
        QSet<QUuid> ids;
        QString error;
        auto records = Records::open({folder, &keys, &clock, {}, false}, &error);
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
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
