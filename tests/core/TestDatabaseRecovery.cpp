// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged database is moved aside (never overwritten), and older schemas migrate forward with
// their clear personal data sealed.
#include "RecordsFixture.h"
#include "TestSupport.h"

#include "core/storage/Migrations.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

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
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
