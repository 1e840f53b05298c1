// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureAnalyzer.h"

#include "core/capture/DocumentQuality.h"
#include "core/capture/QuadDetector.h"
#include "core/capture/QuadGeometry.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace passerelle {

using namespace capture_detail;

namespace {

constexpr int kSaturated = 250;
/** Under this difference (grey levels, strongest channel) what lies outside a side of the outline is the
 *  document's own surface: that side is not the document's edge (closestOutside, DocumentQuality). */
constexpr double kSameSurface = 8;
/** A quad whose aspect, perspective undone, is this many times the document's (or its inverse) is another shape. */
constexpr double kOtherShape = 1.1;

/**
 * Angle between the document plane and the image plane, from the homography of the known rectangle
 * to the outline, assuming a webcam's focal length of about the frame width (60 degree field of view).
 */
double perspectiveDegrees(const std::array<cv::Point2f, 4> &corners, double longMm, double shortMm, bool portrait,
                          cv::Size frame)
{
    const float w = float(portrait ? shortMm : longMm);
    const float h = float(portrait ? longMm : shortMm);
    const cv::Point2f src[4] = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    const cv::Mat H = cv::getPerspectiveTransform(src, corners.data());
    const double f = frame.width;
    const double cx = frame.width / 2.0;
    const double cy = frame.height / 2.0;
    cv::Vec3d r1((H.at<double>(0, 0) - cx * H.at<double>(2, 0)) / f, (H.at<double>(1, 0) - cy * H.at<double>(2, 0)) / f,
                 H.at<double>(2, 0));
    cv::Vec3d r2((H.at<double>(0, 1) - cx * H.at<double>(2, 1)) / f, (H.at<double>(1, 1) - cy * H.at<double>(2, 1)) / f,
                 H.at<double>(2, 1));
    const cv::Vec3d n = cv::normalize(r1.cross(r2));
    return std::acos(std::min(1.0, std::abs(n[2]))) * 180.0 / M_PI;
}

/**
 * Whether @p corners (clockwise) are the outline of something else than a document of @p aspect (long over
 * short side): over kOtherShape apart once the perspective is undone. A whole document's outline comes within
 * 3 % (QuadGeometry's rectifiedAspect, on the real frames); the small documents of the generated scenes within
 * 6 %. False when the outline is no rectangle seen through a camera (nothing to compare).
 */
bool notTheShapeOf(const std::array<cv::Point2f, 4> &corners, double aspect, cv::Size frame)
{
    const double seen = rectifiedAspect(corners, frame);
    return seen > 0 && std::abs(std::log(seen / aspect)) > std::log(kOtherShape);
}

double quadArea(const std::array<cv::Point2f, 4> &c)
{
    double twice = 0;
    for (int i = 0; i < 4; ++i)
        twice += double(c[i].x) * c[(i + 1) % 4].y - double(c[(i + 1) % 4].x) * c[i].y;
    return std::abs(twice) / 2.0;
}

/**
 * How steep the document's strongest edges are for their contrast, whatever that contrast: the energy of
 * the Laplacian over the energy of the gradient, on the pixels at and around the strong edges only (a
 * blurred step of width sigma gives 1 / (2 sigma^2) in the continuous case, whatever its height, and sensor
 * noise on flat parts, whose ratio is far higher, is left out). Scaled by 10,000.
 */
double edgeSharpness(const cv::Mat &gradX, const cv::Mat &gradY, const cv::Mat &laplacian)
{
    double strongest = 0;
    for (int y = 0; y < gradX.rows; ++y) {
        const float *gx = gradX.ptr<float>(y);
        const float *gy = gradY.ptr<float>(y);
        for (int x = 0; x < gradX.cols; ++x)
            strongest = std::max(strongest, double(gx[x] * gx[x] + gy[x] * gy[x]));
    }
    // Where the gradient reaches a fifth of the strongest squared (45 % of its size): the flanks of a
    // blurred edge, where its Laplacian peaks, are in; flat paper and its noise are out.
    // And at least the slope of a faint print's edge (10 grey levels over 2.5 pixels: 32 in Sobel units),
    // above a webcam's noise: a document blurred flat is not judged on its noise.
    const double floor = std::max(0.2 * strongest, 32.0 * 32.0);
    double gradient = 0;
    double curvature = 0;
    for (int y = 0; y < gradX.rows; ++y) {
        const float *gx = gradX.ptr<float>(y);
        const float *gy = gradY.ptr<float>(y);
        const short *lap = laplacian.ptr<short>(y);
        for (int x = 0; x < gradX.cols; ++x) {
            const double g = double(gx[x] * gx[x] + gy[x] * gy[x]);
            if (g >= floor) {
                gradient += g;
                curvature += double(lap[x]) * lap[x];
            }
        }
    }
    return 10000.0 * curvature / std::max(1.0, gradient);
}

} // namespace

struct CaptureAnalyzer::Buffers
{
    QuadDetector detector;
    GlareMeter glare;
    CoverMeter cover;
    cv::Mat gray;
    cv::Mat colour; ///< the frame being analysed, when it is 32-bit colour
    cv::Mat shrunk;
    cv::Mat rectified;
    cv::Mat smoothed;
    cv::Mat laplacian;
    cv::Mat gradX, gradY;
};

CaptureAnalyzer::CaptureAnalyzer(CaptureThresholds thresholds)
    : m_thresholds(thresholds)
    , m_buffers(std::make_unique<Buffers>())
{}

CaptureAnalyzer::~CaptureAnalyzer() = default;

CaptureAnalysis CaptureAnalyzer::analyze(const QImage &frame, DocumentKind kind)
{
    CaptureAnalysis result;
    result.kind = kind;
    result.frameSize = frame.size();
    if (frame.isNull())
        return result;
    Buffers &b = *m_buffers;
    toGray(frame, b.gray);
    const DocumentGeometry geometry = documentGeometry(kind);
    const bool bgra = Q_BYTE_ORDER == Q_LITTLE_ENDIAN &&
                      (frame.format() == QImage::Format_RGB32 || frame.format() == QImage::Format_ARGB32 ||
                       frame.format() == QImage::Format_ARGB32_Premultiplied);
    b.colour = bgra ? wrap(frame) : cv::Mat();
    const auto quad = b.detector.detect(b.gray, b.colour, geometry.aspect());
    if (!quad) {
        // No outline, but a frame burnt white or nearly black says why better than "put the card in".
        const double mean = cv::mean(b.gray)[0];
        if (double(cv::countNonZero(b.gray >= kSaturated)) > 0.5 * double(b.gray.total()))
            result.verdict = CaptureVerdict::TooBright;
        else if (mean < 0.5 * m_thresholds.minBrightness)
            result.verdict = CaptureVerdict::TooDark;
        result.brightness = mean;
        return result;
    }
    if (quad->cutOff) {
        result.cutOff = true;
        result.coverage = quad->area / double(b.gray.total());
        result.verdict = CaptureVerdict::CutOff;
        return result;
    }
    measure(*quad, result);
    if (result.sharpness < m_thresholds.minSharpness) {
        // Blurred: the 640-wide look may have settled on an inner band whose edge stayed sharp enough,
        // while the document's own outline only shows at half that width. Only on blurred frames, which
        // are not captured anyway, so the guidance and the outline follow the whole document.
        if (const auto wider = b.detector.widen(b.gray, bgra, geometry.aspect(), *quad)) {
            CaptureAnalysis again;
            again.kind = kind;
            again.frameSize = frame.size();
            measure(*wider, again);
            result = again;
        }
    }
    return result;
}

void CaptureAnalyzer::measure(const capture_detail::DetectedQuad &quad, CaptureAnalysis &result)
{
    Buffers &b = *m_buffers;
    const DocumentKind kind = result.kind;
    const DocumentGeometry geometry = documentGeometry(kind);
    // A page is photographed upright; cards and passports lie landscape.
    const bool portrait = kind == DocumentKind::A4;
    const auto corners = orderCorners(quad.corners, portrait);
    result.documentFound = true;
    for (const auto &p : corners)
        result.corners.append(QPointF(p.x, p.y));
    const cv::Size size = b.gray.size();
    result.coverage = quadArea(corners) / double(size.area());
    // The corners are where the straight sides meet, just outside a card's rounded corners: one on the
    // border, or a pixel or two past it, leaves the document whole in the picture (QuadDetector).
    const double outside = kCornerOutside * std::min(size.width, size.height);
    for (const auto &p : corners) {
        if (p.x < -outside || p.y < -outside || p.x > size.width - 1 + outside || p.y > size.height - 1 + outside)
            result.cutOff = true;
    }
    const double longPx = std::max(distance(corners[0], corners[1]), distance(corners[2], corners[3]));
    const double shortPx = std::max(distance(corners[1], corners[2]), distance(corners[3], corners[0]));
    result.pixelsPerMm = portrait ? (longPx / geometry.shortMm + shortPx / geometry.longMm) / 2
                                  : (longPx / geometry.longMm + shortPx / geometry.shortMm) / 2;
    result.perspectiveDegrees = perspectiveDegrees(corners, geometry.longMm, geometry.shortMm, portrait, size);

    // The document is measured at one resolution in pixels per millimetre whatever the camera, so that
    // "blurred" means a blur as wide on the document (in millimetres, against the size of its print) at
    // 640x480 as at 1080p: the least resolution a readable document has (minimumPixelsPerMm), or its own
    // when it has less. Never upsampled (an upsampled document looks blurred), and shrunk by area first
    // when it has more (a perspective warp straight from a much larger picture would alias).
    const double measurePpm = std::min(result.pixelsPerMm, minimumPixelsPerMm(kind));
    const double shrink = measurePpm / std::max(1e-6, result.pixelsPerMm);
    std::array<cv::Point2f, 4> from = corners;
    const cv::Mat *source = &b.gray;
    if (shrink < 0.8) {
        const cv::Rect box = cv::boundingRect(std::vector<cv::Point2f>(corners.begin(), corners.end())) &
                             cv::Rect(0, 0, size.width, size.height);
        cv::resize(b.gray(box), b.shrunk, cv::Size(), shrink, shrink, cv::INTER_AREA);
        for (auto &p : from)
            p = (p - cv::Point2f(box.tl())) * float(shrink);
        source = &b.shrunk;
    }
    const int longSide = std::max(16, int(std::lround(geometry.longMm * measurePpm)));
    const int shortSide = std::max(10, int(std::lround(geometry.shortMm * measurePpm)));
    const cv::Size target = portrait ? cv::Size(shortSide, longSide) : cv::Size(longSide, shortSide);
    // Only the inner part is measured, so only it is warped (the map shifted by the margins: the same
    // pixels), with one more pixel around it for the smoothing below, which reads its neighbours.
    const int mx = int(target.width * m_thresholds.borderMargin);
    const int my = int(target.height * m_thresholds.borderMargin);
    const int pad = mx >= 1 && my >= 1 ? 1 : 0;
    const float ox = float(mx - pad);
    const float oy = float(my - pad);
    const cv::Point2f dst[4] = {{-ox, -oy},
                                {float(target.width) - ox, -oy},
                                {float(target.width) - ox, float(target.height) - oy},
                                {-ox, float(target.height) - oy}};
    const cv::Mat H = cv::getPerspectiveTransform(from.data(), dst);
    cv::warpPerspective(*source, b.rectified, H,
                        cv::Size(target.width - 2 * mx + 2 * pad, target.height - 2 * my + 2 * pad), cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    const cv::Mat inner = b.rectified(cv::Rect(pad, pad, target.width - 2 * mx, target.height - 2 * my));
    result.brightness = cv::mean(inner)[0];
    result.clippedRatio = double(cv::countNonZero(inner >= kSaturated)) / double(inner.total());
    // Sharpness: how steep the strongest edges are for their own height, so a pale, low-contrast card
    // is judged on the width of its edges like a contrasted one; a light smoothing first keeps sensor
    // noise from passing for detail.
    cv::GaussianBlur(inner, b.smoothed, cv::Size(3, 3), 0.8);
    // Glare: a reflection (a burnt region brighter than the card around it) that lies on print, on the
    // smoothed copy so that one noisy pixel neither burns nor darkens a block (DocumentQuality). The margin
    // (borderMargin of each side) is not measured: it holds no personal field.
    if (result.clippedRatio > 0) {
        result.glareRatio = b.glare.onPrint(b.smoothed, measurePpm);
        result.glareMm2 = b.glare.hiddenMm2();
    }
    result.coveredRatio =
        b.cover.coveredShare(b.colour, corners, portrait ? geometry.shortMm : geometry.longMm,
                             portrait ? geometry.longMm : geometry.shortMm, m_thresholds.borderMargin);
    cv::Laplacian(b.smoothed, b.laplacian, CV_16S, 1);
    cv::Sobel(b.smoothed, b.gradX, CV_32F, 1, 0, 3);
    cv::Sobel(b.smoothed, b.gradY, CV_32F, 0, 1, 3);
    result.sharpness = edgeSharpness(b.gradX, b.gradY, b.laplacian);

    const CaptureThresholds &t = m_thresholds;
    if (result.cutOff)
        result.verdict = CaptureVerdict::CutOff;
    else if (result.coveredRatio > t.maxCoveredRatio)
        result.verdict = CaptureVerdict::Covered;
    else if (result.pixelsPerMm < minimumPixelsPerMm(kind))
        // Too few pixels for the document found, unless what was found is only a part of a larger object: the
        // same card just outside one side (the photo column of a card whose other half runs out of the
        // picture), or not the document's shape once its perspective is undone (a card's photo or text block).
        // The document, larger, was not found whole: part of it is outside the picture.
        result.verdict = closestOutside(b.colour.empty() ? b.gray : b.colour, corners) < kSameSurface ||
                                 notTheShapeOf(corners, geometry.aspect(), size)
                             ? CaptureVerdict::CutOff
                             : CaptureVerdict::TooSmall;
    else if (result.brightness < t.minBrightness)
        result.verdict = CaptureVerdict::TooDark;
    else if (result.brightness > t.maxBrightness || result.clippedRatio > t.maxClippedRatio)
        result.verdict = CaptureVerdict::TooBright;
    else if (result.perspectiveDegrees > t.maxPerspectiveDegrees)
        result.verdict = CaptureVerdict::Tilted;
    else if (result.glareMm2 > t.maxGlareMm2)
        result.verdict = CaptureVerdict::Glare;
    else if (result.sharpness < t.minSharpness)
        result.verdict = CaptureVerdict::Blurry;
    else
        result.verdict = CaptureVerdict::Ok;
}

} // namespace passerelle
