// SPDX-License-Identifier: GPL-3.0-or-later
// The admin PIN: Argon2id hashes only, and a rate limit of wrong attempts on an injected clock.
#include "core/modes/PinAttempts.h"
#include "core/modes/PinHash.h"
#include "core/modes/PinLock.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

class TestPinLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hashIsArgon2idAndVerifies()
    {
        const QString hash = PinHash::hash(QStringLiteral("482913"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("482913")));
        QVERIFY(PinHash::verify(hash, QStringLiteral("482913")));
        QVERIFY(!PinHash::verify(hash, QStringLiteral("482914")));
        QVERIFY(!PinHash::verify(QString(), QStringLiteral("482913")));
        QVERIFY(!PinHash::verify(QStringLiteral("482913"), QStringLiteral("482913"))); // never a clear PIN
        // Salted: the same PIN twice gives two different strings.
        QVERIFY(PinHash::hash(QStringLiteral("482913")) != hash);
    }

    void acceptablePins()
    {
        QString why;
        QVERIFY(PinHash::isAcceptable(QStringLiteral("482913"), 6, &why));
        QVERIFY(!PinHash::isAcceptable(QStringLiteral("48291"), 6, &why));
        QVERIFY(why.contains(QStringLiteral("6")));
        QVERIFY(!PinHash::isAcceptable(QStringLiteral("4829a3"), 6, &why));
        QVERIFY(!PinHash::isAcceptable(QStringLiteral("111111"), 6, &why));
        QVERIFY(!PinHash::isAcceptable(QStringLiteral("1234567890123"), 6, &why));
        QVERIFY(PinHash::isAcceptable(QStringLiteral("4829"), 4, &why));
    }

    void attemptsAreRateLimited()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        PinAttempts attempts(clock);
        for (int i = 0; i < 2; ++i) {
            attempts.recordFailure();
            QVERIFY(attempts.canTry());
        }
        attempts.recordFailure(); // third wrong PIN: wait 30 s
        QVERIFY(!attempts.canTry());
        QCOMPARE(attempts.secondsUntilNextTry(), 30);
        clock.set(clock.nowUtc().addSecs(29));
        QVERIFY(!attempts.canTry());
        clock.set(clock.nowUtc().addSecs(1));
        QVERIFY(attempts.canTry());
        attempts.recordFailure();
        QCOMPARE(attempts.secondsUntilNextTry(), 60);
        clock.set(clock.nowUtc().addSecs(60));
        attempts.recordFailure();
        QCOMPARE(attempts.secondsUntilNextTry(), 120);
        for (int i = 0; i < 10; ++i) {
            clock.set(clock.nowUtc().addSecs(3600));
            attempts.recordFailure();
        }
        QCOMPARE(attempts.secondsUntilNextTry(), 900); // capped at 15 minutes
        attempts.recordSuccess();
        QVERIFY(attempts.canTry());
        QCOMPARE(attempts.failures(), 0);
    }

    // Issue 18 (11): the kiosk guide makes the settings file read-only; the lockout is kept apart,
    // where it persists: the settings file is not written, and a restart keeps the wait.
    void lockoutPersistsWithAReadOnlySettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("passerelle.conf"));
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        {
            PinLock setUp(PinLock::adminKey(), clock, file);
            QString why;
            QVERIFY(setUp.setPin(QStringLiteral("482913"), 6, &why));
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray before = raw.readAll();
        raw.close();
        {
            PinLock lock(PinLock::adminKey(), clock, file);
            for (const auto &pin : {QStringLiteral("000001"), QStringLiteral("000002"), QStringLiteral("000003")})
                QCOMPARE(lock.tryPin(pin), PinLock::Result::Wrong);
            QCOMPARE(lock.secondsUntilNextTry(), 30);
        }
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), before); // nothing written to the read-only settings
        clock.set(clock.nowUtc().addSecs(10));
        PinLock restarted(PinLock::adminKey(), clock, file);
        QCOMPARE(restarted.attempts().failures(), 3);
        QCOMPARE(restarted.tryPin(QStringLiteral("482913")), PinLock::Result::TooSoon);
        QCOMPARE(restarted.secondsUntilNextTry(), 20);
    }

    void lockStoresOnlyTheHashAndRefusesWhileLimited()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        PinLock lock(PinLock::adminKey(), clock, file);
        QVERIFY(!lock.isSet());
        QCOMPARE(lock.tryPin(QStringLiteral("482913")), PinLock::Result::NotSet);
        QString why;
        QVERIFY(!lock.setPin(QStringLiteral("12"), 6, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(lock.setPin(QStringLiteral("482913"), 6, &why));
        QVERIFY(lock.isSet());
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray content = raw.readAll();
        QVERIFY(content.contains("argon2id"));
        QVERIFY(!content.contains("482913"));

        QCOMPARE(lock.tryPin(QStringLiteral("000001")), PinLock::Result::Wrong);
        QCOMPARE(lock.tryPin(QStringLiteral("000002")), PinLock::Result::Wrong);
        QCOMPARE(lock.tryPin(QStringLiteral("000003")), PinLock::Result::Wrong);
        // Even the right PIN is not checked while attempts are limited.
        QCOMPARE(lock.tryPin(QStringLiteral("482913")), PinLock::Result::TooSoon);
        QCOMPARE(lock.secondsUntilNextTry(), 30);
        {
            // A restart (a new lock on the same settings) keeps the count and the wait.
            PinLock restarted(PinLock::adminKey(), clock, file);
            QCOMPARE(restarted.attempts().failures(), 3);
            QCOMPARE(restarted.tryPin(QStringLiteral("482913")), PinLock::Result::TooSoon);
            QCOMPARE(restarted.secondsUntilNextTry(), 30);
        }
        clock.set(clock.nowUtc().addSecs(30));
        QCOMPARE(lock.tryPin(QStringLiteral("482913")), PinLock::Result::Accepted);
        QCOMPARE(lock.attempts().failures(), 0);
        QCOMPARE(PinLock(PinLock::adminKey(), clock, file).attempts().failures(), 0);
        lock.clear();
        QVERIFY(!lock.isSet());
    }
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "TestPinLock.moc"
