// SPDX-License-Identifier: GPL-3.0-or-later
// The analyzer on real photographs (../shared/data/realdocs-dev: MIDV-500 video frames of specimen ID
// documents, with their corners): how often it finds the document, how precisely, and whether its verdict
// agrees with what a person reading the straightened document says (tests/data/realdocs-dev/labels.json).
// Then the same frames made to look like a desk webcam's (landscape crops at 1280x720 and 640x480, JPEG
// quality 60-85, sensor noise, a little motion blur). The frames are not in the repository (licence not
// verified): without them both tests say what they skip. PASSERELLE_REALDOCS overrides the folder;
// PASSERELLE_REALFRAMES_DUMP=dir writes each document straightened from its true corners (to label them) and
// the frame with both outlines; PASSERELLE_CAPTURE_REPORT=file writes the tables for docs/capture-quality.md.
#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureOutput.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace passerelle;

namespace {

/** The targets (reported in the summary): located (mean corner error <= 3 % of the diagonal) in >= 97 %
 *  of the frames holding the whole document, median corner error <= 1 %, "ok" for >= 85 % of the frames a person
 *  reads. Asserted: the median, never "ok" for a frame a person cannot read, and the floors reached so far
 *  (45 of 46 located and 34 of 39 readable frames "ok" with both of issue 13's fourth-round changes: a quad
 *  completed from three sides and a side half hidden by a thumb allowed (42 -> 45 located), a finger counted only
 *  when it is the same skin over the card as off it (deu f03); 42 of 46 located and 32 of 39 readable frames
 *  "ok" with the verdicts of issue 13's third round and the outline scored by its shape once its perspective is
 *  undone; 35 and 30 with the verdicts alone, 35 and 26 before them; 28 of 46 and 4 before issue 13;
 *  docs/capture-quality.md). */
constexpr double kLocatedError = 0.03;
constexpr double kFoundFloor = 0.97;
constexpr double kMedianErrorTarget = 0.01;
constexpr double kReadableOkFloor = 0.87;
/** The webcam-like variants: located in at least this share (measured 83 of 92 with a side half hidden by a
 *  thumb allowed; 81 since the half-width look also runs when the first outline is not the document's shape;
 *  80 before; 67 before the shape score). */
constexpr double kVariantFoundFloor = 0.9;

struct Frame
{
    QString name;
    DocumentKind kind = DocumentKind::Id1;
    QList<QPointF> corners;  ///< empty when the document is not wholly in the picture
    QList<QPointF> docOrder; ///< the document's own top-left, top-right, bottom-right, bottom-left
    QString label;           ///< readable, blurred, glared, covered, cut_off (labels.json)
};

QString realDocsDir()
{
    const QString env = qEnvironmentVariable("PASSERELLE_REALDOCS");
    return env.isEmpty() ? QStringLiteral(PASSERELLE_SOURCE_DIR "/../shared/data/realdocs-dev") : env;
}

QList<QPointF> points(const QJsonValue &value)
{
    QList<QPointF> list;
    for (const QJsonValue &p : value.toArray())
        list << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
    return list;
}

/** Mean distance between true and found corners over the best pairing (either direction), over the diagonal. */
double cornerError(const QList<QPointF> &truth, const QList<QPointF> &found)
{
    const double diagonal = std::hypot(truth[2].x() - truth[0].x(), truth[2].y() - truth[0].y());
    double best = 1e9;
    for (int direction : {1, -1}) {
        for (int shift = 0; shift < 4; ++shift) {
            double sum = 0;
            for (int i = 0; i < 4; ++i) {
                const QPointF d = truth[i] - found[((direction * i + shift) % 4 + 4) % 4];
                sum += std::hypot(d.x(), d.y());
            }
            best = std::min(best, sum / 4);
        }
    }
    return best / diagonal;
}

/** The verdict a person's label calls for. */
CaptureVerdict expectedVerdict(const QString &label)
{
    if (label == QLatin1String("blurred"))
        return CaptureVerdict::Blurry;
    if (label == QLatin1String("glared"))
        return CaptureVerdict::Glare;
    if (label == QLatin1String("covered"))
        return CaptureVerdict::Covered;
    if (label == QLatin1String("cut_off"))
        return CaptureVerdict::CutOff;
    return CaptureVerdict::Ok;
}

QImage readFrame(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/** A webcam-like copy of @p frame: the landscape region @p crop, scaled to @p out, a little motion blur
 *  (@p blur pixels, horizontal), sensor noise of @p noise grey levels, through JPEG at @p quality. */
QImage webcamVariant(const QImage &frame, const QRectF &crop, const QSize &out, int blur, double noise, int quality,
                     quint32 seed)
{
    QImage image = frame.copy(crop.toAlignedRect()).scaled(out, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(seed);
    const QImage source = image.copy();
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            int r = 0, g = 0, b = 0;
            for (int k = -blur; k <= blur; ++k) {
                const QRgb p = in[std::clamp(x + k, 0, image.width() - 1)];
                r += qRed(p);
                g += qGreen(p);
                b += qBlue(p);
            }
            const int n = 2 * blur + 1;
            const int grain = int(std::lround((random.generateDouble() * 2 - 1) * noise));
            line[x] = qRgb(std::clamp(r / n + grain, 0, 255), std::clamp(g / n + grain, 0, 255),
                           std::clamp(b / n + grain, 0, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG").convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestRealFrames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realFrames();
    void webcamVariants();
    void blurSameAtEveryScale();

private:
    QString m_dir;
    QList<Frame> m_frames;
};

void TestRealFrames::initTestCase()
{
    m_dir = realDocsDir();
    QFile truthFile(m_dir + QStringLiteral("/truth.json"));
    if (!truthFile.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("real frames not here (%1/truth.json): the real-photograph checks are "
                                        "skipped; the generated scenes (TestCaptureAccuracy) still run")
                             .arg(m_dir)));
    QFile labelsFile(QStringLiteral(PASSERELLE_SOURCE_DIR "/tests/data/realdocs-dev/labels.json"));
    QVERIFY(labelsFile.open(QIODevice::ReadOnly));
    const QJsonObject labels = QJsonDocument::fromJson(labelsFile.readAll()).object().value("frames").toObject();
    for (const QJsonValue &value : QJsonDocument::fromJson(truthFile.readAll()).array()) {
        const QJsonObject o = value.toObject();
        Frame frame;
        frame.name = o.value("file").toString();
        frame.kind = documentKindFromCode(o.value("kind").toString()).value_or(DocumentKind::Id1);
        if (o.value("fully_visible").toBool())
            frame.corners = points(o.value("corners"));
        frame.docOrder = points(o.value("corners_doc_order"));
        frame.label = labels.value(QFileInfo(frame.name).fileName()).toObject().value("label").toString();
        QVERIFY2(!frame.label.isEmpty(), qPrintable(frame.name + QStringLiteral(": no label in labels.json")));
        QCOMPARE(frame.label == QLatin1String("cut_off"), frame.corners.isEmpty());
        m_frames << frame;
    }
    QVERIFY(m_frames.size() >= 50);
}

void TestRealFrames::realFrames()
{
    const QString dump = qEnvironmentVariable("PASSERELLE_REALFRAMES_DUMP");
    CaptureAnalyzer analyzer;
    int whole = 0, located = 0, readable = 0, readableOk = 0, agree = 0;
    QList<double> errors;
    QStringList forbiddenOk, rows;
    QMap<QPair<QString, CaptureVerdict>, int> confusion;
    QList<QImage> sheet;
    QStringList sheetNames;
    for (const Frame &frame : std::as_const(m_frames)) {
        const QImage image = readFrame(m_dir + QLatin1Char('/') + frame.name);
        QVERIFY2(!image.isNull(), qPrintable(frame.name));
        const CaptureAnalysis a = analyzer.analyze(image, frame.kind);
        const QString name = QFileInfo(frame.name).fileName();
        double error = -1;
        if (!frame.corners.isEmpty()) {
            ++whole;
            error = a.corners.size() == 4 ? cornerError(frame.corners, a.corners) : 1.0;
            errors << error;
            located += error <= kLocatedError ? 1 : 0;
        }
        const CaptureVerdict expected = expectedVerdict(frame.label);
        confusion[{frame.label, a.verdict}] += 1;
        agree += a.verdict == expected ? 1 : 0;
        if (frame.label == QLatin1String("readable")) {
            ++readable;
            readableOk += a.isOk() ? 1 : 0;
        } else if (a.isOk()) {
            forbiddenOk << name;
        }
        rows << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                    .arg(name.chopped(4), frame.label, verdictCode(a.verdict),
                         error < 0 ? QStringLiteral("-")
                                   : (a.corners.isEmpty() ? QStringLiteral("not found")
                                                          : QStringLiteral("%1 %").arg(100 * error, 0, 'f', 2)))
                    .arg(a.sharpness, 0, 'f', 0)
                    .arg(a.pixelsPerMm, 0, 'f', 1)
                    .arg(a.glareMm2, 0, 'f', 0)
                    .arg(a.coveredRatio, 0, 'f', 3);
        if (!dump.isEmpty()) {
            QDir().mkpath(dump);
            const QImage straight = captureoutput::rectify(image, frame.docOrder, frame.kind, 1000);
            straight.save(QStringLiteral("%1/%2-doc.png").arg(dump, name.chopped(4)));
            sheet << straight.scaledToWidth(640, Qt::SmoothTransformation);
            sheetNames << name.chopped(4);
            QImage shown = image.copy();
            QPainter p(&shown);
            p.setPen(QPen(Qt::green, 4));
            p.drawPolygon(QPolygonF(frame.docOrder));
            p.setPen(QPen(Qt::red, 4));
            if (a.corners.size() == 4)
                p.drawPolygon(QPolygonF(a.corners));
            p.end();
            shown.scaledToWidth(540, Qt::SmoothTransformation)
                .save(QStringLiteral("%1/%2-%3.png").arg(dump, name.chopped(4), verdictCode(a.verdict)));
        }
    }
    // Contact sheets of the straightened documents, 4 to a sheet, to label them.
    for (int first = 0; first < sheet.size(); first += 4) {
        QImage page(1300, 1000, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        for (int i = first; i < std::min<int>(first + 4, sheet.size()); ++i) {
            const QPoint at(((i - first) % 2) * 650, ((i - first) / 2) * 500);
            p.drawImage(at + QPoint(0, 20), sheet.at(i));
            qInfo().noquote() << "sheet" << first / 4 << i - first << sheetNames.at(i);
        }
        p.end();
        page.save(QStringLiteral("%1/sheet%2.png").arg(dump).arg(first / 4, 2, 10, QLatin1Char('0')));
    }
    // The confusion table: rows are the labels, columns the verdicts.
    const QStringList labelOrder{QStringLiteral("readable"), QStringLiteral("blurred"), QStringLiteral("glared"),
                                 QStringLiteral("covered"), QStringLiteral("cut_off")};
    QString table = QStringLiteral("| label \\ verdict |");
    for (CaptureVerdict v : allVerdicts())
        table += QStringLiteral(" %1 |").arg(verdictCode(v));
    table += QStringLiteral("\n|---|") + QStringLiteral("---:|").repeated(allVerdicts().size()) + QLatin1Char('\n');
    for (const QString &label : labelOrder) {
        table += QStringLiteral("| %1 |").arg(label);
        for (CaptureVerdict v : allVerdicts()) {
            const int n = confusion.value({label, v});
            table += n ? QStringLiteral(" %1 |").arg(n) : QStringLiteral(" · |");
        }
        table += QLatin1Char('\n');
    }
    const QString summary =
        QStringLiteral("frames: %1; whole document in the picture: %2, located (mean corner error <= 3 %): %3 "
                       "(%4 %); median corner error %5 %; readable: %6, ok: %7 (%8 %); verdict agrees with the "
                       "label: %9 of %1; ok for a frame not readable: %10")
            .arg(m_frames.size())
            .arg(whole)
            .arg(located)
            .arg(100.0 * located / std::max(1, whole), 0, 'f', 1)
            .arg(100 * median(errors), 0, 'f', 2)
            .arg(readable)
            .arg(readableOk)
            .arg(100.0 * readableOk / std::max(1, readable), 0, 'f', 1)
            .arg(agree)
            .arg(forbiddenOk.isEmpty() ? QStringLiteral("none") : forbiddenOk.join(QStringLiteral(", ")));
    const QString header =
        QStringLiteral("| frame | label | verdict | corner error | blur | px/mm | glare mm² | covered |\n"
                       "|---|---|---|---:|---:|---:|---:|---:|\n");
    qInfo().noquote() << '\n' + header + rows.join(QLatin1Char('\n')) + "\n\n" + table + '\n' + summary;
    const QString report = qEnvironmentVariable("PASSERELLE_CAPTURE_REPORT");
    if (!report.isEmpty()) {
        QFile file(report);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((header + rows.join(QLatin1Char('\n')) + "\n\n" + table + '\n' + summary + '\n').toUtf8());
    }
    QVERIFY2(forbiddenOk.isEmpty(), qPrintable(summary));
    QVERIFY2(located >= kFoundFloor * whole, qPrintable(summary));
    QVERIFY2(median(errors) <= kMedianErrorTarget, qPrintable(summary));
    QVERIFY2(readableOk >= kReadableOkFloor * readable, qPrintable(summary));
}

void TestRealFrames::webcamVariants()
{
    // Each frame holding the whole document, turned to landscape (a desk webcam) and cropped around it: at
    // 1280x720 with the document about a third of the width, and at 640x480 filling about half of it.
    CaptureAnalyzer analyzer;
    int cases = 0, located = 0, blurryWhileReadable = 0, readableCases = 0;
    QStringList forbiddenOk, lost;
    QList<double> errors;
    int n = 0;
    for (const Frame &frame : std::as_const(m_frames)) {
        if (frame.corners.isEmpty())
            continue;
        const QImage upright = readFrame(m_dir + QLatin1Char('/') + frame.name);
        // Turned a quarter (portrait phone frame to a landscape webcam frame): (x, y) -> (h - 1 - y, x).
        const QImage image = upright.transformed(QTransform().rotate(90));
        QList<QPointF> corners;
        for (const QPointF &p : frame.corners)
            corners << QPointF(upright.height() - 1 - p.y(), p.x());
        const QRectF box = QPolygonF(corners).boundingRect();
        struct Look
        {
            QSize out;
            double widthShare; ///< document bounding box width over crop width
        };
        for (const Look &look : {Look{{1280, 720}, 0.45}, Look{{640, 480}, 0.6}}) {
            const double aspect = double(look.out.width()) / look.out.height();
            double w = std::max(box.width() / look.widthShare, box.height() * 1.15 * aspect);
            w = std::min(w, double(image.width()));
            const double h = std::min(w / aspect, double(image.height()));
            w = h * aspect;
            const double x = std::clamp(box.center().x() - w / 2, 0.0, image.width() - w);
            const double y = std::clamp(box.center().y() - h / 2, 0.0, image.height() - h);
            const QRectF crop(x, y, w, h);
            if (!crop.contains(box))
                continue;
            const double s = look.out.width() / w;
            QList<QPointF> truth;
            for (const QPointF &p : corners)
                truth << (p - crop.topLeft()) * s;
            const int quality = 60 + (n * 7) % 26;
            const QImage variant =
                webcamVariant(image, crop, look.out, n % 3 == 0 ? 1 : 0, 3 + n % 4, quality, quint32(1000 + n));
            ++n;
            ++cases;
            const CaptureAnalysis a = analyzer.analyze(variant, frame.kind);
            const double error = a.corners.size() == 4 ? cornerError(truth, a.corners) : 1.0;
            errors << error;
            const QString label = QStringLiteral("%1 at %2x%3 q%4")
                                      .arg(QFileInfo(frame.name).fileName())
                                      .arg(look.out.width())
                                      .arg(look.out.height())
                                      .arg(quality);
            if (error <= kLocatedError)
                ++located;
            else
                lost << QStringLiteral("%1: %2 (%3)").arg(label, verdictCode(a.verdict)).arg(error * 100, 0, 'f', 1);
            if (frame.label != QLatin1String("readable") && a.isOk())
                forbiddenOk << label;
            if (frame.label == QLatin1String("readable") && a.pixelsPerMm >= minimumPixelsPerMm(frame.kind)) {
                ++readableCases;
                if (a.verdict == CaptureVerdict::Blurry)
                    ++blurryWhileReadable;
            }
        }
    }
    const QString summary = QStringLiteral("webcam-like variants: %1, located: %2 (%3 %), median corner error %4 %; "
                                           "readable with enough pixels: %5, called blurry: %6; ok for a frame not "
                                           "readable: %7")
                                .arg(cases)
                                .arg(located)
                                .arg(100.0 * located / std::max(1, cases), 0, 'f', 1)
                                .arg(100 * median(errors), 0, 'f', 2)
                                .arg(readableCases)
                                .arg(blurryWhileReadable)
                                .arg(forbiddenOk.isEmpty() ? QStringLiteral("none") : forbiddenOk.join(", "));
    qInfo().noquote() << summary + '\n' + lost.join(QLatin1Char('\n'));
    QVERIFY(cases >= 60);
    QVERIFY2(forbiddenOk.isEmpty(), qPrintable(summary));
    QVERIFY2(located >= kVariantFoundFloor * cases, qPrintable(summary));
    QVERIFY2(median(errors) <= kMedianErrorTarget, qPrintable(summary));
    // Blur means about the same at 640x480 as on the phone's frame: measured 6 of 43 readable variants called
    // blurry (8 of 37 with the contrast-normalised Laplacian before), as soft readable frames are on the
    // phone's frames (the threshold keeps every generated blurred card from "ok"; docs/capture-quality.md).
    QVERIFY2(blurryWhileReadable * 6 <= readableCases, qPrintable(summary));
}

void TestRealFrames::blurSameAtEveryScale()
{
    // "Blurred" must mean the same whatever the camera's resolution: the same frame, only scaled down (a
    // smaller camera, no softer lens), is measured as sharp. Each readable frame found with at least twice
    // the kind's least resolution is analysed as it is, and scaled so that the document keeps 1.1 times
    // that least resolution (a 640x480 webcam's share of a card).
    CaptureAnalyzer analyzer;
    QList<double> ratios;
    int verdictChanged = 0;
    QStringList rows;
    for (const Frame &frame : std::as_const(m_frames)) {
        if (frame.label != QLatin1String("readable") || frame.corners.isEmpty())
            continue;
        const QImage image = readFrame(m_dir + QLatin1Char('/') + frame.name);
        const CaptureAnalysis full = analyzer.analyze(image, frame.kind);
        const double least = minimumPixelsPerMm(frame.kind);
        if (full.corners.size() != 4 || cornerError(frame.corners, full.corners) > kLocatedError ||
            full.pixelsPerMm < 2 * least)
            continue;
        const double scale = 1.1 * least / full.pixelsPerMm;
        const QImage small = image.scaled(image.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const CaptureAnalysis a = analyzer.analyze(small, frame.kind);
        if (a.corners.size() != 4)
            continue;
        ratios << a.sharpness / std::max(1e-6, full.sharpness);
        const bool blurryFull = full.verdict == CaptureVerdict::Blurry;
        const bool blurrySmall = a.verdict == CaptureVerdict::Blurry;
        verdictChanged += blurryFull != blurrySmall ? 1 : 0;
        rows << QStringLiteral("%1: %2 at %3 px/mm, %4 at %5 px/mm")
                    .arg(QFileInfo(frame.name).fileName())
                    .arg(full.sharpness, 0, 'f', 1)
                    .arg(full.pixelsPerMm, 0, 'f', 1)
                    .arg(a.sharpness, 0, 'f', 1)
                    .arg(a.pixelsPerMm, 0, 'f', 1);
    }
    std::sort(ratios.begin(), ratios.end());
    const QString summary = QStringLiteral("readable frames scaled down: %1, sharpness small/full: median %2, range "
                                           "%3-%4; blurry verdict changed: %5")
                                .arg(ratios.size())
                                .arg(median(ratios), 0, 'f', 2)
                                .arg(ratios.isEmpty() ? 0 : ratios.first(), 0, 'f', 2)
                                .arg(ratios.isEmpty() ? 0 : ratios.last(), 0, 'f', 2)
                                .arg(verdictChanged);
    qInfo().noquote() << summary + '\n' + rows.join(QLatin1Char('\n'));
    QVERIFY(ratios.size() >= 15);
    QVERIFY2(std::abs(median(ratios) - 1) <= 0.15, qPrintable(summary));
    QVERIFY2(verdictChanged * 10 <= ratios.size(), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestRealFrames)
#include "TestRealFrames.moc"
