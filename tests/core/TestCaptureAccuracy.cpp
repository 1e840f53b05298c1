// SPDX-License-Identifier: GPL-3.0-or-later
// The analyzer against the generated scenes with ground truth: detection rate, corner error, and
// the verdicts that must never be "ok". Writes the confusion table for docs/capture-quality.md when
// PASSERELLE_CAPTURE_REPORT names a file.
#include "DocumentSceneGenerator.h"
#include "core/capture/AutoCaptureController.h"
#include "core/capture/CaptureAnalyzer.h"

#include <QFile>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace passerelle;
using namespace passerelle::test;

namespace {

constexpr int kCases = 320;
/** The issue's target: the document found in 98 % of the cases fully in frame and covering >= 30 %. */
constexpr double kIssueFoundTarget = 0.98;
/** An outline counts as in the picture when every side steps on at least half its length (Scene::outlineVisible:
 *  measured 0 to 0.06 for the overexposed cards on white paper, 0.63 and over for every other case). */
constexpr double kOutlineVisible = 0.5;
/** Regression floor over all eligible cases, burnt outlines included: measured 192 of 200 = 96.0 %, the 8 misses
 *  being overexposed cards on white paper whose outline is not in the picture (docs/capture-quality.md). */
constexpr double kFoundRateFloor = 0.955;
/** Regression ceiling on the mean corner error of the found cases (share of the diagonal): measured 0.37 % with
 *  rounded card corners, the issue's target being every corner under 2 %. */
constexpr double kMeanCornerCeiling = 0.005;

/** Largest distance between true and found corners, over the best cyclic pairing, as a share of the diagonal. */
double cornerError(const QList<QPointF> &truth, const QList<QPointF> &found)
{
    const double diagonal = std::hypot(truth[2].x() - truth[0].x(), truth[2].y() - truth[0].y());
    double best = 1e9;
    for (int shift = 0; shift < 4; ++shift) {
        double worst = 0;
        for (int i = 0; i < 4; ++i) {
            const QPointF d = truth[i] - found[(i + shift) % 4];
            worst = std::max(worst, std::hypot(d.x(), d.y()));
        }
        best = std::min(best, worst);
    }
    return best / diagonal;
}

void dumpScene(const QString &dir, int index, const Scene &scene, const CaptureAnalysis &a)
{
    QImage image = scene.image.copy();
    QPainter p(&image);
    p.setPen(QPen(Qt::green, 2));
    p.drawPolygon(QPolygonF(scene.corners));
    if (a.corners.size() == 4) {
        p.setPen(QPen(Qt::red, 2));
        p.drawPolygon(QPolygonF(a.corners));
    }
    p.end();
    image.scaled(640, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .save(QStringLiteral("%1/case%2-%3-%4.png")
                  .arg(dir)
                  .arg(index, 3, 10, QLatin1Char('0'))
                  .arg(verdictCode(scene.expected), verdictCode(a.verdict)));
}

/** @p scene with a thumb over it: from outside the bottom side (the document's own bottom, corners 3-2), at
 *  @p along of that side, reaching @p depth of the document's height inside, @p width of its height wide,
 *  in @p skin with a rounded, shaded tip (lighter along its middle), as a hand holding the card puts it. */
QImage withThumb(const Scene &scene, double along, double depth, double width, QColor skin)
{
    const QPointF bl = scene.corners[3], br = scene.corners[2], tl = scene.corners[0];
    const QPointF base = bl + (br - bl) * along;
    const QPointF up = (tl - bl) / std::hypot(tl.x() - bl.x(), tl.y() - bl.y()); // into the document
    const double height = std::hypot(tl.x() - bl.x(), tl.y() - bl.y());
    const QPointF across = QPointF(-up.y(), up.x());
    const double half = width * height / 2;
    const QPointF tip = base + up * (depth * height - half);
    const QPointF root = base - up * (0.6 * height);
    QPainterPath thumb;
    thumb.setFillRule(Qt::WindingFill);
    thumb.addPolygon(QPolygonF{root - across * half, tip - across * half, tip + across * half, root + across * half});
    thumb.closeSubpath();
    thumb.addEllipse(tip, half, half);
    QImage image = scene.image.copy();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient shade(base - across * half, base + across * half);
    shade.setColorAt(0, skin.darker(135));
    shade.setColorAt(0.45, skin.lighter(108));
    shade.setColorAt(1, skin.darker(125));
    p.setPen(Qt::NoPen);
    p.setBrush(shade);
    p.drawPath(thumb);
    return image;
}

/** Calls @p visit(case number, scene, skin colour) for each clean card and passport page of the generator's first 64
 *  cases (categories 0 and 1 of every 8, each background) that @p analyzer calls ok, the skins taking turns. */
template <class Visit> void forEachCleanCard(CaptureAnalyzer &analyzer, Visit &&visit)
{
    const QList<SceneSpec> specs = standardSceneSpecs(64);
    const QList<QColor> skins{QColor(233, 188, 164), QColor(198, 140, 110), QColor(141, 90, 64)};
    int cards = 0;
    for (int i = 0; i < specs.size(); ++i) {
        if (specs[i].kind == DocumentKind::A4 || i % 8 > 1)
            continue;
        const Scene scene = renderScene(specs[i]);
        if (analyzer.analyze(scene.image, scene.spec.kind).isOk())
            visit(i, scene, skins.at(cards++ % skins.size()));
    }
}

} // namespace

class TestCaptureAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void generatedScenes();
    void thumbOverCard();
    void thumbAcrossSide();
};

void TestCaptureAccuracy::thumbOverCard()
{
    // Clean cards and passport pages of the generator (each background, light and dark skin): a thumb across
    // the bottom side over the fields is "covered"; the same thumb stopping on the margin, as a hand holding
    // the card puts it (five of the readable real frames), changes nothing.
    CaptureAnalyzer analyzer;
    int cases = 0, bandCases = 0;
    QStringList wrong, bandRefused;
    forEachCleanCard(analyzer, [&](int i, const Scene &scene, const QColor &skin) {
        const SceneSpec &spec = scene.spec;
        ++cases;
        const double along = 0.3 + 0.1 * (i % 4);
        const auto expect = [&](double depth, CaptureVerdict verdict, const char *where) {
            const CaptureAnalysis a = analyzer.analyze(withThumb(scene, along, depth, 0.32, skin), spec.kind);
            if (a.verdict != verdict)
                wrong << QStringLiteral("case %1 thumb %2: %3 (covered %4)")
                             .arg(i)
                             .arg(QLatin1String(where), verdictCode(a.verdict))
                             .arg(a.coveredRatio, 0, 'f', 3);
        };
        expect(0.5, CaptureVerdict::Covered, "over the fields");
        expect(0.04, CaptureVerdict::Ok, "on the margin");
        {
            // A hand holding a card whose design turns pale beige near its edge (deu f03 of the real frames):
            // the thumb on the margin meets a band of the card that starts at the hand's own colour and
            // fades, smoothly, to a paler beige. A flood over the thumb runs on over that band, but it is the
            // card's paper, not the same skin as off the card: not covered.
            const QPointF bl = scene.corners[3], br = scene.corners[2], tl = scene.corners[0];
            const QPointF base = bl + (br - bl) * along;
            const QPointF up = (tl - bl) * 0.45;
            QImage held = scene.image.copy();
            QPainter p(&held);
            p.setRenderHint(QPainter::Antialiasing);
            p.setClipRegion(QRegion(QPolygonF(scene.corners).toPolygon()));
            QLinearGradient band(base, base + up);
            band.setColorAt(0, skin);
            band.setColorAt(1, QColor(242, 226, 204));
            p.setPen(Qt::NoPen);
            p.setBrush(band);
            const QPointF half = (br - bl) * 0.2;
            p.drawPolygon(QPolygonF{base - half, base + half, base + half + up, base - half + up});
            p.end();
            Scene beige = scene;
            beige.image = held;
            const CaptureAnalysis a = analyzer.analyze(withThumb(beige, along, 0.04, 0.32, skin), spec.kind);
            ++bandCases;
            if (a.verdict != CaptureVerdict::Ok)
                bandRefused << QStringLiteral("case %1 thumb on a beige band: %2 (covered %3)")
                                   .arg(i)
                                   .arg(verdictCode(a.verdict))
                                   .arg(a.coveredRatio, 0, 'f', 3);
        }
        if (cases == 1) {
            // Auto-capture waits: two seconds of the same still, covered frame take nothing, and the guidance
            // is to take the finger off.
            AutoCaptureController controller;
            QSignalSpy captured(&controller, &AutoCaptureController::captured);
            const QImage frame = withThumb(scene, along, 0.5, 0.32, skin);
            const CaptureAnalysis a = analyzer.analyze(frame, spec.kind);
            for (qint64 t = 0; t <= 2000; t += 100)
                controller.feed(frame, t, a);
            QCOMPARE(captured.count(), 0);
            QCOMPARE(controller.guidance(), verdictMessage(CaptureVerdict::Covered, spec.kind));
        }
    });
    qInfo().noquote() << cases << "cards with a thumb" << wrong.join(QLatin1Char('\n'));
    QVERIFY(cases >= 8);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    // The beige band starts at the thumb's own colour and fades to a beige whose chroma is, for the lighter
    // skins, within the finger rule's 8 of theirs (the rule compares chroma because light changes a finger's
    // brightness over a white card, not its hue: a real thumb was 43 grey levels brighter over the card than off
    // it). Those are refused (4 of 12 measured), never the other way round; the real beige card (deu f03) is 15
    // away and is "ok". A change that refuses more of them fails here.
    qInfo().noquote() << bandCases << "thumbs on a beige band," << bandRefused.size() << "refused"
                      << bandRefused.join(QLatin1Char('\n'));
    QVERIFY2(bandCases > 0 && bandRefused.size() * 3 <= bandCases, qPrintable(bandRefused.join(QLatin1Char('\n'))));
}

void TestCaptureAccuracy::generatedScenes()
{
    QStringList categories;
    // PASSERELLE_CAPTURE_HELDOUT=N (1, 2...): the N-th next kCases cases of the same generator instead, to
    // check that a change generalises (reported, with only the safety target asserted). Set 1 was looked
    // at while tuning round 4 (docs/capture-quality.md); set 2 was first run after it.
    const bool heldOut = qEnvironmentVariableIsSet("PASSERELLE_CAPTURE_HELDOUT");
    const int first = heldOut ? kCases * std::max(1, qEnvironmentVariableIntValue("PASSERELLE_CAPTURE_HELDOUT")) : 0;
    const QList<SceneSpec> specs = standardSceneSpecs(first + kCases, &categories);
    QVERIFY(specs.size() >= 300);
    CaptureAnalyzer analyzer;
    // Synthetic scenes only (no personal data): saved with the found outline to look at failures.
    const QString dumpDir = QString::fromLocal8Bit(qgetenv("PASSERELLE_CAPTURE_DUMP"));
    const bool dumpAll = qEnvironmentVariableIsSet("PASSERELLE_CAPTURE_DUMP_ALL");
    QMap<QPair<CaptureVerdict, CaptureVerdict>, int> confusion;
    int eligible = 0, found = 0, cornerChecked = 0, cornerFailures = 0;
    // Eligible cases whose outline is in the picture, and those found; eligible cases burnt to white.
    int visible = 0, visibleFound = 0;
    QStringList burntNotBright;
    double worstCorner = 0, sumCorner = 0;
    QStringList forbiddenOk;
    QStringList misses;
    const int only = qEnvironmentVariableIsSet("PASSERELLE_CAPTURE_CASE")
                         ? qEnvironmentVariableIntValue("PASSERELLE_CAPTURE_CASE")
                         : -1;
    for (int i = first; i < specs.size(); ++i) {
        if (only >= 0 && i != only)
            continue;
        const Scene scene = renderScene(specs[i], categories[i]);
        const CaptureAnalysis a = analyzer.analyze(scene.image, scene.spec.kind);
        if (!dumpDir.isEmpty() && (dumpAll || a.verdict != scene.expected))
            dumpScene(dumpDir, i, scene, a);
        confusion[{scene.expected, a.verdict}] += 1;
        const QString label =
            QStringLiteral("case %1 (%2, %3, %4, seed %5)")
                .arg(i)
                .arg(scene.category, documentKindCode(scene.spec.kind), backgroundCode(scene.spec.background))
                .arg(scene.spec.seed);
        if (scene.fullyInFrame && scene.trueCoverage >= 0.30) {
            ++eligible;
            const bool outlineInPicture = scene.outlineVisible >= kOutlineVisible;
            visible += outlineInPicture ? 1 : 0;
            // No outline to find: the guidance must still say why ("too much light"), not "no document".
            if (!outlineInPicture && !a.documentFound && a.verdict != CaptureVerdict::TooBright &&
                a.verdict != CaptureVerdict::TooDark)
                burntNotBright << label;
            if (a.documentFound) {
                ++found;
                visibleFound += outlineInPicture ? 1 : 0;
                const double error = cornerError(scene.corners, a.corners);
                ++cornerChecked;
                sumCorner += error;
                worstCorner = std::max(worstCorner, error);
                if (error >= 0.02) {
                    ++cornerFailures;
                    misses << QStringLiteral("%1: corner error %2 %").arg(label).arg(error * 100, 0, 'f', 2);
                }
            } else {
                misses << QStringLiteral("%1: not found (%2)%3")
                              .arg(label, verdictCode(a.verdict),
                                   outlineInPicture ? QString() : QStringLiteral(", outline not in the picture"));
            }
        }
        const bool mustNotBeOk = (scene.spec.blurSigma >= 3.0) || scene.spec.glareRatio > 0.03 || !scene.fullyInFrame;
        if (mustNotBeOk && a.isOk())
            forbiddenOk << label;
        if (a.verdict != scene.expected)
            qInfo().noquote() << label << "expected" << verdictCode(scene.expected) << "got" << verdictCode(a.verdict)
                              << "sharp" << a.sharpness << "bright" << a.brightness << "glare" << a.glareRatio
                              << "persp" << a.perspectiveDegrees << "ppm" << a.pixelsPerMm << "cov" << a.coverage;
    }

    // The confusion table, rows = ground truth, columns = verdict.
    QString table = QStringLiteral("| expected \\ verdict |");
    const QList<CaptureVerdict> verdicts = allVerdicts();
    for (CaptureVerdict v : verdicts)
        table += QStringLiteral(" %1 |").arg(verdictCode(v));
    table += QStringLiteral(" total |\n|---|");
    for (int i = 0; i <= verdicts.size(); ++i)
        table += QStringLiteral("---:|");
    table += QLatin1Char('\n');
    int agree = 0;
    for (CaptureVerdict e : verdicts) {
        int rowTotal = 0;
        QString row = QStringLiteral("| %1 |").arg(verdictCode(e));
        for (CaptureVerdict v : verdicts) {
            const int n = confusion.value({e, v});
            rowTotal += n;
            if (e == v)
                agree += n;
            row += n ? QStringLiteral(" %1 |").arg(n) : QStringLiteral(" · |");
        }
        if (rowTotal)
            table += row + QStringLiteral(" %1 |\n").arg(rowTotal);
    }
    const QString summary =
        QStringLiteral(
            "cases: %1; fully in frame and covering >= 30 %: %2, found: %3 (%4 %); of them with the outline in "
            "the picture: %11, found: %12 (%13 %); corner error: mean %5 %, worst %6 % of the diagonal, %7 at or "
            "over 2 %; verdict agrees with ground truth: %8 (%9 %); forbidden ok: %10\n")
            .arg(specs.size() - first)
            .arg(eligible)
            .arg(found)
            .arg(100.0 * found / std::max(1, eligible), 0, 'f', 1)
            .arg(100.0 * sumCorner / std::max(1, cornerChecked), 0, 'f', 2)
            .arg(100.0 * worstCorner, 0, 'f', 2)
            .arg(cornerFailures)
            .arg(agree)
            .arg(100.0 * agree / (specs.size() - first), 0, 'f', 1)
            .arg(forbiddenOk.size())
            .arg(visible)
            .arg(visibleFound)
            .arg(100.0 * visibleFound / std::max(1, visible), 0, 'f', 1);
    qInfo().noquote() << '\n' + table + '\n' + summary;
    for (const QString &miss : std::as_const(misses))
        qInfo().noquote() << miss;
    const QByteArray reportPath = qgetenv("PASSERELLE_CAPTURE_REPORT");
    if (!reportPath.isEmpty()) {
        QFile report(QString::fromLocal8Bit(reportPath));
        QVERIFY(report.open(QIODevice::WriteOnly | QIODevice::Truncate));
        report.write((table + QLatin1Char('\n') + summary).toUtf8());
    }

    QVERIFY2(forbiddenOk.isEmpty(),
             qPrintable(QStringLiteral("ok given to: ") + forbiddenOk.join(QStringLiteral(", "))));
    QVERIFY2(burntNotBright.isEmpty(), qPrintable(QStringLiteral("burnt outline without 'too bright': ") +
                                                  burntNotBright.join(QStringLiteral(", "))));
    if (only >= 0 || heldOut)
        return;
    QVERIFY(eligible >= 200);
    // The set the 98 % is measured on stays the issue's set but for a few burnt cases (8 of 200 now).
    QVERIFY2(visible >= 0.95 * eligible, qPrintable(summary));
    // The issue's targets, on every eligible case whose outline is in the picture: found in >= 98 %, and no
    // corner error of 2 % of the diagonal or more. The burnt ones (no outline to find) are reported above
    // and held to the floor over all eligible cases.
    QVERIFY2(visibleFound >= kIssueFoundTarget * visible, qPrintable(summary));
    QVERIFY2(cornerFailures == 0, qPrintable(summary + misses.join(QLatin1Char('\n'))));
    QVERIFY2(sumCorner < kMeanCornerCeiling * cornerChecked, qPrintable(summary));
    QVERIFY2(found >= kFoundRateFloor * eligible, qPrintable(summary));
}

void TestCaptureAccuracy::thumbAcrossSide()
{
    // A thumb as wide as 0.6 of the document's height across its bottom side hides about two fifths of that
    // side (its edge there is broken into two stretches): the document is still found from its three other
    // sides and the two stretches, its corners within the issue's 2 %, and the verdict is "covered". Before the
    // half-hidden side was allowed, none of these was found to 2 %.
    CaptureAnalyzer analyzer;
    int cases = 0;
    QStringList wrong;
    forEachCleanCard(analyzer, [&](int i, const Scene &scene, const QColor &skin) {
        ++cases;
        const double along = 0.3 + 0.1 * (i % 4);
        const CaptureAnalysis a = analyzer.analyze(withThumb(scene, along, 0.5, 0.6, skin), scene.spec.kind);
        const double error = a.corners.size() == 4 ? cornerError(scene.corners, a.corners) : 1.0;
        if (error >= 0.02 || a.verdict != CaptureVerdict::Covered)
            wrong << QStringLiteral("case %1 (%2): %3, corner error %4 %")
                         .arg(i)
                         .arg(documentKindCode(scene.spec.kind), verdictCode(a.verdict))
                         .arg(100 * error, 0, 'f', 2);
    });
    qInfo().noquote() << cases << "cards with a wide thumb across a side" << wrong.join(QLatin1Char('\n'));
    QVERIFY(cases >= 8);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCaptureAccuracy)
#include "TestCaptureAccuracy.moc"
