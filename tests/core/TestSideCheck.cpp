// SPDX-License-Identifier: GPL-3.0-or-later
// sideSimilarity: two captures of the same side of a card, straightened by the real analyzer from
// frames taken at other places, angles, sizes and lights (and upside down), score over
// kSameSideSimilarity; the front against the back of the same card scores under it, with a margin.
#include "core/capture/CaptureAnalyzer.h"
#include "core/capture/CaptureOutput.h"
#include "core/capture/SideCheck.h"
#include "core/capture/SpecimenRenderer.h"

#include <QTest>
#include <QTransform>

#include <cmath>

using namespace passerelle;

namespace {

struct Pose
{
    QPointF centre;  ///< share of the frame
    double height;   ///< of the card, share of the frame height
    double degrees;  ///< roll
    double keystone; ///< the far side shorter by this share (perspective)
    double light;    ///< exposure gain
};

/** The card drawn on a desk at @p pose, seen by the analyzer and straightened as a capture is. */
QImage capture(const QImage &document, const Pose &pose, quint32 deskSeed)
{
    const QSize size(1280, 720);
    QImage frame = SpecimenRenderer::renderDesk(size, deskSeed);
    const double h = size.height() * pose.height;
    const double w = h * 85.60 / 53.98;
    const double k = w * pose.keystone / 2;
    QTransform t;
    t.translate(size.width() * pose.centre.x(), size.height() * pose.centre.y());
    t.rotate(pose.degrees);
    const QPolygonF corners{t.map(QPointF(-w / 2 + k, -h / 2)), t.map(QPointF(w / 2 - k, -h / 2)),
                            t.map(QPointF(w / 2, h / 2)), t.map(QPointF(-w / 2, h / 2))};
    SpecimenRenderer::drawDocument(frame, document, corners);
    if (pose.light != 1.0) {
        for (int y = 0; y < frame.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
            for (int x = 0; x < frame.width(); ++x)
                line[x] = qRgb(std::min(255, int(qRed(line[x]) * pose.light)),
                               std::min(255, int(qGreen(line[x]) * pose.light)),
                               std::min(255, int(qBlue(line[x]) * pose.light)));
        }
    }
    CaptureAnalyzer analyzer;
    const CaptureAnalysis a = analyzer.analyze(frame, DocumentKind::Id1);
    if (!a.documentFound)
        return {};
    return captureoutput::rectify(frame, a.corners, DocumentKind::Id1);
}

const QList<Pose> &poses()
{
    static const QList<Pose> list{
        {{0.5, 0.5}, 0.6, 0, 0, 1.0},      {{0.42, 0.55}, 0.55, 8, 0.04, 0.9},  {{0.58, 0.45}, 0.65, -10, 0.06, 1.1},
        {{0.5, 0.52}, 0.5, 4, 0.08, 0.75}, {{0.47, 0.5}, 0.62, 180, 0.02, 1.0}, {{0.55, 0.5}, 0.58, 185, 0.05, 0.85},
    };
    return list;
}

} // namespace

class TestSideCheck : public QObject
{
    Q_OBJECT

private slots:
    void sameSideScoresHighOtherSideLow();
    void emptyOrFlatPicturesAreNotTheSame();
};

void TestSideCheck::sameSideScoresHighOtherSideLow()
{
    double lowestSame = 1, highestOther = -1;
    for (quint32 seed : {11u, 22u, 33u, 44u, 55u}) {
        const QImage front = SpecimenRenderer::renderDocument(DocumentKind::Id1, 10.0, seed);
        const QImage back = SpecimenRenderer::renderCardBack(10.0, seed);
        const QImage kept = capture(front, poses().first(), seed);
        QVERIFY(!kept.isNull());
        for (int i = 1; i < poses().size(); ++i) {
            const QImage again = capture(front, poses()[i], seed + quint32(i));
            const QImage turned = capture(back, poses()[i], seed + quint32(i));
            QVERIFY2(!again.isNull() && !turned.isNull(),
                     qPrintable(QStringLiteral("seed %1 pose %2").arg(seed).arg(i)));
            const double same = sideSimilarity(kept, again);
            const double other = sideSimilarity(kept, turned);
            qInfo() << "seed" << seed << "pose" << i << "same side" << same << "other side" << other;
            lowestSame = std::min(lowestSame, same);
            highestOther = std::max(highestOther, other);
        }
    }
    qInfo() << "lowest same-side score" << lowestSame << "highest front/back score" << highestOther;
    // Margins on both sides of the line, so a capture a little off does not flip the answer.
    QVERIFY2(lowestSame >= kSameSideSimilarity + 0.1, qPrintable(QString::number(lowestSame)));
    QVERIFY2(highestOther <= kSameSideSimilarity - 0.1, qPrintable(QString::number(highestOther)));
}

void TestSideCheck::emptyOrFlatPicturesAreNotTheSame()
{
    QImage flat(200, 120, QImage::Format_RGB32);
    flat.fill(Qt::white);
    QCOMPARE(sideSimilarity(flat, flat), 0.0);
    QCOMPARE(sideSimilarity(QImage(), flat), 0.0);
    const QImage front = SpecimenRenderer::renderDocument(DocumentKind::Id1, 6.0, 7);
    QVERIFY(sideSimilarity(front, front) > 0.99);
}

QTEST_GUILESS_MAIN(TestSideCheck)
#include "TestSideCheck.moc"
