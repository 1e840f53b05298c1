// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/DocumentQuality.h"

#include "core/capture/QuadGeometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace passerelle::capture_detail {

namespace {

/** A pixel at or above this grey level is burnt (the camera's top, with a little room for JPEG). */
constexpr int kBurnt = 250;
/** A block holds print when its darkest pixel lies this far under its paper (its brightest): a letter's
 *  stroke, a line of the photo; the tint patterns of a card's background stay under it. */
constexpr int kPrintContrast = 20;
/** A burnt region is a reflection when the card 2 to 6 mm around it is at least this far under the burnt
 *  level: a highlight stands out of the card; a pale card's paper is burnt with no darker card around. */
constexpr int kAroundDarker = 20;
/** The ring around a burnt region where the card's own level is read, in blocks (about millimetres): past
 *  the highlight's halo, close enough to be the same part of the card. */
constexpr int kRingFrom = 2;
constexpr int kRingTo = 6;
/** How far from print a reflection still hides some, in blocks: along a line, about two characters (a
 *  reflection that stops just after the end of a line has erased its last characters); across, one. */
constexpr int kNearAlong = 3;
constexpr int kNearAcross = 1;
/** A hole in the print: at least this many blocks from print, with print within kHoleSpan blocks on all
 *  four sides (farther than the gaps between words and lines, closer than a blank part of a card). */
constexpr int kHoleFromPrint = 2;
constexpr int kHoleSpan = 12;
constexpr double kHoleSpanShare = 0.4; ///< or this share of the document's short side, when longer

/** The finger's straightened copy: made at kFine px/mm, looked at kCoarse px/mm, with kAroundMm of the
 *  frame around the document. */
constexpr double kFine = 4.0;
constexpr double kCoarse = 2.0;
constexpr double kAroundMm = 5.0;
/** A finger crosses the outline where skin lies kCrossDepthMm inside and outside it, differing by at most
 *  kCrossStep in every channel (no edge: the same skin), along at least kCrossingMm (a fingertip is
 *  15-20 mm wide). */
constexpr double kCrossDepthMm = 2.0;
constexpr int kCrossStep = 24;
constexpr double kCrossingMm = 5.0;
/** The flood over the finger: at most this difference between neighbours (its shading is smooth; its
 *  edge against the card is a step). */
constexpr int kFloodStep = 4;

/** At most this many fingers are flooded (labels of the flood mask). */
constexpr int kMaxFingers = 8;
/** A finger's mean chroma (Cb and Cr) over the inner document and off the document differ by at most this: the
 *  same skin under the same light keeps its chroma, while its brightness changes with shading (a thumb over a
 *  white card is lit by it, the hand off it is in shadow: 43 grey levels apart on a real frame, chroma 4
 *  apart). A card's pale paper that a flood ran onto across a soft edge differs in chroma (15 on a real beige
 *  card). */
constexpr double kSameSkinChroma = 8;

/** Skin in YCbCr: the usual chroma box, which takes in every skin tone under indoor light, bright enough
 *  for its chroma to mean something. */
bool isSkin(const cv::Vec3b &bgr)
{
    const double y = 0.299 * bgr[2] + 0.587 * bgr[1] + 0.114 * bgr[0];
    const double cr = 128 + 0.713 * (bgr[2] - y);
    const double cb = 128 + 0.564 * (bgr[0] - y);
    return y >= 50 && cr >= 136 && cr <= 175 && cb >= 77 && cb <= 127;
}

/** Cb and Cr of a BGR colour (the chroma of isSkin()). */
cv::Vec2d chroma(const cv::Vec3d &bgr)
{
    const double y = 0.299 * bgr[2] + 0.587 * bgr[1] + 0.114 * bgr[0];
    return {128 + 0.564 * (bgr[0] - y), 128 + 0.713 * (bgr[2] - y)};
}

/** Mean colour (grey repeated when @p image has one channel) of the 3x3 pixels around @p p, or -1 outside. */
cv::Vec3f patchMean(const cv::Mat &image, cv::Point2f p)
{
    const int cx = int(std::lround(p.x));
    const int cy = int(std::lround(p.y));
    if (cx < 1 || cy < 1 || cx >= image.cols - 1 || cy >= image.rows - 1)
        return cv::Vec3f(-1, -1, -1);
    cv::Vec3f sum(0, 0, 0);
    for (int y = cy - 1; y <= cy + 1; ++y) {
        for (int x = cx - 1; x <= cx + 1; ++x) {
            if (image.channels() == 1) {
                const float v = image.at<uchar>(y, x);
                sum += cv::Vec3f(v, v, v);
            } else {
                const cv::Vec4b &v = image.at<cv::Vec4b>(y, x);
                sum += cv::Vec3f(v[0], v[1], v[2]);
            }
        }
    }
    return sum / 9.0f;
}

/** Whether skin lies on both sides of the outline with no step between (kCrossStep), along kCrossingMm
 *  of a side: sampled every half millimetre straight in @p bgra, through @p toFrame (document
 *  millimetres to frame pixels), so that a frame with no finger costs a few hundred samples. */
bool fingerCrosses(const cv::Mat &bgra, const cv::Mat &toFrame, double widthMm, double heightMm)
{
    constexpr double kStepMm = 0.5;
    const cv::Point2d corner[4] = {{0, 0}, {widthMm, 0}, {widthMm, heightMm}, {0, heightMm}};
    const cv::Point2d normal[4] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
    const int crossing = int(std::lround(kCrossingMm / kStepMm));
    std::vector<cv::Point2f> mm, px;
    for (int side = 0; side < 4; ++side) {
        const cv::Point2d a = corner[side];
        const cv::Point2d b = corner[(side + 1) % 4];
        const int steps = int(cv::norm(b - a) / kStepMm);
        mm.clear();
        for (int t = 0; t <= steps; ++t) {
            const cv::Point2d p = a + (b - a) * (double(t) / std::max(1, steps));
            mm.emplace_back(p - normal[side] * kCrossDepthMm);
            mm.emplace_back(p + normal[side] * kCrossDepthMm);
        }
        cv::perspectiveTransform(mm, px, toFrame);
        int run = 0;
        for (size_t i = 0; i + 1 < px.size(); i += 2) {
            const cv::Vec3f in = patchMean(bgra, px[i]);
            const cv::Vec3f out = patchMean(bgra, px[i + 1]);
            const cv::Vec3f d = in - out;
            const bool crossed = in[0] >= 0 && out[0] >= 0 &&
                                 std::max({std::abs(d[0]), std::abs(d[1]), std::abs(d[2])}) <= kCrossStep &&
                                 isSkin(cv::Vec3b(in)) && isSkin(cv::Vec3b(out));
            run = crossed ? run + 1 : 0;
            if (run >= crossing)
                return true;
        }
    }
    return false;
}

} // namespace

double GlareMeter::onPrint(const cv::Mat &document, double pxPerMm)
{
    m_burntShare = 0;
    m_hiddenMm2 = 0;
    const int s = std::max(1, int(std::lround(pxPerMm)));
    const int gw = document.cols / s;
    const int gh = document.rows / s;
    if (gw < 4 || gh < 4)
        return 0;
    m_paper.create(gh, gw, CV_8U);
    m_darkest.create(gh, gw, CV_8U);
    m_burnt.create(gh, gw, CV_8U);
    std::vector<int> burntCount(size_t(gw), 0);
    for (int by = 0; by < gh; ++by) {
        uchar *paper = m_paper.ptr<uchar>(by);
        uchar *darkest = m_darkest.ptr<uchar>(by);
        std::fill(paper, paper + gw, uchar(0));
        std::fill(darkest, darkest + gw, uchar(255));
        std::fill(burntCount.begin(), burntCount.end(), 0);
        for (int dy = 0; dy < s; ++dy) {
            const uchar *row = document.ptr<uchar>(by * s + dy);
            for (int bx = 0; bx < gw; ++bx) {
                const uchar *p = row + bx * s;
                for (int dx = 0; dx < s; ++dx) {
                    paper[bx] = std::max(paper[bx], p[dx]);
                    darkest[bx] = std::min(darkest[bx], p[dx]);
                    burntCount[size_t(bx)] += p[dx] >= kBurnt ? 1 : 0;
                }
            }
        }
        uchar *burnt = m_burnt.ptr<uchar>(by);
        for (int bx = 0; bx < gw; ++bx)
            burnt[bx] = 2 * burntCount[size_t(bx)] > s * s ? 255 : 0;
    }
    const int blocks = gw * gh;
    m_burntShare = double(cv::countNonZero(m_burnt)) / blocks;
    if (m_burntShare == 0)
        return 0;
    // Print: a block whose darkest pixel lies well under the paper around it (the brightest of its
    // neighbours: a block inside a letter or the photo has no paper of its own).
    cv::dilate(m_paper, m_wide, cv::Mat());
    cv::compare(m_wide - m_darkest, kPrintContrast, m_print, cv::CMP_GE);
    cv::dilate(m_print, m_near, cv::getStructuringElement(cv::MORPH_RECT, {2 * kNearAlong + 1, 2 * kNearAcross + 1}));
    // The card's own level: the median paper of the blocks neither burnt nor holding print.
    std::vector<int> histogram(256, 0);
    int plain = 0;
    for (int y = 0; y < gh; ++y) {
        const uchar *paper = m_paper.ptr<uchar>(y);
        const uchar *burnt = m_burnt.ptr<uchar>(y);
        const uchar *print = m_print.ptr<uchar>(y);
        for (int x = 0; x < gw; ++x) {
            if (!burnt[x] && !print[x]) {
                ++histogram[paper[x]];
                ++plain;
            }
        }
    }
    int cardLevel = 255;
    for (int v = 0, seen = 0; v < 256; ++v) {
        seen += histogram[size_t(v)];
        if (2 * seen >= plain && plain > 0) {
            cardLevel = v;
            break;
        }
    }
    // A hole burnt in the print: a burnt block at least kHoleFromPrint blocks from any print, with print
    // within kHoleSpan on its left, its right, above and below (text all around: a reflection has erased
    // what was there). A pale card's blank parts run to the card's edge on some side.
    cv::dilate(m_print, m_close,
               cv::getStructuringElement(cv::MORPH_RECT, {2 * kHoleFromPrint + 1, 2 * kHoleFromPrint + 1}));
    m_hole.create(gh, gw, CV_8U);
    const int span = std::max(kHoleSpan, int(kHoleSpanShare * std::min(gw, gh)));
    for (int y = 0; y < gh; ++y) {
        const uchar *burnt = m_burnt.ptr<uchar>(y);
        const uchar *close = m_close.ptr<uchar>(y);
        uchar *hole = m_hole.ptr<uchar>(y);
        for (int x = 0; x < gw; ++x) {
            hole[x] = 0;
            if (!burnt[x] || close[x])
                continue;
            const auto printAt = [&](int dx, int dy) {
                for (int k = 1; k <= span; ++k) {
                    const int px = x + k * dx, py = y + k * dy;
                    if (px < 0 || py < 0 || px >= gw || py >= gh)
                        return false;
                    if (m_print.at<uchar>(py, px))
                        return true;
                }
                return false;
            };
            hole[x] = printAt(-1, 0) && printAt(1, 0) && printAt(0, -1) && printAt(0, 1) ? 255 : 0;
        }
    }
    const int n = cv::connectedComponentsWithStats(m_burnt, m_labels, m_stats, m_centroids, 8, CV_32S);
    const cv::Mat wideKernel = cv::getStructuringElement(cv::MORPH_RECT, {2 * kRingTo + 1, 2 * kRingTo + 1});
    const cv::Mat closeKernel = cv::getStructuringElement(cv::MORPH_RECT, {2 * kRingFrom + 1, 2 * kRingFrom + 1});
    std::vector<uchar> ring;
    int hidden = 0;
    for (int i = 1; i < n; ++i) {
        const int area = m_stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < 2)
            continue;
        const cv::Rect box =
            cv::Rect(m_stats.at<int>(i, cv::CC_STAT_LEFT) - kRingTo, m_stats.at<int>(i, cv::CC_STAT_TOP) - kRingTo,
                     m_stats.at<int>(i, cv::CC_STAT_WIDTH) + 2 * kRingTo,
                     m_stats.at<int>(i, cv::CC_STAT_HEIGHT) + 2 * kRingTo) &
            cv::Rect(0, 0, gw, gh);
        cv::compare(m_labels(box), i, m_component, cv::CMP_EQ);
        cv::dilate(m_component, m_wide, wideKernel);
        cv::dilate(m_component, m_close, closeKernel);
        ring.clear();
        int holes = 0;
        int nearOrHole = 0;
        for (int y = 0; y < box.height; ++y) {
            const uchar *wide = m_wide.ptr<uchar>(y);
            const uchar *close = m_close.ptr<uchar>(y);
            const uchar *component = m_component.ptr<uchar>(y);
            const uchar *burnt = m_burnt.ptr<uchar>(box.y + y) + box.x;
            const uchar *paper = m_paper.ptr<uchar>(box.y + y) + box.x;
            const uchar *nearPrint = m_near.ptr<uchar>(box.y + y) + box.x;
            const uchar *print = m_print.ptr<uchar>(box.y + y) + box.x;
            const uchar *hole = m_hole.ptr<uchar>(box.y + y) + box.x;
            for (int x = 0; x < box.width; ++x) {
                if (wide[x] && !close[x] && !burnt[x] && !print[x])
                    ring.push_back(paper[x]);
                if (component[x] && hole[x])
                    ++holes;
                if (component[x] && (hole[x] || nearPrint[x]))
                    ++nearOrHole;
            }
        }
        // The card's level around the region: the lower of its ring's and the card's own (a highlight's
        // halo can lift its ring). Where print fills the ring, the card's own, unless hardly any plain card
        // is left unburnt: then the card is burnt all over (its own white), not lit by a highlight.
        int around = cardLevel;
        if (ring.size() > size_t(area) / 4) {
            auto middle = ring.begin() + ptrdiff_t(ring.size() / 2);
            std::nth_element(ring.begin(), middle, ring.end());
            around = std::min(around, int(*middle));
        } else if (plain < blocks / 10) {
            around = 255;
        }
        // A highlight hides the print it lies on and next to; any burnt region hides what was in a hole
        // of the print.
        hidden += around <= kBurnt - kAroundDarker ? nearOrHole : holes;
    }
    const double blockMm = double(s) / pxPerMm;
    m_hiddenMm2 = hidden * blockMm * blockMm;
    return double(hidden) / blocks;
}

double CoverMeter::coveredShare(const cv::Mat &bgra, const std::array<cv::Point2f, 4> &corners, double widthMm,
                                double heightMm, double margin)
{
    if (bgra.empty() || bgra.type() != CV_8UC4)
        return 0;
    const cv::Point2f mm[4] = {{0, 0}, {float(widthMm), 0}, {float(widthMm), float(heightMm)}, {0, float(heightMm)}};
    if (!fingerCrosses(bgra, cv::getPerspectiveTransform(mm, corners.data()), widthMm, heightMm))
        return 0;
    // Straightened at 4 px/mm, then averaged down to 2 px/mm (plenty for a thumb, and the average keeps a
    // frame's noise from breaking up its smooth skin), with kAroundMm of the frame around the document.
    const float o = float(kAroundMm * kFine);
    const float w = float(widthMm * kFine);
    const float h = float(heightMm * kFine);
    const cv::Point2f to[4] = {{o, o}, {o + w, o}, {o + w, o + h}, {o, o + h}};
    const cv::Mat H = cv::getPerspectiveTransform(corners.data(), to);
    cv::warpPerspective(bgra, m_fine, H, cv::Size(int(std::lround(w + 2 * o)), int(std::lround(h + 2 * o))),
                        cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    cv::resize(m_fine, m_fine, cv::Size(), kCoarse / kFine, kCoarse / kFine, cv::INTER_AREA);
    cv::cvtColor(m_fine, m_colour, cv::COLOR_BGRA2BGR);
    const cv::Size size = m_colour.size();
    const double k = kCoarse;
    const cv::Rect document{int(std::lround(kAroundMm * k)), int(std::lround(kAroundMm * k)),
                            int(std::lround(widthMm * k)), int(std::lround(heightMm * k))};
    const int mx = int(document.width * margin);
    const int my = int(document.height * margin);
    const cv::Rect inner(document.x + mx, document.y + my, document.width - 2 * mx, document.height - 2 * my);
    m_mask.create(size.height + 2, size.width + 2, CV_8U);
    m_mask.setTo(0);
    // Walk the outline; where skin lies on both sides of it with no step between (a finger crossing the
    // card's edge) for at least kCrossingMm, flood the finger from inside, over its smooth skin, up to its
    // own edge.
    const cv::Point corner[4] = {document.tl(),
                                 {document.br().x - 1, document.y},
                                 document.br() - cv::Point(1, 1),
                                 {document.x, document.br().y - 1}};
    int fingers = 0;
    const int depth = int(std::lround(kCrossDepthMm * k));
    const int crossing = int(std::lround(kCrossingMm * k));
    for (int side = 0; side < 4; ++side) {
        const cv::Point a = corner[side];
        const cv::Point b = corner[(side + 1) % 4];
        const int length = std::max(std::abs(b.x - a.x), std::abs(b.y - a.y));
        // Outward normal of a clockwise rectangle side.
        const cv::Point n = side == 0   ? cv::Point(0, -1)
                            : side == 1 ? cv::Point(1, 0)
                            : side == 2 ? cv::Point(0, 1)
                                        : cv::Point(-1, 0);
        int run = 0;
        for (int t = 0; t <= length; ++t) {
            const cv::Point p = a + (b - a) * t / std::max(1, length);
            const cv::Point in = p - n * depth;
            const cv::Point out = p + n * depth;
            bool crossed = false;
            if (cv::Rect(0, 0, size.width, size.height).contains(out)) {
                const cv::Vec3b ci = m_colour.at<cv::Vec3b>(in);
                const cv::Vec3b co = m_colour.at<cv::Vec3b>(out);
                const int step = std::max({std::abs(ci[0] - co[0]), std::abs(ci[1] - co[1]), std::abs(ci[2] - co[2])});
                crossed = step <= kCrossStep && isSkin(ci) && isSkin(co);
            }
            run = crossed ? run + 1 : 0;
            if (run >= crossing) {
                const cv::Point seed = (p - (b - a) * (crossing / 2) / std::max(1, length)) - n * depth;
                // Each finger flooded with its own label (1, 2...), so that each is checked on its own below.
                if (!m_mask.at<uchar>(seed + cv::Point(1, 1)) && fingers < kMaxFingers)
                    cv::floodFill(m_colour, m_mask, seed, cv::Scalar(), nullptr, cv::Scalar::all(kFloodStep),
                                  cv::Scalar::all(kFloodStep), 8 | cv::FLOODFILL_MASK_ONLY | (++fingers << 8));
            }
        }
    }
    // A finger is the same skin over the document as off it (the same chroma; its brightness may change with
    // the light). A flood that crossed a soft edge into a part of the card as pale as skin (a beige or pink card
    // next to the hand holding it) goes on over the card's own paper, whose hue is not the hand's: over the
    // document, it is not a finger.
    std::array<cv::Vec3d, kMaxFingers + 1> on{}, off{};
    std::array<int, kMaxFingers + 1> onCount{}, offCount{};
    for (int y = 0; y < size.height; ++y) {
        const uchar *mask = m_mask.ptr<uchar>(y + 1) + 1;
        const cv::Vec3b *colour = m_colour.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size.width; ++x) {
            if (!mask[x] || !isSkin(colour[x]))
                continue;
            const bool over = inner.contains({x, y});
            if (!over && document.contains({x, y}))
                continue; // the margin: either
            (over ? on : off)[mask[x]] += cv::Vec3d(colour[x][0], colour[x][1], colour[x][2]);
            ++(over ? onCount : offCount)[mask[x]];
        }
    }
    int covered = 0;
    for (int i = 1; i <= fingers; ++i) {
        if (onCount[size_t(i)] == 0 || offCount[size_t(i)] == 0)
            continue;
        const cv::Vec2d d = chroma(on[size_t(i)] / onCount[size_t(i)]) - chroma(off[size_t(i)] / offCount[size_t(i)]);
        if (std::max(std::abs(d[0]), std::abs(d[1])) <= kSameSkinChroma)
            covered += onCount[size_t(i)];
    }
    return double(covered) / std::max(1, inner.area());
}

/**
 * How close what lies just outside the closest side of @p corners is to the document's own surface: over
 * the middle 70 % of each side, the median of the largest colour difference between a point just outside
 * it and the median colour just inside the outline, all sides together. A document lies on something
 * else (a desk, a hand, a sheet): every side differs. A quad that is only a part of a larger object (the
 * photo column of a card whose text runs on beyond it) has the same card just outside one side.
 */
double closestOutside(const cv::Mat &image, const std::array<cv::Point2f, 4> &corners)
{
    const double shortSide = std::min(distance(corners[0], corners[1]), distance(corners[1], corners[2]));
    const float offset = float(std::max(3.0, 0.03 * shortSide));
    constexpr int kSamples = 24;
    std::array<std::vector<cv::Vec3f>, 4> outside;
    std::array<std::vector<float>, 3> inside;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = corners[size_t(i)];
        const cv::Point2f b = corners[size_t((i + 1) % 4)];
        const cv::Point2f n = outward(corners, a, b);
        for (int k = 0; k < kSamples; ++k) {
            const cv::Point2f p = a + (b - a) * float(0.15 + 0.7 * k / (kSamples - 1));
            const cv::Vec3f in = patchMean(image, p - n * offset);
            const cv::Vec3f out = patchMean(image, p + n * offset);
            if (in[0] >= 0)
                for (int c = 0; c < 3; ++c)
                    inside[size_t(c)].push_back(in[c]);
            if (out[0] >= 0)
                outside[size_t(i)].push_back(out);
        }
    }
    if (inside[0].empty())
        return 1e9;
    cv::Vec3f surface;
    for (int c = 0; c < 3; ++c) {
        auto &values = inside[size_t(c)];
        auto middle = values.begin() + ptrdiff_t(values.size() / 2);
        std::nth_element(values.begin(), middle, values.end());
        surface[c] = *middle;
    }
    double closest = 1e9;
    std::vector<float> differences;
    for (const auto &side : outside) {
        if (side.size() < kSamples / 2)
            continue; // a side along the frame border says nothing
        differences.clear();
        for (const cv::Vec3f &out : side) {
            const cv::Vec3f d = out - surface;
            differences.push_back(std::max({std::abs(d[0]), std::abs(d[1]), std::abs(d[2])}));
        }
        auto middle = differences.begin() + ptrdiff_t(differences.size() / 2);
        std::nth_element(differences.begin(), middle, differences.end());
        closest = std::min(closest, double(*middle));
    }
    return closest;
}

} // namespace passerelle::capture_detail
