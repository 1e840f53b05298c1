// SPDX-License-Identifier: GPL-3.0-or-later
// AutoCaptureController: auto-capture after about half a second of still, all-good frames; movement
// or a failed check restarts the wait; the manual shutter always works and carries a warning when a
// check fails; one guidance sentence at a time.
#include "DocumentSceneGenerator.h"
#include "core/capture/AutoCaptureController.h"
#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/DemoFrameSource.h"
#include "core/capture/SideCheck.h"
#include "core/capture/SpecimenRenderer.h"

#include <QSignalSpy>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

CaptureAnalysis analysisOf(const Scene &scene, CaptureVerdict verdict, QPointF shift = {})
{
    CaptureAnalysis a;
    a.kind = scene.spec.kind;
    a.frameSize = scene.image.size();
    a.documentFound = verdict != CaptureVerdict::NotFound && verdict != CaptureVerdict::CutOff;
    if (a.documentFound) {
        for (const QPointF &p : scene.corners)
            a.corners.append(p + shift);
    }
    a.verdict = verdict;
    return a;
}

Scene card()
{
    SceneSpec spec;
    spec.seed = 77;
    spec.coverage = 0.4;
    spec.rollDegrees = 5;
    return renderScene(spec);
}

} // namespace

class TestAutoCaptureController : public QObject
{
    Q_OBJECT

private slots:
    void capturesAfterHalfASecondOfStillOkFrames();
    void movementRestartsTheWait();
    void failedCheckGuidesAndDoesNotCapture();
    void manualCaptureWarnsWhenACheckFails();
    void manualCaptureBeforeAnyFrameDoesNothing();
    void rearmAllowsTheNextCapture();
    void keptSideIsNotTakenTwice();
    void demoLoopAutoCapturesEveryKind_data();
    void demoLoopAutoCapturesEveryKind();
};

void TestAutoCaptureController::capturesAfterHalfASecondOfStillOkFrames()
{
    const Scene scene = card();
    AutoCaptureController controller;
    QCOMPARE(controller.holdMs(), 500);
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    // 15 frames per second: the frame at 528 ms is the first one half a second after the first still frame.
    qint64 t = 0;
    for (; t < 500; t += 66) {
        controller.feed(scene.image, t, analysisOf(scene, CaptureVerdict::Ok, QPointF(t % 3, 0)));
        QCOMPARE(captured.count(), 0);
        QCOMPARE(controller.guidance(), holdStillMessage());
    }
    QVERIFY(controller.stillProgress() > 0.9);
    controller.feed(scene.image, t, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 1);
    const auto result = captured.first().first().value<CaptureResult>();
    QVERIFY(result.automatic);
    QVERIFY(!result.hasWarning());
    QVERIFY(!controller.isArmed());
    // The straightened card, not the frame: the ID-1 proportions.
    QVERIFY(qAbs(double(result.document.width()) / result.document.height() - 85.60 / 53.98) < 0.01);
    // Disarmed: more good frames take nothing more.
    controller.feed(scene.image, t + 600, analysisOf(scene, CaptureVerdict::Ok));
    controller.feed(scene.image, t + 1200, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 1);
}

void TestAutoCaptureController::movementRestartsTheWait()
{
    const Scene scene = card();
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    controller.feed(scene.image, 0, analysisOf(scene, CaptureVerdict::Ok));
    controller.feed(scene.image, 400, analysisOf(scene, CaptureVerdict::Ok));
    // The card slides by 5 % of its diagonal: the half second starts again.
    const double diagonal = QLineF(scene.corners[0], scene.corners[2]).length();
    controller.feed(scene.image, 450, analysisOf(scene, CaptureVerdict::Ok, QPointF(0.05 * diagonal, 0)));
    controller.feed(scene.image, 900, analysisOf(scene, CaptureVerdict::Ok, QPointF(0.05 * diagonal, 0)));
    QCOMPARE(captured.count(), 0);
    controller.feed(scene.image, 950, analysisOf(scene, CaptureVerdict::Ok, QPointF(0.05 * diagonal, 0)));
    QCOMPARE(captured.count(), 1);
}

void TestAutoCaptureController::failedCheckGuidesAndDoesNotCapture()
{
    const Scene scene = card();
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    QSignalSpy guidance(&controller, &AutoCaptureController::guidanceChanged);
    for (qint64 t = 0; t < 2000; t += 66)
        controller.feed(scene.image, t, analysisOf(scene, CaptureVerdict::Glare));
    QCOMPARE(captured.count(), 0);
    QCOMPARE(controller.guidance(), verdictMessage(CaptureVerdict::Glare, DocumentKind::Id1));
    // One sentence, said once while it holds.
    QCOMPARE(guidance.count(), 1);
    // A failed check in the middle of a still period restarts it.
    controller.feed(scene.image, 3000, analysisOf(scene, CaptureVerdict::Ok));
    controller.feed(scene.image, 3400, analysisOf(scene, CaptureVerdict::Blurry));
    QCOMPARE(controller.guidance(), verdictMessage(CaptureVerdict::Blurry, DocumentKind::Id1));
    controller.feed(scene.image, 3600, analysisOf(scene, CaptureVerdict::Ok));
    controller.feed(scene.image, 4000, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 0);
    controller.feed(scene.image, 4100, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 1);
}

void TestAutoCaptureController::manualCaptureWarnsWhenACheckFails()
{
    const Scene scene = card();
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    controller.feed(scene.image, 0, analysisOf(scene, CaptureVerdict::Glare));
    QVERIFY(controller.captureNow());
    QCOMPARE(captured.count(), 1);
    const auto result = captured.first().first().value<CaptureResult>();
    QVERIFY(!result.automatic);
    QVERIFY(result.hasWarning());
    QCOMPARE(result.analysis.verdict, CaptureVerdict::Glare);
    QVERIFY(!result.document.isNull());

    // Without an outline the whole frame is kept, with the warning.
    AutoCaptureController other;
    QSignalSpy otherCaptured(&other, &AutoCaptureController::captured);
    other.feed(scene.image, 0, analysisOf(scene, CaptureVerdict::NotFound));
    QVERIFY(other.captureNow());
    const auto whole = otherCaptured.first().first().value<CaptureResult>();
    QVERIFY(whole.hasWarning());
    QCOMPARE(whole.document.size(), scene.image.size());
}

void TestAutoCaptureController::manualCaptureBeforeAnyFrameDoesNothing()
{
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    QVERIFY(!controller.captureNow());
    QCOMPARE(captured.count(), 0);
}

void TestAutoCaptureController::rearmAllowsTheNextCapture()
{
    const Scene scene = card();
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    for (qint64 t = 0; t <= 600; t += 100)
        controller.feed(scene.image, t, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 1);
    controller.rearm();
    QVERIFY(controller.isArmed());
    QCOMPARE(controller.stillProgress(), 0.0);
    controller.feed(scene.image, 1000, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 1);
    controller.feed(scene.image, 1500, analysisOf(scene, CaptureVerdict::Ok));
    QCOMPARE(captured.count(), 2);
}

void TestAutoCaptureController::keptSideIsNotTakenTwice()
{
    // The front is kept; the young person does not turn the card: it must not come back as the back.
    const QImage frontFrame = cardOnDesk(SpecimenRenderer::renderDocument(DocumentKind::Id1, 8.0, 31));
    const QImage backFrame = cardOnDesk(SpecimenRenderer::renderCardBack(8.0, 31), 20);
    const QImage emptyDesk = SpecimenRenderer::renderDesk(QSize(1280, 720), 5); // cardOnDesk's desk
    CaptureAnalyzer analyzer;
    const CaptureAnalysis front = analyzer.analyze(frontFrame, DocumentKind::Id1);
    const CaptureAnalysis back = analyzer.analyze(backFrame, DocumentKind::Id1);
    QVERIFY(front.isOk());
    QVERIFY2(
        back.isOk(),
        qPrintable(
            verdictCode(back.verdict) +
            QString(" sharp %1 bright %2 glare %3").arg(back.sharpness).arg(back.brightness).arg(back.glareRatio)));
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    qint64 t = 0;
    for (; t < 1000 && captured.isEmpty(); t += 66)
        controller.feed(frontFrame, t, front);
    QCOMPARE(captured.count(), 1);
    const QImage keptFront = captured.takeFirst().first().value<CaptureResult>().document;

    controller.setKeptSide(keptFront);
    controller.rearm();
    // Two seconds of the same side, still and sharp: nothing taken, "turn it over" the whole time.
    for (const qint64 end = t + 2000; t < end; t += 66)
        controller.feed(frontFrame, t, front);
    QCOMPARE(captured.count(), 0);
    QCOMPARE(controller.guidance(), sameSideMessage());
    QVERIFY(controller.isArmed());
    // The manual shutter still takes it, with that warning for the review.
    QVERIFY(controller.captureNow());
    QCOMPARE(captured.count(), 1);
    const auto manual = captured.takeFirst().first().value<CaptureResult>();
    QVERIFY(manual.sameSideAsKept);
    QVERIFY(manual.hasWarning());
    QCOMPARE(manual.warning(), sameSideMessage());

    // Retake; the card is lifted (out of view), turned, and put back: the back is taken by itself.
    controller.rearm();
    controller.feed(emptyDesk, t, analyzer.analyze(emptyDesk, DocumentKind::Id1));
    QVERIFY(controller.guidance() != sameSideMessage());
    for (const qint64 end = t + 1000; t < end && captured.isEmpty(); t += 66)
        controller.feed(backFrame, t, back);
    QCOMPARE(captured.count(), 1);
    const auto taken = captured.takeFirst().first().value<CaptureResult>();
    QVERIFY(taken.automatic);
    QVERIFY(!taken.sameSideAsKept);
    QVERIFY(!taken.hasWarning());
    QVERIFY(sideSimilarity(keptFront, taken.document) < kSameSideSimilarity);
}

void TestAutoCaptureController::demoLoopAutoCapturesEveryKind_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::newRow("id1") << DocumentKind::Id1;
    QTest::newRow("id3") << DocumentKind::Id3;
    QTest::newRow("a4") << DocumentKind::A4;
}

void TestAutoCaptureController::demoLoopAutoCapturesEveryKind()
{
    // A trainer's demo (no camera) must show the whole story: guidance while the document comes in,
    // then the auto-capture once it holds still. The real analyzer on the demo's own frames.
    QFETCH(DocumentKind, kind);
    DemoFrameSource demo(kind);
    CaptureAnalyzer analyzer;
    AutoCaptureController controller;
    QSignalSpy captured(&controller, &AutoCaptureController::captured);
    QStringList guidance;
    connect(&controller, &AutoCaptureController::guidanceChanged, this, [&](const QString &m) { guidance << m; });
    for (int i = 0; i < DemoFrameSource::kFramesPerLoop && captured.isEmpty(); ++i) {
        const QImage frame = demo.renderFrame(i);
        controller.feed(frame, i * 1000 / 15, analyzer.analyze(frame, kind));
    }
    QCOMPARE(captured.count(), 1);
    const auto result = captured.first().first().value<CaptureResult>();
    QVERIFY(result.automatic);
    QVERIFY(!result.hasWarning());
    // Guidance came before the capture: at least one sentence that is not "hold still".
    QVERIFY(std::any_of(guidance.begin(), guidance.end(), [](const QString &m) { return m != holdStillMessage(); }));
}

QTEST_GUILESS_MAIN(TestAutoCaptureController)
#include "TestAutoCaptureController.moc"
