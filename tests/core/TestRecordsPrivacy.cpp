// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest with the real keychain: nothing of a young person's identity in the files or
// logs, and a "no personal data" mode when there is no keychain.
#include "RecordsFixture.h"
#include "TestSupport.h"

#include "core/crypto/FieldCipher.h"
#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

QByteArray g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

/** Every way the person's identity could be written, in UTF-8 and UTF-16. */
QList<QByteArray> needles(const MadeUpPerson &p)
{
    QList<QByteArray> list;
    const QStringList texts{p.firstName,
                            p.firstName.toUpper(),
                            p.lastName,
                            QStringLiteral("Quilleb"),
                            p.birthDate.toString(Qt::ISODate),
                            p.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                            p.birthDate.toString(QStringLiteral("yyyyMMdd")),
                            p.residentSince.toString(Qt::ISODate)};
    for (const auto &text : texts) {
        list << text.toUtf8();
        list << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    list << p.imageMarker;
    return list;
}

QString firstLeak(const QByteArray &haystack, const MadeUpPerson &p)
{
    for (const auto &needle : needles(p)) {
        if (haystack.contains(needle))
            return QString::fromUtf8(needle.toHex());
    }
    return {};
}

} // namespace

class TestRecordsPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
    }

    void nothingPersonalInFilesOrLogs()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureMessage);
        QTemporaryDir dir;
        const MadeUpPerson person;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        KeychainKeyStore keychain(QStringLiteral("Passerelle-tests"));
        QUuid id;
        {
            QString error;
            auto records = Records::open({dir.path(), &keychain, clock, {}, true}, &error);
            QVERIFY2(records, qPrintable(error));
            QVERIFY2(records->personalDataEnabled(), qPrintable(records->notices().join(u'\n')));
            const SessionRecord record = recordFor(*m_engine, person, clock.nowUtc(), records->database().deviceId());
            id = record.id;
            QVERIFY2(records->sessions().saveCompleted(record, extrasFor(person), &error), qPrintable(error));
            // A draft of the next appointment, with the same person typed in.
            Draft draft{QUuid::createUuid(),
                        clock.nowUtc(),
                        {},
                        WizardStep::Capture,
                        QJsonObject{{QStringLiteral("first_name"), person.firstName},
                                    {QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate)}},
                        extrasFor(person).images};
            QVERIFY2(records->drafts().save(draft, &error), qPrintable(error));
            // Scan while open: the WAL holds every page written so far.
            QVERIFY(QFile::exists(records->database().path() + QStringLiteral("-wal")));
            const QByteArray files = readAllFilesBelow(dir.path());
            QVERIFY(files.contains("CREATE TABLE sessions")); // the scan does read the database
            QVERIFY2(firstLeak(files, person).isEmpty(), qPrintable(firstLeak(files, person)));
            QVERIFY(records->audit().verify().intact);
        }
        const QByteArray files = readAllFilesBelow(dir.path());
        QVERIFY2(firstLeak(files, person).isEmpty(), qPrintable(firstLeak(files, person)));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(g_log.contains("passerelle.")); // the log was captured
        QVERIFY2(firstLeak(g_log, person).isEmpty(), g_log.constData());

        // And the data is all there for whoever has the key.
        QString error;
        auto records = Records::open({dir.path(), &keychain, clock, {}, true}, &error);
        QVERIFY(records && records->personalDataEnabled());
        const auto loaded = records->sessions().load(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->input.birthDate, person.birthDate);
        QCOMPARE(loaded->input.residentSince, person.residentSince);
        const auto extras = records->sessions().loadExtras(id);
        QCOMPARE(extras->firstName, person.firstName);
        QCOMPARE(extras->lastName, person.lastName);
        QCOMPARE(extras->images.size(), 2);
        QVERIFY(extras->images.first().data.startsWith(person.imageMarker));
        QCOMPARE(records->sessions().page(0, 10).first().firstName, person.firstName);
    }

    void keyIsMadeOnceAndKeptInTheKeychain()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        KeychainKeyStore keychain(QStringLiteral("Passerelle-tests"));
        QString error;
        auto records = Records::open({dir.path(), &keychain, clock, {}, true}, &error);
        QVERIFY(records && records->personalDataEnabled());
        const QString keyName = DataProtection::keyName(records->database());
        QByteArray key;
        QCOMPARE(keychain.read(keyName, &key, &error), KeyStore::Status::Found);
        QCOMPARE(key.size(), FieldCipher::kKeyBytes);
        const auto again = DataProtection::setUp(records->database(), &keychain);
        QCOMPARE(again.mode, DataProtection::Mode::Protected);
        QVERIFY(!again.keyCreated);
        QByteArray same;
        QCOMPARE(keychain.read(keyName, &same, &error), KeyStore::Status::Found);
        QCOMPARE(same, key);

        // A lost key is never silently replaced: the sessions would be unreadable.
        QVERIFY(keychain.remove(keyName, &error));
        const auto lost = DataProtection::setUp(records->database(), &keychain);
        QCOMPARE(lost.mode, DataProtection::Mode::NoPersonalData);
        QVERIFY(!lost.notice.isEmpty());
        QCOMPARE(keychain.read(keyName, &key, &error), KeyStore::Status::NotFound);
        QVERIFY(!records->sessions().personalDataEnabled());
    }

    void withoutKeychainOnlyStatisticsAreStored()
    {
        QTemporaryDir dir;
        const MadeUpPerson person;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        UnavailableKeyStore noKeychain;
        QString error;
        auto records = Records::open({dir.path(), &noKeychain, clock, {}, true}, &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->mode(), DataProtection::Mode::NoPersonalData);
        QCOMPARE(records->notices().size(), 1);
        QVERIFY(records->notices().first().contains(QStringLiteral("statistics")));
        const SessionRecord record = recordFor(*m_engine, person, clock.nowUtc(), records->database().deviceId());
        QVERIFY2(records->sessions().saveCompleted(record, extrasFor(person), &error), qPrintable(error));
        QCOMPARE(records->sessions().count(), 1);
        const auto line = records->sessions().page(0, 1).first();
        QVERIFY(line.status == record.result.status);
        QCOMPARE(line.age, record.result.age);
        QVERIFY(line.firstName.isEmpty());
        QVERIFY(!line.personalAvailable);
        QCOMPARE(line.imageCount, 0);
        QVERIFY(!records->sessions().load(record.id, &error));
        QCOMPARE(records->sessions().loadExtras(record.id)->categories, extrasFor(person).categories);
        QVERIFY(!records->drafts().canStore());
        QVERIFY(!records->drafts().save(Draft{QUuid::createUuid(),
                                              clock.nowUtc(),
                                              {},
                                              WizardStep::Profile,
                                              {{QStringLiteral("n"), person.firstName}},
                                              {}},
                                        &error));
        const QByteArray files = readAllFilesBelow(dir.path());
        QVERIFY2(firstLeak(files, person).isEmpty(), qPrintable(firstLeak(files, person)));
    }

    void aSealedValueMovedToAnotherRecordDoesNotOpen()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        MemoryKeyStore keys;
        QString error;
        auto records = Records::open({dir.path(), &keys, clock, {}, true}, &error);
        const MadeUpPerson person;
        const SessionRecord a = recordFor(*m_engine, person, clock.nowUtc(), records->database().deviceId());
        const SessionRecord b =
            recordFor(*m_engine, person, clock.nowUtc().addSecs(60), records->database().deviceId());
        QVERIFY(records->sessions().saveCompleted(a, &error));
        QVERIFY(records->sessions().saveCompleted(b, &error));
        QSqlQuery q(records->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET personal = (SELECT personal FROM sessions WHERE id = '%1')"
                                      " WHERE id = '%2'")
                           .arg(a.id.toString(QUuid::WithoutBraces), b.id.toString(QUuid::WithoutBraces))));
        QVERIFY(records->sessions().load(a.id, &error));
        QVERIFY(!records->sessions().load(b.id, &error));
    }

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestRecordsPrivacy)
#include "TestRecordsPrivacy.moc"
