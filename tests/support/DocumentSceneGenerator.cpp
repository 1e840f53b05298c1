// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSceneGenerator.h"

#include "core/capture/SpecimenRenderer.h"

#include <QPainter>
#include <QRandomGenerator>

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>

namespace passerelle::test {

namespace {

cv::Mat wrap(QImage &image)
{
    return cv::Mat(image.height(), image.width(), CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
}

QImage renderBackground(SceneBackground kind, QSize size, QRandomGenerator &rng)
{
    QImage image(size, QImage::Format_RGB32);
    switch (kind) {
    case SceneBackground::Wood:
        return SpecimenRenderer::renderDesk(size, rng.generate());
    case SceneBackground::Cloth: {
        const QColor base =
            QColor::fromHsv(int(rng.bounded(360)), 60 + int(rng.bounded(120)), 60 + int(rng.bounded(90)));
        const double k = 0.9 + rng.generateDouble() * 0.6;
        for (int y = 0; y < size.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < size.width(); ++x) {
                const double weave =
                    0.85 + 0.15 * std::sin(x * k) * std::sin(y * k) + 0.05 * std::sin(x * 0.01 + y * 0.013);
                line[x] = qRgb(int(base.red() * weave), int(base.green() * weave), int(base.blue() * weave));
            }
        }
        return image;
    }
    case SceneBackground::Paper: {
        const int level = 225 + int(rng.bounded(18));
        image.fill(QColor(level, level, level - 6));
        QPainter p(&image);
        for (int i = 0; i < 300; ++i) {
            p.setPen(QColor(level - 12, level - 12, level - 16));
            const QPointF a(rng.bounded(size.width()), rng.bounded(size.height()));
            p.drawLine(a, a + QPointF(rng.bounded(20) - 10, rng.bounded(20) - 10));
        }
        // Printed lines of the paper under the card.
        for (int y = 40; y < size.height(); y += 28)
            p.fillRect(QRect(60, y, size.width() - 120, 2), QColor(level - 60, level - 60, level - 50));
        return image;
    }
    case SceneBackground::Clutter: {
        image = SpecimenRenderer::renderDesk(size, rng.generate());
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const int objects = 6 + int(rng.bounded(10));
        for (int i = 0; i < objects; ++i) {
            const QColor c = QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(255)), 40 + int(rng.bounded(200)));
            const double w = size.width() * (0.04 + 0.14 * rng.generateDouble());
            const double h = size.height() * (0.04 + 0.2 * rng.generateDouble());
            const QRectF r(rng.bounded(size.width()) - w / 2, rng.bounded(size.height()) - h / 2, w, h);
            switch (rng.bounded(3)) {
            case 0:
                p.fillRect(r, c);
                break;
            case 1:
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                p.drawEllipse(r);
                break;
            default:
                p.setPen(QPen(c, 4 + rng.bounded(8)));
                p.drawLine(r.topLeft(), r.bottomRight());
            }
        }
        return image;
    }
    }
    return image;
}

struct Vec3
{
    double x, y, z;
};

Vec3 rotate(Vec3 v, double rollRad, double tiltRad, double axisRad)
{
    // Tilt about an axis lying in the document plane (Rodrigues), then roll about the optical axis.
    const Vec3 k{std::cos(axisRad), std::sin(axisRad), 0};
    const double c = std::cos(tiltRad), s = std::sin(tiltRad);
    const double dot = k.x * v.x + k.y * v.y;
    const Vec3 cross{k.y * v.z, -k.x * v.z, k.x * v.y - k.y * v.x};
    Vec3 t{v.x * c + cross.x * s + k.x * dot * (1 - c), v.y * c + cross.y * s + k.y * dot * (1 - c),
           v.z * c + cross.z * s};
    return {t.x * std::cos(rollRad) - t.y * std::sin(rollRad), t.x * std::sin(rollRad) + t.y * std::cos(rollRad), t.z};
}

/** Mean of each colour channel over the 3x3 pixels around @p p (clamped to the frame). */
std::array<double, 3> patchMean(const QImage &image, QPointF p)
{
    std::array<double, 3> sum{0, 0, 0};
    const int cx = std::clamp(int(std::lround(p.x())), 1, image.width() - 2);
    const int cy = std::clamp(int(std::lround(p.y())), 1, image.height() - 2);
    for (int y = cy - 1; y <= cy + 1; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = cx - 1; x <= cx + 1; ++x) {
            sum[0] += qRed(line[x]);
            sum[1] += qGreen(line[x]);
            sum[2] += qBlue(line[x]);
        }
    }
    for (double &v : sum)
        v /= 9;
    return sum;
}

/** Scene::outlineVisible: steps looked for @p reach pixels each side of the true outline. */
double outlineVisibleShare(const QImage &image, const QList<QPointF> &corners, double reach)
{
    // The centroid tells inside from outside whatever the corners' orientation.
    QPointF centre;
    for (const QPointF &c : corners)
        centre += c / 4;
    double smallest = 1;
    for (int s = 0; s < 4; ++s) {
        const QPointF a = corners[s], b = corners[(s + 1) % 4];
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        QPointF n(-(b.y() - a.y()) / length, (b.x() - a.x()) / length);
        if (QPointF::dotProduct(n, (a + b) / 2 - centre) < 0)
            n = -n;
        // The ends are left out: the corners are rounded and the next side's step is there.
        const int samples = std::max(20, int(length / 4));
        int stepping = 0;
        for (int k = 0; k < samples; ++k) {
            const QPointF p = a + (b - a) * (0.1 + 0.8 * (k + 0.5) / samples);
            const auto in = patchMean(image, p - n * reach);
            const auto out = patchMean(image, p + n * reach);
            double step = 0;
            for (int c = 0; c < 3; ++c)
                step = std::max(step, std::abs(in[c] - out[c]));
            stepping += step >= kOutlineStep ? 1 : 0;
        }
        smallest = std::min(smallest, double(stepping) / samples);
    }
    return smallest;
}

double polygonArea(const QList<QPointF> &c)
{
    double twice = 0;
    for (int i = 0; i < c.size(); ++i)
        twice += c[i].x() * c[(i + 1) % c.size()].y() - c[(i + 1) % c.size()].x() * c[i].y();
    return std::abs(twice) / 2;
}

} // namespace

QString backgroundCode(SceneBackground background)
{
    switch (background) {
    case SceneBackground::Wood:
        return QStringLiteral("wood");
    case SceneBackground::Cloth:
        return QStringLiteral("cloth");
    case SceneBackground::Paper:
        return QStringLiteral("paper");
    case SceneBackground::Clutter:
        return QStringLiteral("clutter");
    }
    return {};
}

Scene renderScene(const SceneSpec &spec, const QString &category)
{
    QRandomGenerator rng(spec.seed);
    Scene scene;
    scene.spec = spec;
    scene.category = category;
    const QSize size = spec.frameSize;
    const double W = size.width(), H = size.height(), f = W;
    const DocumentGeometry g = documentGeometry(spec.kind);
    const bool portrait = spec.kind == DocumentKind::A4;
    const double wMm = portrait ? g.shortMm : g.longMm, hMm = portrait ? g.longMm : g.shortMm;
    double Z = f * std::sqrt(wMm * hMm / (spec.coverage * W * H));

    const auto project = [&](double dxPx, double dyPx) {
        QList<QPointF> pts;
        const std::array<Vec3, 4> local{Vec3{-wMm / 2, -hMm / 2, 0}, Vec3{wMm / 2, -hMm / 2, 0},
                                        Vec3{wMm / 2, hMm / 2, 0}, Vec3{-wMm / 2, hMm / 2, 0}};
        for (const Vec3 &v : local) {
            const Vec3 r = rotate(v, spec.rollDegrees * M_PI / 180, spec.tiltDegrees * M_PI / 180,
                                  spec.tiltAxisDegrees * M_PI / 180);
            const double z = Z + r.z;
            pts.append(QPointF(W / 2 + dxPx + f * r.x / z, H / 2 + dyPx + f * r.y / z));
        }
        return pts;
    };
    const auto inside = [&](const QPointF &p, double margin) {
        return p.x() >= margin && p.y() >= margin && p.x() <= W - 1 - margin && p.y() <= H - 1 - margin;
    };
    QList<QPointF> corners = project(0, 0);
    if (spec.cutOffCorners == 0) {
        // Wander off centre while every corner stays at least 3 % of the height inside.
        const auto fits = [&](const QList<QPointF> &moved) {
            return std::all_of(moved.begin(), moved.end(), [&](const QPointF &p) { return inside(p, H * 0.03); });
        };
        bool placed = false;
        for (int attempt = 0; attempt < 20 && !placed; ++attempt) {
            const double dx = (rng.generateDouble() - 0.5) * W * 0.5 * (1.0 - attempt / 20.0);
            const double dy = (rng.generateDouble() - 0.5) * H * 0.5 * (1.0 - attempt / 20.0);
            const QList<QPointF> moved = project(dx, dy);
            if (fits(moved)) {
                corners = moved;
                placed = true;
            }
        }
        // Too large for the frame at this pose (a page held upright, a big card turned): moved back until
        // centred with the same margin, so an in-frame document never touches the border (ground truth "ok"
        // must not sit on the cut-off threshold). The coverage drops a little.
        while (!placed) {
            Z *= 1.01;
            corners = project(0, 0);
            placed = fits(corners);
        }
    } else {
        // Push toward a side (two corners out) or a corner (one out) until that many corners leave the frame.
        const int direction = int(rng.bounded(4));
        const double out = 0.06 + 0.1 * rng.generateDouble();
        for (double step = 0; step < 2 * W; step += 2) {
            double dx = 0, dy = 0;
            if (spec.cutOffCorners == 2) {
                dx = direction == 0 ? step : direction == 1 ? -step : 0;
                dy = direction == 2 ? step : direction == 3 ? -step : 0;
            } else {
                dx = (direction & 1) ? step : -step;
                dy = (direction & 2) ? step * H / W : -step * H / W;
            }
            const QList<QPointF> moved = project(dx, dy);
            const double diag = std::hypot(wMm, hMm) * f / Z;
            int outside = 0;
            for (const QPointF &p : moved)
                outside += inside(p, -out * diag) ? 0 : 1;
            if (outside >= spec.cutOffCorners) {
                corners = moved;
                break;
            }
        }
    }
    const double ppm = f / Z;
    scene.pixelsPerMm = ppm;
    scene.corners = corners;
    scene.fullyInFrame = std::all_of(corners.begin(), corners.end(), [&](const QPointF &p) { return inside(p, 0); });
    scene.trueCoverage = polygonArea(corners) / (W * H);

    QImage image = renderBackground(spec.background, size, rng);
    const QImage document = SpecimenRenderer::renderDocument(spec.kind, std::max(3.0, ppm * 1.1), rng.generate());
    {
        // A soft shadow under the document, as under a desk lamp: the document's own shape (a card's
        // corners are rounded), darkening what is under it by a fifth.
        QImage shadow = document.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < shadow.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(shadow.scanLine(y));
            for (int x = 0; x < shadow.width(); ++x)
                line[x] = qRgba(0, 0, 0, qAlpha(line[x]) * 50 / 255);
        }
        SpecimenRenderer::drawDocument(image, shadow, QPolygonF(corners).translated(ppm * 0.8, ppm * 1.0));
    }
    SpecimenRenderer::drawDocument(image, document, QPolygonF(corners));

    cv::Mat mat = wrap(image);
    if (spec.glareRatio > 0) {
        // A burnt-white ellipse whose area is exactly glareRatio of the document, plus a halo.
        const double area = spec.glareRatio * polygonArea(corners);
        const double aspect = 1.3 + rng.generateDouble();
        const double a = std::sqrt(area * aspect / M_PI), b = a / aspect;
        const double u = 0.3 + 0.4 * rng.generateDouble(), v = 0.3 + 0.4 * rng.generateDouble();
        const QPointF top = corners[0] + (corners[1] - corners[0]) * u;
        const QPointF bottom = corners[3] + (corners[2] - corners[3]) * u;
        const QPointF centre = top + (bottom - top) * v;
        const double angle = rng.bounded(180);
        cv::Mat halo(mat.size(), CV_8UC1, cv::Scalar(0));
        cv::ellipse(halo, cv::Point2f(float(centre.x()), float(centre.y())), cv::Size2f(float(a * 2.0), float(b * 2.0)),
                    angle, 0, 360, cv::Scalar(70), -1, cv::LINE_AA);
        cv::GaussianBlur(halo, halo, cv::Size(0, 0), a * 0.5);
        cv::Mat halo4;
        cv::cvtColor(halo, halo4, cv::COLOR_GRAY2BGRA);
        cv::add(mat, halo4, mat);
        cv::ellipse(mat, cv::Point2f(float(centre.x()), float(centre.y())), cv::Size2f(float(a), float(b)), angle, 0,
                    360, cv::Scalar(255, 255, 255, 255), -1, cv::LINE_8);
    }
    if (spec.light != 1.0)
        mat.convertTo(mat, -1, spec.light, 0);
    if (spec.blurSigma > 0) {
        const double sigma = spec.blurSigma * W / 1280.0;
        cv::GaussianBlur(mat, mat, cv::Size(0, 0), sigma);
    }
    if (spec.noiseSigma > 0) {
        cv::RNG cvRng(spec.seed * 7919u + 13u);
        cv::Mat noise(mat.size(), CV_16SC4);
        cvRng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(spec.noiseSigma));
        cv::Mat wide;
        mat.convertTo(wide, CV_16SC4);
        wide += noise;
        wide.convertTo(mat, CV_8UC4);
    }
    // Keep the alpha byte opaque so the image stays a valid RGB32 frame.
    std::vector<cv::Mat> channels;
    cv::split(mat, channels);
    channels[3].setTo(255);
    cv::merge(channels, mat);
    scene.image = image;
    // Just outside the blur's spread, and past the soft shadow on the outer side.
    const double blurPx = spec.blurSigma * W / 1280.0;
    scene.outlineVisible = outlineVisibleShare(image, corners, 3 + 2 * blurPx);

    // Ground truth verdict, in the analyzer's order of priority.
    if (!scene.fullyInFrame)
        scene.expected = CaptureVerdict::CutOff;
    // Too small is what reading needs (pixels per millimetre), never the share of the frame (issue 13).
    else if (ppm < minimumPixelsPerMm(spec.kind))
        scene.expected = CaptureVerdict::TooSmall;
    else if (spec.light < 0.5)
        scene.expected = CaptureVerdict::TooDark;
    else if (spec.light > 1.3)
        scene.expected = CaptureVerdict::TooBright;
    else if (spec.tiltDegrees > 25)
        scene.expected = CaptureVerdict::Tilted;
    else if (spec.glareRatio > 0.015)
        scene.expected = CaptureVerdict::Glare;
    else if (spec.blurSigma >= 2.0)
        scene.expected = CaptureVerdict::Blurry;
    else
        scene.expected = CaptureVerdict::Ok;
    return scene;
}

QImage cardOnDesk(const QImage &side, double dx)
{
    QImage frame = SpecimenRenderer::renderDesk(QSize(1280, 720), 5);
    const double h = 720 * 0.6, w = h * 85.60 / 53.98;
    const QPointF c(640 + dx, 360);
    SpecimenRenderer::drawDocument(frame, side,
                                   QPolygonF{c + QPointF(-w / 2, -h / 2), c + QPointF(w / 2, -h / 2 + 8),
                                             c + QPointF(w / 2, h / 2 + 8), c + QPointF(-w / 2, h / 2)});
    return frame;
}

QList<SceneSpec> standardSceneSpecs(int count, QStringList *categories)
{
    static const QStringList kCategories{QStringLiteral("clean"), QStringLiteral("clean"),   QStringLiteral("blur"),
                                         QStringLiteral("glare"), QStringLiteral("cut_off"), QStringLiteral("exposure"),
                                         QStringLiteral("tilt"),  QStringLiteral("small")};
    QList<SceneSpec> specs;
    for (int i = 0; i < count; ++i) {
        QRandomGenerator rng(20240 + quint32(i));
        SceneSpec s;
        s.seed = 5000 + quint32(i);
        const int k = int(rng.bounded(20));
        s.kind = k < 12 ? DocumentKind::Id1 : k < 17 ? DocumentKind::Id3 : DocumentKind::A4;
        s.frameSize = rng.bounded(4) == 0 ? QSize(1920, 1080) : QSize(1280, 720);
        s.background = SceneBackground(i / 8 % 4);
        // A page is not laid on another sheet of paper: on a bare desk instead.
        if (s.kind == DocumentKind::A4 && s.background == SceneBackground::Paper)
            s.background = SceneBackground::Wood;
        // Cards fill at least 30 % of the frame when in use; an upright A4 page cannot fill much more in 16:9.
        s.coverage = s.kind == DocumentKind::A4 ? 0.3 + 0.05 * rng.generateDouble() : 0.3 + 0.18 * rng.generateDouble();
        s.rollDegrees = (rng.generateDouble() - 0.5) * (s.kind == DocumentKind::A4 ? 10 : 30);
        s.tiltDegrees = rng.generateDouble() * 12;
        s.tiltAxisDegrees = rng.bounded(180);
        s.noiseSigma = 1 + rng.generateDouble() * 3;
        s.blurSigma = rng.generateDouble() * 0.8;
        const QString category = kCategories.at(i % kCategories.size());
        if (category == QLatin1String("blur")) {
            s.blurSigma = 3 + rng.generateDouble() * 3;
        } else if (category == QLatin1String("glare")) {
            s.glareRatio = 0.035 + rng.generateDouble() * 0.06;
        } else if (category == QLatin1String("cut_off")) {
            s.cutOffCorners = 1 + int(rng.bounded(2));
        } else if (category == QLatin1String("exposure")) {
            s.light = (i / 8) % 2 ? 0.2 + rng.generateDouble() * 0.2 : 1.45 + rng.generateDouble() * 0.3;
        } else if (category == QLatin1String("tilt")) {
            s.tiltDegrees = 35 + rng.generateDouble() * 12;
        } else if (category == QLatin1String("small")) {
            s.coverage =
                s.kind == DocumentKind::A4 ? 0.08 + 0.06 * rng.generateDouble() : 0.06 + 0.06 * rng.generateDouble();
        }
        specs.append(s);
        if (categories)
            categories->append(category);
    }
    return specs;
}

} // namespace passerelle::test
