// SPDX-License-Identifier: GPL-3.0-or-later
// A mutational driver for the fuzz targets where libFuzzer is not used (any compiler):
//   FuzzX [--seconds N] [--seed N] CORPUS_DIR_OR_FILE...
// Runs every corpus input, then random mutations of them (bit flips, interesting bytes, inserted
// and deleted ranges, splices, JSON and HTTP tokens) until the time is up. A crash or abort fails
// the run; the input that caused it is written to fuzz-crash-<target>.bin first (POSIX signals).
#include "FuzzTarget.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

QByteArray g_current;
char g_crashPath[512] = "fuzz-crash.bin";

#ifdef Q_OS_UNIX
extern "C" void saveCrash(int signal)
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        [[maybe_unused]] const auto written = ::write(fd, g_current.constData(), size_t(g_current.size()));
        ::close(fd);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

const char *const kTokens[] = {
    "{",          "}",          "[",     "]",       "\"",      ":",    ",",        "null",
    "0",          "-1",         "1e400", "true",    "\\u0000", "\r\n", "\r\n\r\n", "Content-Length: ",
    " ",          "\t",         "%0A",   "%",       "&",       "=",    "?",        "Transfer-Encoding: chunked",
    "9999-12-31", "2008-02-30", "\xff",  "\xc3\xa9"};

QByteArray mutate(QByteArray input, const std::vector<QByteArray> &corpus, QRandomGenerator &random)
{
    const int steps = 1 + int(random.bounded(4));
    for (int step = 0; step < steps; ++step) {
        const qsizetype size = input.size();
        const qsizetype at = size > 0 ? qsizetype(random.bounded(quint32(size))) : 0;
        switch (random.bounded(7)) {
        case 0: // flip a bit
            if (size > 0)
                input[at] = char(input.at(at) ^ (1 << random.bounded(8)));
            break;
        case 1: // an interesting byte
            if (size > 0) {
                static const char bytes[] = {0, 1, '\n', '\r', ' ', '"', '\\', 0x7f, char(0x80), char(0xff), '0', '9'};
                input[at] = bytes[random.bounded(int(sizeof bytes))];
            }
            break;
        case 2: // delete a range
            input.remove(at, qsizetype(random.bounded(quint32(std::min<qsizetype>(size - at, 64) + 1))));
            break;
        case 3: // duplicate a range
            if (size > 0)
                input.insert(at,
                             input.mid(at, qsizetype(random.bounded(quint32(std::min<qsizetype>(size - at, 64) + 1)))));
            break;
        case 4: // a token
            input.insert(at, kTokens[random.bounded(int(std::size(kTokens)))]);
            break;
        case 5: { // splice with another input
            const QByteArray &other = corpus[random.bounded(quint32(corpus.size()))];
            const qsizetype from = other.isEmpty() ? 0 : qsizetype(random.bounded(quint32(other.size())));
            input = input.left(at) + other.mid(from);
            break;
        }
        default: // random bytes
            for (int i = 0; i < 1 + int(random.bounded(8)); ++i)
                input.insert(at, char(random.bounded(256)));
        }
        if (input.size() > 1 << 20)
            input.truncate(1 << 20);
    }
    return input;
}

void run(const QByteArray &input)
{
    g_current = input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    double seconds = 10;
    quint32 seed = QRandomGenerator::system()->generate();
    std::vector<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
            continue;
        }
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            seed = quint32(std::strtoul(argv[++i], nullptr, 10));
            continue;
        }
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
        for (const auto &file : std::as_const(files)) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                corpus.push_back(f.readAll());
        }
    }
    if (corpus.empty())
        corpus.push_back(QByteArray());
    const QByteArray name = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toLocal8Bit();
    std::snprintf(g_crashPath, sizeof g_crashPath, "fuzz-crash-%s.bin", name.constData());
#ifdef Q_OS_UNIX
    for (const int signal : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(signal, saveCrash);
#endif
    std::printf("%s: %zu corpus inputs, %.0f s, seed %u\n", name.constData(), corpus.size(), seconds, seed);
    for (const auto &input : corpus)
        run(input);
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < qint64(seconds * 1000)) {
        run(mutate(corpus[random.bounded(quint32(corpus.size()))], corpus, random));
        ++runs;
    }
    std::printf("%s: %lld mutated inputs, no crash\n", name.constData(), static_cast<long long>(runs));
    return 0;
}
