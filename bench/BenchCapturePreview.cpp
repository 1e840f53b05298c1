// SPDX-License-Identifier: GPL-3.0-or-later
// Capture benchmark (issue 3): the preview keeps the camera's frame rate while the analysis runs.
// A 30 fps (and a 60 fps) source of demo frames (a specimen card sliding in, then holding still) feeds the preview
// widget directly and the analysis worker through CaptureSession, wired as CapturePage wires them;
// the analysis results drive the outline and the guidance on the preview. Counted over 10 seconds:
// frames the source delivered, frames the preview painted, frames analysed (the rest dropped), and
// the longest gap between two painted frames. Run it on both cores and pinned to one:
//     build/bench/BenchCapturePreview
//     taskset -c 1 build/bench/BenchCapturePreview
// Figures and machine: docs/performance.md.
#include "core/capture/CaptureSession.h"
#include "core/capture/DemoFrameSource.h"
#include "core/capture/ScriptedFrameSource.h"
#include "ui/capture/CapturePreview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QPolygonF>

#include <algorithm>

using namespace passerelle;

namespace {

/** The preview, counting the frames it actually paints. */
class CountingPreview : public ui::CapturePreview
{
public:
    int painted = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer clock;
    qint64 lastPaintMs = -1;
    QImage lastPainted;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ui::CapturePreview::paintEvent(event);
        // A repaint of the same frame (an outline or guidance update) is not a new frame on screen.
        if (latestFrame().isNull() || latestFrame().constBits() == lastPainted.constBits())
            return;
        lastPainted = latestFrame();
        ++painted;
        const qint64 now = clock.elapsed();
        if (lastPaintMs >= 0)
            longestGapMs = std::max(longestGapMs, now - lastPaintMs);
        lastPaintMs = now;
    }
};

void BM_PreviewKeepsFrameRate(benchmark::State &state)
{
    const QSize size(int(state.range(0)), int(state.range(1)));
    constexpr int kSeconds = 10;
    for (auto _ : state) {
        DemoFrameSource demo(DocumentKind::Id1, size);
        QList<QImage> frames;
        for (int i = 0; i < DemoFrameSource::kFramesPerLoop; ++i)
            frames << demo.renderFrame(i);
        ScriptedFrameSource source;
        source.setFrames(frames);
        source.setIntervalMs(int(1000 / state.range(2))); // a 30 or 60 fps camera
        source.setLooping(true);
        CountingPreview preview;
        preview.resize(960, 540);
        preview.show();
        CaptureSession session;
        session.setSource(&source);
        QObject::connect(&source, &FrameSource::frameReady, &preview,
                         [&](const QImage &frame) { preview.setFrame(frame); });
        QObject::connect(&session, &CaptureSession::analysisReady, &preview, [&](const CaptureAnalysis &a) {
            QPolygonF outline;
            for (const QPointF &p : a.corners)
                outline << p;
            preview.setOutline(outline, a.isOk());
            preview.setGuidance(a.message());
        });
        // The controller captures once and disarms; re-arm so the analysis keeps driving the overlay.
        QObject::connect(session.controller(), &AutoCaptureController::captured, session.controller(),
                         [&] { session.controller()->rearm(); });
        int delivered = 0;
        QObject::connect(&source, &FrameSource::frameReady, &preview, [&] { ++delivered; });
        const quint64 analysedBefore = session.worker()->analysedCount();
        preview.clock.start();
        QElapsedTimer wall;
        wall.start();
        source.start();
        while (wall.elapsed() < kSeconds * 1000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        source.stop();
        const double seconds = wall.elapsed() / 1000.0;
        state.counters["source_fps"] = delivered / seconds;
        state.counters["preview_fps"] = preview.painted / seconds;
        state.counters["analysed_fps"] = double(session.worker()->analysedCount() - analysedBefore) / seconds;
        state.counters["longest_paint_gap_ms"] = double(preview.longestGapMs);
    }
}

} // namespace

BENCHMARK(BM_PreviewKeepsFrameRate)
    ->Args({1280, 720, 30})
    ->Args({1920, 1080, 30})
    ->Args({1920, 1080, 60})
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

int main(int argc, char **argv)
{
    // Painted for real, without a display: the offscreen platform still runs every paint event.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
