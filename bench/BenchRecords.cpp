// SPDX-License-Identifier: GPL-3.0-or-later
// Records benchmarks (issue 5): saving a completed session with four ~500 KB images, the
// history's first page with 100,000 sessions stored, and start-up with a full vs an empty database.
// Figures and machine: docs/performance.md.
#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/DemoSessions.h"
#include "core/storage/DataProtection.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace passerelle;

namespace {

constexpr int kHistorySessions = 100000;

// Made-up data only: a fixed key lets the 100,000-session folder be reused between runs.
const QByteArray kBenchKey = QByteArray(32, 'b');

const EligibilityEngine &engine()
{
    static const RuleBook book = RuleBook::builtIn();
    static const EligibilityEngine instance(book);
    return instance;
}

std::unique_ptr<Records> openRecords(const QString &dir, MemoryKeyStore &keys, const Clock &clock)
{
    // The key is stored under the database's device id, which is only known once it is open.
    QString error;
    {
        auto database = Database::open(QDir(dir).filePath(QStringLiteral("passerelle.sqlite")), clock, &error);
        if (!database)
            qFatal("open: %s", qPrintable(error));
        keys.write(DataProtection::keyName(*database), kBenchKey, &error);
    }
    const Records::Options options{.dataDir = dir, .keyStore = &keys, .clock = clock};
    auto records = Records::open(options, &error);
    if (!records || !records->personalDataEnabled())
        qFatal("records: %s", qPrintable(error));
    return records;
}

QByteArray imageBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

/** The 100,000-session folder, made once (about two minutes) and kept in the build tree. */
QString historyFolder()
{
    const QString dir = QStringLiteral(PASSERELLE_BINARY_DIR "/bench-data/history-%1").arg(kHistorySessions);
    const QString done = QDir(dir).filePath(QStringLiteral("complete"));
    if (QFile::exists(done))
        return dir;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    SystemClock clock;
    MemoryKeyStore keys;
    auto records = openRecords(dir, keys, clock);
    QSqlQuery(records->database().connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    DemoSessions demo(engine(), 42);
    const QDateTime now = clock.nowUtc();
    QString error;
    for (int i = 0; i < kHistorySessions; ++i) {
        // Two years of history, a little over a hundred sessions a day.
        const QDateTime when = now.addSecs(-qint64(730) * 86400 + qint64(730) * 86400 * i / kHistorySessions);
        if (!records->sessions().saveCompleted(demo.record(when, records->database().deviceId()), demo.extras(),
                                               &error))
            qFatal("save: %s", qPrintable(error));
    }
    records->database().checkpoint();
    QFile(done).open(QIODevice::WriteOnly);
    return dir;
}

void SaveCompletedWithFourImages(benchmark::State &state)
{
    QTemporaryDir dir;
    SystemClock clock;
    MemoryKeyStore keys;
    auto records = openRecords(dir.path(), keys, clock);
    DemoSessions demo(engine(), 7);
    SessionExtras extras = demo.extras();
    for (const auto capture :
         {CaptureCode::IdFront, CaptureCode::IdBack, CaptureCode::SelfieWithId, CaptureCode::ProofOfAddress})
        extras.images.append({capture, imageBytes(500 * 1024)});
    QString error;
    for (auto _ : state) {
        state.PauseTiming();
        const SessionRecord record = demo.record(clock.nowUtc(), records->database().deviceId());
        state.ResumeTiming();
        if (!records->sessions().saveCompleted(record, extras, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(SaveCompletedWithFourImages)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(40)
    ->ReportAggregatesOnly(true);

void HistoryFirstPage100k(benchmark::State &state)
{
    const QString dir = historyFolder();
    SystemClock clock;
    MemoryKeyStore keys;
    auto records = openRecords(dir, keys, clock);
    for (auto _ : state) {
        // What the history view does when it opens: the total, then the first page.
        benchmark::DoNotOptimize(records->sessions().count());
        const auto page = records->sessions().page(0, 50);
        if (page.size() != 50)
            state.SkipWithError("short page");
    }
}
BENCHMARK(HistoryFirstPage100k)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(10)
    ->ReportAggregatesOnly(true);

/** Opening the records as the app does at start (key, legacy check, retention purge). */
void StartUp(benchmark::State &state, bool full)
{
    QTemporaryDir empty;
    const QString dir = full ? historyFolder() : empty.path();
    SystemClock clock;
    MemoryKeyStore keys;
    openRecords(dir, keys, clock);
    for (auto _ : state) {
        const Records::Options options{.dataDir = dir, .keyStore = &keys, .clock = clock};
        QString error;
        auto records = Records::open(options, &error);
        if (!records)
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK_CAPTURE(StartUp, empty, false)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(10)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(StartUp, history100k, true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(10)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
