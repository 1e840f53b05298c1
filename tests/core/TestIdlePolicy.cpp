// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's idle state machine and its timer, on an injected clock: no waiting, no display.
#include "core/modes/IdlePolicy.h"
#include "core/modes/IdleTimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace passerelle;
using State = IdlePolicy::State;

class TestIdlePolicy : public QObject
{
    Q_OBJECT

private slots:
    void warnsThenExpires()
    {
        IdlePolicy policy({60'000, 20'000});
        QCOMPARE(policy.update(1000), State::Stopped);
        policy.start(0);
        QCOMPARE(policy.update(59'999), State::Active);
        QCOMPARE(policy.update(60'000), State::Warning);
        QCOMPARE(policy.secondsLeft(60'000), 20);
        QCOMPARE(policy.secondsLeft(60'001), 20);
        QCOMPARE(policy.secondsLeft(79'001), 1);
        QCOMPARE(policy.update(79'999), State::Warning);
        QCOMPARE(policy.update(80'000), State::Expired);
        QCOMPARE(policy.secondsLeft(80'000), 0);
        // Expired stays expired: input after the wipe does not bring the person back.
        policy.activity(80'500);
        QCOMPARE(policy.update(80'600), State::Expired);
        policy.start(90'000);
        QCOMPARE(policy.update(90'001), State::Active);
    }

    void inputRestartsTheWait()
    {
        IdlePolicy policy({60'000, 20'000});
        policy.start(0);
        policy.activity(50'000);
        QCOMPARE(policy.update(100'000), State::Active);
        QCOMPARE(policy.update(110'000), State::Warning);
        policy.activity(115'000); // "Oui, je suis là"
        QCOMPARE(policy.state(), State::Active);
        QCOMPARE(policy.update(174'999), State::Active);
        QCOMPARE(policy.update(175'000), State::Warning);
    }

    void busyPagesPauseTheTimer()
    {
        IdlePolicy policy({60'000, 20'000});
        policy.start(0);
        policy.setBusy(QStringLiteral("capture"), true, 10'000);
        QVERIFY(policy.isBusy());
        QCOMPARE(policy.update(500'000), State::Active);
        policy.setBusy(QStringLiteral("print"), true, 500'000);
        policy.setBusy(QStringLiteral("capture"), false, 510'000);
        QCOMPARE(policy.update(900'000), State::Active); // still busy printing
        policy.setBusy(QStringLiteral("print"), false, 900'000);
        QVERIFY(!policy.isBusy());
        // The wait starts again from the end of the last busy reason, not from the last key.
        QCOMPARE(policy.update(959'999), State::Active);
        QCOMPARE(policy.update(960'000), State::Warning);
        // Busy during the countdown answers it.
        policy.setBusy(QStringLiteral("capture"), true, 965'000);
        QCOMPARE(policy.state(), State::Active);
    }

    void stoppedIgnoresEverything()
    {
        IdlePolicy policy({1000, 1000});
        policy.activity(0);
        policy.setBusy(QStringLiteral("capture"), true, 0);
        QVERIFY(!policy.isBusy());
        QCOMPARE(policy.update(10'000), State::Stopped);
        policy.start(0);
        policy.stop();
        QCOMPARE(policy.update(10'000), State::Stopped);
    }

    void timerEmitsWarningCountdownResumeAndExpiry()
    {
        qint64 now = 0;
        IdleTimer timer({60'000, 20'000});
        timer.setTimeSource([&now] { return now; });
        timer.setManualTicks(true);
        QSignalSpy warning(&timer, &IdleTimer::warning);
        QSignalSpy resumed(&timer, &IdleTimer::resumed);
        QSignalSpy expired(&timer, &IdleTimer::expired);
        timer.start();
        now = 59'000;
        timer.tick();
        QCOMPARE(warning.count(), 0);
        now = 60'000;
        timer.tick();
        QCOMPARE(warning.count(), 1);
        QCOMPARE(warning.last().at(0).toInt(), 20);
        now = 60'400;
        timer.tick(); // same second: no new signal
        QCOMPARE(warning.count(), 1);
        now = 61'000;
        timer.tick();
        QCOMPARE(warning.count(), 2);
        QCOMPARE(warning.last().at(0).toInt(), 19);
        timer.activity();
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(timer.state(), State::Active);
        now = 61'000 + 80'000;
        timer.tick();
        QCOMPARE(expired.count(), 1);
        timer.tick();
        timer.activity();
        QCOMPARE(expired.count(), 1);
        QCOMPARE(timer.state(), State::Expired);
    }

    void realTimerRunsOnItsOwn()
    {
        IdleTimer timer({300, 300});
        QSignalSpy expired(&timer, &IdleTimer::expired);
        timer.start();
        QVERIFY(expired.wait(3000));
        QCOMPARE(timer.state(), State::Expired);
    }
};

QTEST_GUILESS_MAIN(TestIdlePolicy)
#include "TestIdlePolicy.moc"
