// SPDX-License-Identifier: GPL-3.0-or-later
// ExposureControl: the exposure steps down while the picture stays burnt, up while it stays dark,
// waits for each step to show, holds once the picture is right. End to end: the generated cases whose
// card outline is burnt away (overexposed cards on white paper, which no detector can find) are found
// and auto-captured once CaptureSession has lowered the exposure of a source that offers it.
#include "DocumentSceneGenerator.h"
#include "core/capture/CaptureSession.h"
#include "core/capture/ExposureControl.h"
#include "core/capture/FrameSource.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace passerelle;
using namespace passerelle::test;

namespace {

/**
 * A camera stand-in whose exposure compensation works like a sensor's: the scene is rendered again
 * with its light gain times 2^ev (before clipping, as the exposure acts before the sensor saturates).
 * Frames every 10 ms of real time, stamped 66 ms apart (15 fps) for the session's clocks.
 */
class ExposingSource : public FrameSource
{
public:
    explicit ExposingSource(const SceneSpec &spec)
        : m_spec(spec)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_frame.isNull()) {
                SceneSpec lit = m_spec;
                lit.light = m_spec.light * std::pow(2.0, m_ev);
                m_frame = renderScene(lit).image;
            }
            emit frameReady(m_frame, m_count++ * 66);
        });
    }
    void start() override { m_timer.start(); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    QString displayName() const override { return QStringLiteral("test"); }
    bool supportsExposureCompensation() const override { return true; }
    void setExposureCompensation(double ev) override
    {
        if (ev != m_ev)
            m_frame = {};
        m_ev = ev;
        changes << ev;
    }
    QList<double> changes;

private:
    SceneSpec m_spec;
    QTimer m_timer;
    QImage m_frame;
    double m_ev = 0;
    qint64 m_count = 0;
};

} // namespace

class TestExposureControl : public QObject
{
    Q_OBJECT

private slots:
    void stepsDownWhileBurntThenHolds();
    void stepsUpWhileDarkWithinItsRange();
    void aPassingReflectionIsNotAReason();
    void burntCasesAreCapturedOnceTheExposureIsLowered();
};

void TestExposureControl::stepsDownWhileBurntThenHolds()
{
    ExposureControl control;
    qint64 t = 0;
    // Under kPersistMs of "too bright": nothing yet.
    for (; t < ExposureControl::kPersistMs; t += 66)
        QVERIFY(!control.feed(CaptureVerdict::TooBright, t));
    const auto first = control.feed(CaptureVerdict::TooBright, t);
    QVERIFY(first);
    QCOMPARE(*first, -ExposureControl::kStepEv);
    // The next frames may still be the old exposure's: no second step before kSettleMs.
    const qint64 stepped = t;
    for (t += 66; t < stepped + ExposureControl::kSettleMs; t += 66)
        QVERIFY(!control.feed(CaptureVerdict::TooBright, t));
    // Still burnt once settled (and for kPersistMs after the step): one more step down.
    std::optional<double> second;
    for (; !second && t < stepped + 2000; t += 66)
        second = control.feed(CaptureVerdict::TooBright, t);
    QVERIFY(second);
    QCOMPARE(*second, -2 * ExposureControl::kStepEv);
    // Right now: it holds, whatever comes next that is not an exposure problem.
    for (const CaptureVerdict v :
         {CaptureVerdict::Ok, CaptureVerdict::Blurry, CaptureVerdict::NotFound, CaptureVerdict::Glare}) {
        for (int i = 0; i < 30; ++i, t += 66)
            QVERIFY(!control.feed(v, t));
    }
    QCOMPARE(control.ev(), -2 * ExposureControl::kStepEv);
    control.reset();
    QCOMPARE(control.ev(), 0.0);
}

void TestExposureControl::stepsUpWhileDarkWithinItsRange()
{
    ExposureControl control;
    QList<double> steps;
    for (qint64 t = 0; t < 20000; t += 66) {
        if (const auto ev = control.feed(CaptureVerdict::TooDark, t))
            steps << *ev;
    }
    // Up to +2 EV and no further, in steps of 2/3.
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.last(), ExposureControl::kMaxEv);
    QVERIFY(std::abs(steps.first() - ExposureControl::kStepEv) < 1e-9);
    QCOMPARE(control.ev(), ExposureControl::kMaxEv);
}

void TestExposureControl::aPassingReflectionIsNotAReason()
{
    ExposureControl control;
    // "Too bright" on and off, never for kPersistMs in a row: no step.
    qint64 t = 0;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(!control.feed(CaptureVerdict::TooBright, t));
        t += 66;
        QVERIFY(!control.feed(CaptureVerdict::TooBright, t));
        t += 66;
        QVERIFY(!control.feed(CaptureVerdict::Ok, t));
        t += 66;
    }
    QCOMPARE(control.ev(), 0.0);
}

void TestExposureControl::burntCasesAreCapturedOnceTheExposureIsLowered()
{
    QStringList categories;
    const QList<SceneSpec> specs = standardSceneSpecs(320, &categories);
    int burnt = 0;
    for (int i = 0; i < specs.size(); ++i) {
        // Only the exposure cases can be burnt (rendering all 320 takes half a minute).
        if (categories[i] != QLatin1String("exposure"))
            continue;
        const Scene scene = renderScene(specs[i], categories[i]);
        if (!scene.fullyInFrame || scene.trueCoverage < 0.30 || scene.outlineVisible >= 0.5)
            continue;
        ++burnt;
        ExposingSource source(specs[i]);
        CaptureSession session;
        session.setKind(specs[i].kind);
        session.setSource(&source);
        QSignalSpy captured(session.controller(), &AutoCaptureController::captured);
        source.start();
        QVERIFY2(
            captured.wait(15000),
            qPrintable(QStringLiteral("case %1 not captured, exposure steps %2").arg(i).arg(source.changes.size())));
        source.stop();
        const auto result = captured.first().first().value<CaptureResult>();
        QVERIFY(result.automatic);
        QVERIFY(result.analysis.documentFound);
        QVERIFY2(session.exposureCompensation() < 0, qPrintable(QStringLiteral("case %1").arg(i)));
        // The corners found, once the exposure is right, are the card's (under 2 % of its diagonal).
        const QList<QPointF> &truth = scene.corners;
        const double diagonal = std::hypot(truth[2].x() - truth[0].x(), truth[2].y() - truth[0].y());
        double best = 1e9;
        for (int shift = 0; shift < 4; ++shift) {
            double worst = 0;
            for (int k = 0; k < 4; ++k) {
                const QPointF d = truth[k] - result.analysis.corners[(k + shift) % 4];
                worst = std::max(worst, std::hypot(d.x(), d.y()));
            }
            best = std::min(best, worst);
        }
        qInfo().noquote() << "case" << i << "captured at" << session.exposureCompensation() << "EV, corner error"
                          << best / diagonal * 100 << "%";
        QVERIFY2(best < 0.02 * diagonal, qPrintable(QStringLiteral("case %1").arg(i)));
    }
    // The 8 overexposed cards on white paper of docs/capture-quality.md.
    QCOMPARE(burnt, 8);
}

QTEST_GUILESS_MAIN(TestExposureControl)
#include "TestExposureControl.moc"
