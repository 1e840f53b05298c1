// SPDX-License-Identifier: GPL-3.0-or-later
// Capture benchmarks (issue 3): analysis of one 1280x720 and one 1920x1080 frame on one core, with
// copying the frame once as the baseline in the same run, and of a frame without a document and a
// blurred one; then the resident size after 20,000 frames
// pushed through the pipeline (source -> worker, latest frame wins -> controller), as counters.
// Synthetic specimen scenes only. Figures and machine: docs/performance.md.
#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureSession.h"
#include "core/capture/DemoFrameSource.h"
#include "core/capture/SpecimenRenderer.h"

#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPolygonF>
#include <QThread>

#include <string>

using namespace passerelle;

namespace {

/** A card on the desk, a little turned, 40 % of the frame: the usual frame during a capture. */
QImage frame(QSize size)
{
    QImage image = SpecimenRenderer::renderDesk(size, 3);
    const double h = size.height() * 0.55;
    const double w = h * 85.60 / 53.98;
    const QPointF c(size.width() * 0.5, size.height() * 0.5);
    const QPolygonF corners{c + QPointF(-w / 2, -h / 2 + 20), c + QPointF(w / 2, -h / 2),
                            c + QPointF(w / 2 - 10, h / 2), c + QPointF(-w / 2, h / 2 + 15)};
    SpecimenRenderer::drawDocument(image, SpecimenRenderer::renderDocument(DocumentKind::Id1, 8.0, 9), corners);
    return image;
}

/** The benchmark's loop: @p image analysed as an ID-1 card; the last verdict as the label. */
void analyzeRepeatedly(benchmark::State &state, const QImage &image)
{
    CaptureAnalyzer analyzer;
    CaptureVerdict verdict = CaptureVerdict::NotFound;
    for (auto _ : state) {
        const CaptureAnalysis analysis = analyzer.analyze(image, DocumentKind::Id1);
        verdict = analysis.verdict;
        benchmark::DoNotOptimize(verdict);
    }
    state.SetLabel(verdictCode(verdict).toStdString());
}

void BM_CopyFrame(benchmark::State &state)
{
    const QImage image = frame(QSize(int(state.range(0)), int(state.range(1))));
    for (auto _ : state) {
        QImage copy = image.copy();
        benchmark::DoNotOptimize(copy.constBits());
    }
}

void BM_AnalyzeFrame(benchmark::State &state)
{
    const QImage image = frame(QSize(int(state.range(0)), int(state.range(1))));
    analyzeRepeatedly(state, image);
}

/** The desk alone, before the card is put down: nothing is found at 640 wide, so the detector takes its
 *  second look at 320 wide too (its worst case per frame). */
void BM_AnalyzeEmptyFrame(benchmark::State &state)
{
    const QImage image = SpecimenRenderer::renderDesk(QSize(int(state.range(0)), int(state.range(1))), 3);
    analyzeRepeatedly(state, image);
}

/** The card of BM_AnalyzeFrame out of focus (Gaussian blur, sigma 4 px): "blurry", after the analyzer's
 *  second, half-width look for the whole outline (the dearest frame with a document). */
void BM_AnalyzeBlurredFrame(benchmark::State &state)
{
    QImage image = frame(QSize(int(state.range(0)), int(state.range(1))));
    cv::Mat view(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    cv::GaussianBlur(view, view, cv::Size(0, 0), 4.0);
    analyzeRepeatedly(state, image);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/** 20,000 demo frames through the session (analysis thread + controller), 1 ms apart. */
void BM_PipelineMemory(benchmark::State &state)
{
    for (auto _ : state) {
        DemoFrameSource source(DocumentKind::Id1, QSize(1280, 720));
        CaptureSession session;
        session.setSource(&source);
        QList<QImage> frames;
        for (int i = 0; i < 30; ++i)
            frames << source.renderFrame(i * 3);
        // Warm-up: buffers, thread, allocator pools, at the measured pace (fresh copies 1 ms apart): a
        // burst of 500 frames without pauses let the worker analyse only a few, and the allocator's pools
        // (about 15 MB, the frame-sized blocks of glibc's heaps) then filled during the measured run,
        // before its 5,000th frame, flat afterwards: a one-off plateau, not growth.
        for (int i = 0; i < 3000; ++i) {
            emit source.frameReady(frames[i % frames.size()].copy(), i);
            QCoreApplication::processEvents();
            QThread::usleep(1000);
        }
        QThread::msleep(200);
        QCoreApplication::processEvents();
        const double before = residentMb();
        const quint64 analysedBefore = session.worker()->analysedCount();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20000; ++i) {
            // A fresh copy each time, as a camera delivers new buffers.
            emit source.frameReady(frames[i % frames.size()].copy(), 3000 + i);
            QCoreApplication::processEvents();
            QThread::usleep(1000);
            // Where the growth happens: a plateau (allocator pools filling) or a steady climb (a leak).
            if ((i + 1) % 5000 == 0 && i + 1 < 20000)
                state.counters["rss_growth_" + std::to_string((i + 1) / 1000) + "k_MB"] = residentMb() - before;
        }
        QThread::msleep(200);
        QCoreApplication::processEvents();
        const double after = residentMb();
        state.counters["rss_before_MB"] = before;
        state.counters["rss_after_MB"] = after;
        state.counters["rss_growth_MB"] = after - before;
        state.counters["frames_analysed"] = double(session.worker()->analysedCount() - analysedBefore);
        state.counters["seconds"] = timer.elapsed() / 1000.0;
    }
}

} // namespace

// Process CPU time: OpenCV may hand parts of a call to its worker threads, whose time the default
// (calling thread) CPU time would leave out; the budget is for one core doing all of it.
BENCHMARK(BM_CopyFrame)->Args({1280, 720})->Args({1920, 1080})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_AnalyzeFrame)
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->MeasureProcessCPUTime();
BENCHMARK(BM_AnalyzeEmptyFrame)
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->MeasureProcessCPUTime();
BENCHMARK(BM_AnalyzeBlurredFrame)
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->MeasureProcessCPUTime();
BENCHMARK(BM_PipelineMemory)->Iterations(1)->Unit(benchmark::kSecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
