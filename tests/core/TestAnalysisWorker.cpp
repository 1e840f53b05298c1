// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisWorker: the latest frame wins and nothing queues up, whatever the camera's rate.
#include "DocumentSceneGenerator.h"
#include "core/capture/AnalysisWorker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace passerelle;
using namespace passerelle::test;

class TestAnalysisWorker : public QObject
{
    Q_OBJECT

private slots:
    void latestFrameWins();
    void keepsUpWhenFramesArriveSlowly();
};

void TestAnalysisWorker::latestFrameWins()
{
    SceneSpec spec;
    spec.seed = 11;
    const Scene scene = renderScene(spec);
    QThread thread;
    AnalysisWorker worker(DocumentKind::Id1);
    worker.moveToThread(&thread);
    QList<qint64> analysedAt;
    QList<CaptureVerdict> verdicts;
    connect(&worker, &AnalysisWorker::analysed, this,
            [&](const QImage &, qint64 timestampMs, const CaptureAnalysis &analysis) {
                analysedAt << timestampMs;
                verdicts << analysis.verdict;
            });
    // 200 frames arrive while the worker's thread is not running yet (a slow analysis, at worst):
    // only the last one may be waiting.
    for (int i = 0; i < 200; ++i)
        worker.submit(scene.image, i);
    QCOMPARE(worker.submittedCount(), quint64(200));
    QCOMPARE(worker.droppedCount(), quint64(199));
    thread.start();
    QTRY_COMPARE(worker.analysedCount(), quint64(1));
    QTRY_COMPARE(analysedAt.size(), 1);
    QCOMPARE(analysedAt.first(), qint64(199));
    QCOMPARE(verdicts.first(), scene.expected);
    // Nothing else was queued behind it.
    QTest::qWait(100);
    QCOMPARE(worker.analysedCount(), quint64(1));
    thread.quit();
    thread.wait();
}

void TestAnalysisWorker::keepsUpWhenFramesArriveSlowly()
{
    SceneSpec spec;
    spec.seed = 12;
    const Scene scene = renderScene(spec);
    QThread thread;
    AnalysisWorker worker(DocumentKind::Id1);
    worker.moveToThread(&thread);
    thread.start();
    QSignalSpy analysed(&worker, &AnalysisWorker::analysed);
    for (int i = 0; i < 3; ++i) {
        worker.submit(scene.image, i);
        QTRY_COMPARE(worker.analysedCount(), quint64(i + 1));
    }
    QCOMPARE(worker.droppedCount(), quint64(0));
    QTRY_COMPARE(analysed.count(), 3);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestAnalysisWorker)
#include "TestAnalysisWorker.moc"
