// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: every kind of event recorded, and any tampering found by verify().
#include "RecordsFixture.h"

#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_records = Records::open({m_dir->path(), &m_keys, m_clock, {}, true}, &error);
        QVERIFY2(m_records, qPrintable(error));
        // created, resumed, exported, printed, purged (upload confirmed), deleted
        const SessionRecord a = recordFor(*m_engine, {}, m_clock.nowUtc(), m_records->database().deviceId());
        const SessionRecord b =
            recordFor(*m_engine, {}, m_clock.nowUtc().addSecs(60), m_records->database().deviceId());
        QVERIFY(m_records->drafts().save({a.id, m_clock.nowUtc(), {}, WizardStep::Profile, {}, {}}, &error));
        QVERIFY(m_records->drafts().markResumed(a.id, &error));
        QVERIFY(m_records->sessions().saveCompleted(a, extrasFor({}), &error));
        QVERIFY(m_records->sessions().saveCompleted(b, &error));
        QVERIFY(m_records->audit().record(AuditEvent::Exported, a.id.toString(QUuid::WithoutBraces), {}, &error));
        QVERIFY(m_records->audit().record(AuditEvent::Printed, a.id.toString(QUuid::WithoutBraces), {}, &error));
        QVERIFY(m_records->sessions().confirmUploaded(a.id, &error));
        QVERIFY(m_records->sessions().erase(b.id, &error));
        m_first = a.id.toString(QUuid::WithoutBraces);
    }

    void recordsEveryEventInOrder()
    {
        QStringList events;
        for (const auto &entry : m_records->audit().entries())
            events << entry.event;
        QCOMPARE(events, (QStringList{QStringLiteral("resumed"), QStringLiteral("created"), QStringLiteral("created"),
                                      QStringLiteral("exported"), QStringLiteral("printed"), QStringLiteral("purged"),
                                      QStringLiteral("deleted")}));
        const auto verification = m_records->audit().verify();
        QVERIFY(verification.intact);
        QCOMPARE(verification.checked, 7);
        QCOMPARE(m_records->audit().entries().first().prevHash, AuditLog::genesisHash());
    }

    void findsAnEditedEntry()
    {
        exec(QStringLiteral("UPDATE audit_log SET event = 'printed' WHERE seq = 4"));
        const auto verification = m_records->audit().verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadSeq, 4);
    }

    void findsAnEditedTimestamp()
    {
        exec(QStringLiteral("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 2"));
        QCOMPARE(m_records->audit().verify().firstBadSeq, 2);
    }

    void findsARemovedEntry()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        QVERIFY(!m_records->audit().verify().intact);
    }

    void findsARemovedLastEntry()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        QVERIFY(!m_records->audit().verify().intact);
    }

    void findsARecomputedEntryThatBreaksTheChain()
    {
        // Someone rewrites entry 5 with a consistent hash of its own: entry 6 no longer follows.
        exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 5").arg(QString(64, u'a')));
        QCOMPARE(m_records->audit().verify().firstBadSeq, 5);
    }

private:
    void exec(const QString &sql)
    {
        QSqlQuery q(m_records->database().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    MemoryKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Records> m_records;
    QString m_first;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
