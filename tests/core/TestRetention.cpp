// SPDX-License-Identifier: GPL-3.0-or-later
// Retention (images after 30 days or once uploaded, personal data after 6 months, statistics kept),
// right to erasure, and the statistics CSV.
#include "RecordsFixture.h"
#include "TestSupport.h"

#include "core/storage/Records.h"
#include "core/storage/StatisticsExport.h"
#include "core/util/Clock.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void purgesImagesThenPersonalDataAndKeepsStatistics()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        const QDateTime completed(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        FixedClock clock(completed);
        const MadeUpPerson person;
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY(records);
        const SessionRecord record = recordFor(*m_engine, person, completed, records->database().deviceId());
        QVERIFY(records->sessions().saveCompleted(record, extrasFor(person), &error));

        clock.set(completed.addDays(29));
        auto report = purgeExpired(records->database(), clock, {}, &error);
        QVERIFY(report);
        QCOMPARE(report->images, 0);
        QCOMPARE(records->sessions().loadExtras(record.id)->images.size(), 2);

        clock.set(completed.addDays(30));
        report = purgeExpired(records->database(), clock, {}, &error);
        QCOMPARE(report->images, 1);
        QCOMPARE(report->personal, 0);
        QVERIFY(records->sessions().loadExtras(record.id)->images.isEmpty());
        QVERIFY(records->sessions().load(record.id, &error)); // personal data still there
        QCOMPARE(records->sessions().loadExtras(record.id)->firstName, person.firstName);

        clock.set(completed.addMonths(6));
        report = purgeExpired(records->database(), clock, {}, &error);
        QCOMPARE(report->images, 0);
        QCOMPARE(report->personal, 1);
        QVERIFY(!records->sessions().load(record.id, &error));
        QVERIFY(records->sessions().loadExtras(record.id)->firstName.isEmpty());
        // Anonymous statistics stay.
        QCOMPARE(records->sessions().count(), 1);
        QCOMPARE(records->sessions().page(0, 1).first().age, record.result.age);
        QCOMPARE(records->sessions().loadExtras(record.id)->categories, extrasFor(person).categories);

        // A second run has nothing left to do; each purge was logged.
        QCOMPARE(purgeExpired(records->database(), clock, {}, &error)->personal, 0);
        int purged = 0;
        for (const auto &entry : records->audit().entries())
            purged += entry.kind() == AuditEvent::Purged ? 1 : 0;
        QCOMPARE(purged, 2);
        QVERIFY(records->audit().verify().intact);
        records.reset();
        const QByteArray files = readAllFilesBelow(dir.path());
        QVERIFY(!files.contains(person.lastName.toUtf8()));
        QVERIFY(!files.contains(person.imageMarker));
    }

    void abandonedDraftsArePurged()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        QVERIFY(records->drafts().save({QUuid::createUuid(), clock.nowUtc(), {}, WizardStep::Profile, {}, {}}, &error));
        clock.set(clock.nowUtc().addDays(31));
        QCOMPARE(purgeExpired(records->database(), clock, {}, &error)->drafts, 1);
        QCOMPARE(records->drafts().count(), 0);
    }

    void uploadedImagesGoAtOnce()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const SessionRecord record = recordFor(*m_engine, {}, clock.nowUtc(), records->database().deviceId());
        QVERIFY(records->sessions().saveCompleted(record, extrasFor({}), &error));
        QCOMPARE(records->sessions().page(0, 1).first().imageCount, 2);
        QVERIFY(records->sessions().confirmUploaded(record.id, &error));
        QCOMPARE(records->sessions().page(0, 1).first().imageCount, 0);
        QVERIFY(records->sessions().load(record.id, &error));
        QVERIFY(!records->sessions().confirmUploaded(QUuid::createUuid(), &error));
    }

    void erasureRemovesTheSessionAndIsLogged()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        const MadeUpPerson person;
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const SessionRecord record = recordFor(*m_engine, person, clock.nowUtc(), records->database().deviceId());
        QVERIFY(records->sessions().saveCompleted(record, extrasFor(person), &error));
        QVERIFY(records->sessions().erase(record.id, &error));
        QCOMPARE(records->sessions().count(), 0);
        QVERIFY(!records->sessions().loadExtras(record.id));
        QVERIFY(!records->sessions().erase(record.id, &error));
        QCOMPARE(records->audit().entries().last().kind(), AuditEvent::Deleted);
        QCOMPARE(records->audit().entries().last().sessionId, record.id.toString(QUuid::WithoutBraces));
    }

    void statisticsCsvHasNoPersonalData()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        const MadeUpPerson person;
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        for (int i = 0; i < 3; ++i) {
            const SessionRecord r =
                recordFor(*m_engine, person, clock.nowUtc().addSecs(i * 60), records->database().deviceId());
            QVERIFY(records->sessions().saveCompleted(r, extrasFor(person), &error));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int rows = 0;
        QVERIFY(writeStatisticsCsv(records->database(), buffer, &error, &rows));
        QCOMPARE(rows, 1);
        const QString csv = QString::fromUtf8(buffer.data());
        const SessionRecord sample = recordFor(*m_engine, person, clock.nowUtc(), {});
        QCOMPARE(csv, QStringLiteral("day,outcome,age,sessions,categories\n2026-11-26,%1,%2,3,CINEMA:3;LIVRE:3\n")
                          .arg(statusCode(sample.result.status))
                          .arg(sample.result.age));
    }

    void schedulerPurgesAtStartAndDaily()
    {
        QTemporaryDir dir;
        MemoryKeyStore keys;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, false}, &error);
        RetentionScheduler scheduler(records->database(), clock);
        QSignalSpy purged(&scheduler, &RetentionScheduler::purged);
        scheduler.start();
        QCOMPARE(purged.size(), 1);
        QVERIFY(scheduler.isActive());
    }

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
