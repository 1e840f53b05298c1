// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli analyze and rectify, run as child processes on generated specimen scenes (no real
// document): the JSON fields, corners against the ground truth, the rectified JPEG, exit codes 2
// (bad input: one line on stderr, nothing on stdout) and 3 (no document).
#include "DocumentSceneGenerator.h"
#include "TestSupport.h"

#include "core/capture/SpecimenRenderer.h"

#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace passerelle;
using namespace passerelle::test;

namespace {

ProcessResult cli(const QStringList &arguments)
{
    return runProcess(builtExecutable(QStringLiteral("passerelle-cli")), arguments);
}

Scene cleanCard()
{
    SceneSpec spec;
    spec.seed = 4242;
    spec.kind = DocumentKind::Id1;
    spec.background = SceneBackground::Wood;
    spec.coverage = 0.4;
    spec.rollDegrees = 8;
    spec.tiltDegrees = 6;
    spec.tiltAxisDegrees = 30;
    spec.noiseSigma = 2;
    return renderScene(spec, QStringLiteral("clean"));
}

int stderrLines(const ProcessResult &result)
{
    return int(result.err.trimmed().split('\n').size());
}

} // namespace

class TestCaptureCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void analyzeFindsTheCard();
    void analyzeSaysWhenThereIsNoDocument();
    void analyzeBlurredIsNotOk();
    void rectifyWritesTheStraightenedCard();
    void rectifyWithoutDocumentExits3();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    Scene m_scene;
    QString m_card;
    QString m_desk;
    QString m_blurred;
};

void TestCaptureCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Synthetic specimens only; the temporary folder goes away with the test.
    m_scene = cleanCard();
    m_card = m_dir.filePath(QStringLiteral("card.png"));
    QVERIFY(m_scene.image.save(m_card));
    m_desk = m_dir.filePath(QStringLiteral("desk.jpg"));
    QVERIFY(SpecimenRenderer::renderDesk(QSize(1280, 720), 3).save(m_desk, "JPEG", 90));
    SceneSpec blurred = m_scene.spec;
    blurred.blurSigma = 4;
    m_blurred = m_dir.filePath(QStringLiteral("blurred.png"));
    QVERIFY(renderScene(blurred).image.save(m_blurred));
    QFile text(m_dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not an image\n");
}

void TestCaptureCommands::analyzeFindsTheCard()
{
    QCOMPARE(m_scene.expected, CaptureVerdict::Ok);
    const ProcessResult r = cli(
        {QStringLiteral("analyze"), m_card, QStringLiteral("--kind"), QStringLiteral("id1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"document_found", "kind", "corners", "blur", "brightness", "glare_ratio", "glare_mm2",
                            "covered_ratio", "pixels_per_mm", "verdict", "message"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("document_found")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("id1"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("C’est bon. La carte est prête."));
    QVERIFY(json.value(QStringLiteral("pixels_per_mm")).toDouble() > 5);
    QVERIFY(json.value(QStringLiteral("glare_ratio")).toDouble() < 0.01);
    QVERIFY(json.value(QStringLiteral("covered_ratio")).toDouble() < 0.01);

    // Clockwise from the top-left, each within 1 % of the diagonal of the true corner.
    const QJsonArray corners = json.value(QStringLiteral("corners")).toArray();
    QCOMPARE(corners.size(), 4);
    const QList<QPointF> &truth = m_scene.corners;
    const double diagonal = std::hypot(truth[2].x() - truth[0].x(), truth[2].y() - truth[0].y());
    for (int i = 0; i < 4; ++i) {
        const QJsonArray p = corners.at(i).toArray();
        QCOMPARE(p.size(), 2);
        const double error = std::hypot(p.at(0).toDouble() - truth[i].x(), p.at(1).toDouble() - truth[i].y());
        QVERIFY2(error < 0.01 * diagonal, qPrintable(QStringLiteral("corner %1 off by %2 px").arg(i).arg(error)));
    }
}

void TestCaptureCommands::analyzeSaysWhenThereIsNoDocument()
{
    const ProcessResult r = cli({QStringLiteral("analyze"), m_desk, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("document_found")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("corners")).isNull());
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("not_found"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("Mets la carte dans le cadre."));
}

void TestCaptureCommands::analyzeBlurredIsNotOk()
{
    const ProcessResult r = cli({QStringLiteral("analyze"), m_blurred, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("document_found")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("blurry"));
}

void TestCaptureCommands::rectifyWritesTheStraightenedCard()
{
    const QString out = m_dir.filePath(QStringLiteral("card-out.jpg"));
    const ProcessResult r =
        cli({QStringLiteral("rectify"), m_card, out, QStringLiteral("--kind"), QStringLiteral("id1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() < 1500 * 1000);
    QVERIFY(!bytes.contains("Exif"));
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QVERIFY(std::max(image.width(), image.height()) <= 2000);
    QVERIFY(std::abs(double(image.width()) / image.height() - 85.60 / 53.98) < 0.01);
    // The card fills the picture: its header band (darker than the card) is at the top, not the desk.
    const QRgb top = image.pixel(image.width() / 2, image.height() * 3 / 100);
    const QRgb desk = m_scene.image.pixel(5, 5);
    QVERIFY2(qAbs(qGray(top) - qGray(desk)) > 20, "the top of the rectified picture is the desk, not the card");
}

void TestCaptureCommands::rectifyWithoutDocumentExits3()
{
    const QString out = m_dir.filePath(QStringLiteral("desk-out.jpg"));
    const ProcessResult r = cli({QStringLiteral("rectify"), m_desk, out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(stderrLines(r), 1);
    QVERIFY(!QFile::exists(out));
}

void TestCaptureCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
    const QString out = m_dir.filePath(QStringLiteral("bad-out.jpg"));
    QTest::newRow("analyze missing file") << QStringList{QStringLiteral("analyze"), missing, QStringLiteral("--json")};
    QTest::newRow("analyze not an image") << QStringList{QStringLiteral("analyze"), notImage, QStringLiteral("--json")};
    QTest::newRow("analyze no image") << QStringList{QStringLiteral("analyze"), QStringLiteral("--json")};
    QTest::newRow("analyze unknown kind") << QStringList{QStringLiteral("analyze"), m_card, QStringLiteral("--kind"),
                                                         QStringLiteral("id9"), QStringLiteral("--json")};
    QTest::newRow("rectify missing file") << QStringList{QStringLiteral("rectify"), missing, out};
    QTest::newRow("rectify not an image") << QStringList{QStringLiteral("rectify"), notImage, out};
    QTest::newRow("rectify no output") << QStringList{QStringLiteral("rectify"), m_card};
}

void TestCaptureCommands::badInput()
{
    QFETCH(QStringList, arguments);
    const ProcessResult r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QCOMPARE(stderrLines(r), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad-out.jpg"))));
}

QTEST_GUILESS_MAIN(TestCaptureCommands)
#include "TestCaptureCommands.moc"
