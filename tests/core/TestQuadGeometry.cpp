// SPDX-License-Identifier: GPL-3.0-or-later
// The document's shape seen through a camera (rectifiedAspect, aspectFit): what QuadDetector scores its
// candidate outlines by. Rectangles of known shape are projected through a pinhole camera (focal length
// and pose known), and the shape read back from the four projected corners.
#include "core/capture/QuadGeometry.h"

#include <QTest>

#include <cmath>

using namespace passerelle::capture_detail;

namespace {

/** The corners (clockwise on screen) of a @p width x @p height rectangle centred @p distance in front of a
 *  camera of focal length @p focal (pixels) with its principal point at the centre of @p frame, turned by
 *  @p yaw and @p pitch (degrees) and rolled by @p roll in its plane, shifted by (@p dx, @p dy). */
std::array<cv::Point2f, 4> project(double width, double height, const cv::Size &frame, double focal, double distance,
                                   double yaw, double pitch, double roll, double dx = 0, double dy = 0)
{
    const double y = yaw * CV_PI / 180, p = pitch * CV_PI / 180, r = roll * CV_PI / 180;
    std::array<cv::Point2f, 4> out;
    const double xs[4] = {-width / 2, width / 2, width / 2, -width / 2};
    const double ys[4] = {-height / 2, -height / 2, height / 2, height / 2};
    for (int i = 0; i < 4; ++i) {
        // Roll in the plane, then pitch (about x) and yaw (about y).
        double x = xs[i] * std::cos(r) - ys[i] * std::sin(r);
        double v = xs[i] * std::sin(r) + ys[i] * std::cos(r);
        double z = 0;
        const double v2 = v * std::cos(p) - z * std::sin(p);
        const double z2 = v * std::sin(p) + z * std::cos(p);
        const double x3 = x * std::cos(y) + z2 * std::sin(y);
        const double z3 = -x * std::sin(y) + z2 * std::cos(y) + distance;
        out[size_t(i)] = cv::Point2f(float(frame.width / 2.0 + focal * (x3 + dx) / z3),
                                     float(frame.height / 2.0 + focal * (v2 + dy) / z3));
    }
    return out;
}

} // namespace

class TestQuadGeometry : public QObject
{
    Q_OBJECT

private slots:
    void frontalRectangle();
    void tiltedCardKeepsItsShape();
    void otherShapesScoreLow();
};

void TestQuadGeometry::frontalRectangle()
{
    const cv::Size frame(640, 360);
    const std::array<cv::Point2f, 4> card{cv::Point2f(100, 100), cv::Point2f(417.2f, 100), cv::Point2f(417.2f, 300),
                                          cv::Point2f(100, 300)};
    QCOMPARE(std::round(rectifiedAspect(card, frame) * 1000) / 1000, 1.586);
    QCOMPARE(aspectFit(1.586, 1.586), 1.0);
}

void TestQuadGeometry::tiltedCardKeepsItsShape()
{
    // An ID-1 card (85.6 x 54 mm) turned up to 35 degrees, off centre, through a phone's and a webcam's
    // field of view: its shape is read back within 3 %, where the apparent one strays much further.
    const cv::Size frame(640, 1138);
    double worstApparent = 0;
    for (const double focal : {0.8 * 1138, 1.2 * 1138}) {
        for (const double yaw : {-35.0, -20.0, 0.0, 15.0, 30.0}) {
            for (const double pitch : {-30.0, 0.0, 25.0}) {
                const auto q = project(85.6, 54, frame, focal, 200, yaw, pitch, 20, 10, -15);
                const double aspect = rectifiedAspect(q, frame);
                QVERIFY2(
                    std::abs(aspect / 1.586 - 1) < 0.03,
                    qPrintable(
                        QStringLiteral("yaw %1 pitch %2 focal %3: %4").arg(yaw).arg(pitch).arg(focal).arg(aspect)));
                QVERIFY(aspectFit(aspect, 1.586) > 0.99);
                const double a = distance(q[0], q[1]) + distance(q[2], q[3]);
                const double b = distance(q[1], q[2]) + distance(q[3], q[0]);
                worstApparent = std::max(worstApparent, std::abs(std::max(a, b) / std::min(a, b) / 1.586 - 1));
            }
        }
    }
    QVERIFY(worstApparent > 0.1);
}

void TestQuadGeometry::otherShapesScoreLow()
{
    // A key block or a sheet seen at the same angles: another shape, scored under a card's (an A4 sheet, 1.41,
    // is close to a passport page's shape, so less far under).
    const cv::Size frame(640, 1138);
    for (const double yaw : {-25.0, 0.0, 25.0}) {
        const auto keys = project(85.6, 72, frame, 900, 200, yaw, 10, 5);
        QVERIFY(aspectFit(rectifiedAspect(keys, frame), 1.586) < 0.75);
        const auto sheet = project(210, 297, frame, 900, 500, yaw, -10, 0);
        QVERIFY(aspectFit(rectifiedAspect(sheet, frame), 1.586) < 0.9);
    }
    // A quad of lines met by chance (a card's side, a desk's lines; seen on a real frame): no rectangle seen
    // through any camera (one corner twice as far as another), whatever its apparent shape.
    const std::array<cv::Point2f, 4> chance{cv::Point2f(448, 437), cv::Point2f(41, 185), cv::Point2f(157, 19),
                                            cv::Point2f(458, 29)};
    QCOMPARE(rectifiedAspect(chance, cv::Size(640, 480)), 0.0);
    QVERIFY(aspectFit(0.0, 1.586) < 0.1);
    // A passport page (ID-3, 125 x 88 mm) is not taken for a card, nor a card for a page, at full marks.
    const auto page = project(125, 88, frame, 900, 300, 20, 0, 0);
    QVERIFY(aspectFit(rectifiedAspect(page, frame), 1.586) < 0.95);
    QVERIFY(aspectFit(rectifiedAspect(page, frame), 125.0 / 88) > 0.99);
}

QTEST_GUILESS_MAIN(TestQuadGeometry)
#include "TestQuadGeometry.moc"
