// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli summary, run as a child process: a session JSON in, a one-page PDF out (read back
// with pdftotext); bad input exits 2 with one line on stderr, nothing on stdout and no file.
#include "../core/OffersFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;
using passerelle::test::ProcessResult;

namespace {

ProcessResult cli(const QStringList &arguments)
{
    return passerelle::test::runProcess(passerelle::test::builtExecutable(QStringLiteral("passerelle-cli")),
                                        QStringList{QStringLiteral("summary")} + arguments);
}

QString pdfText(const QString &path)
{
    QString text = QString::fromUtf8(
        passerelle::test::runProcess(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .out);
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSummaryCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersTheSessionInItsLanguage();
    void langOptionWins();
    void counselorAndLink();
    void badInput_data();
    void badInput();
    void unwritableOutputIsAFailure();

private:
    QTemporaryDir m_dir;
    QString m_session;
};

void TestSummaryCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const auto record =
        test::offersSession("2008-03-10", "2026-11-26", {QStringLiteral("MUSIQUE_LIVE"), QStringLiteral("LIVRE")});
    m_session = m_dir.filePath(QStringLiteral("session.json"));
    writeFile(m_session, QJsonDocument(record.toJson()).toJson());
}

void TestSummaryCommand::rendersTheSessionInItsLanguage()
{
    const QString out = m_dir.filePath(QStringLiteral("fr.pdf"));
    const auto run = cli({QStringLiteral("--input"), m_session, QStringLiteral("--out"), out,
                          QStringLiteral("--mission-locale"), QStringLiteral("Mission Locale du Val Test"),
                          QStringLiteral("--contact"), QStringLiteral("12 rue des Essais\\n01 23 45 67 89")});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QString text = pdfText(out);
    for (const QString &expected :
         {QStringLiteral("150 €"), QStringLiteral("9 mars 2027"), QStringLiteral("Concerts"),
          QStringLiteral("Un concert de rap"), QStringLiteral("Livres"), QStringLiteral("Un manga"),
          QStringLiteral("Mission Locale du Val Test"), QStringLiteral("01 23 45 67 89")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    const auto info = passerelle::test::runProcess(QStringLiteral("pdfinfo"), {out});
    QVERIFY2(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
             info.out.constData());
    QVERIFY(QString::fromUtf8(info.out).contains(
        QRegularExpression(QStringLiteral("Page size:\\s+59[45](\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))));
}

void TestSummaryCommand::counselorAndLink()
{
    const QString out = m_dir.filePath(QStringLiteral("link.pdf"));
    const auto run =
        cli({QStringLiteral("--input"), m_session, QStringLiteral("--out"), out, QStringLiteral("--counselor"),
             QStringLiteral("Camille Martin"), QStringLiteral("--link"), QStringLiteral("www.ml-exemple.fr/pass")});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("Camille Martin")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://www.ml-exemple.fr/pass")), qPrintable(text));
}

void TestSummaryCommand::langOptionWins()
{
    const QString out = m_dir.filePath(QStringLiteral("en.pdf"));
    const auto run = cli({QStringLiteral("--input"), m_session, QStringLiteral("--out"), out, QStringLiteral("--lang"),
                          QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("€150")));
    QVERIFY(text.contains(QStringLiteral("9 March 2027")));
    QVERIFY(text.contains(QStringLiteral("A rap concert")));
    QVERIFY(!text.contains(QStringLiteral("Un concert de rap")));
}

void TestSummaryCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content"); // written to bad.json when not empty
    QTest::addColumn<QString>("expected");   // in the one stderr line (in the default language: French)

    QJsonObject session = QJsonDocument::fromJson([this] {
                              QFile file(m_session);
                              file.open(QIODevice::ReadOnly);
                              return file.readAll();
                          }())
                              .object();
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    const QString in = QStringLiteral("--input");
    const QString o = QStringLiteral("--out");

    QTest::newRow("no input") << QStringList{o, out} << QByteArray() << "--input";
    QTest::newRow("no output") << QStringList{in, m_session} << QByteArray() << "--out";
    QTest::newRow("missing file") << QStringList{in, m_dir.filePath(QStringLiteral("nope.json")), o, out}
                                  << QByteArray() << "nope.json";
    QTest::newRow("not json") << QStringList{in, bad, o, out} << QByteArray("{ oops") << "bad.json";
    QJsonObject noResult = session;
    noResult.remove(QStringLiteral("result"));
    QTest::newRow("no result") << QStringList{in, bad, o, out} << QJsonDocument(noResult).toJson()
                               << "bad.json: result:";
    QJsonObject unknown = session;
    unknown.insert(QStringLiteral("chosen_categories"), QJsonArray{QStringLiteral("JEU"), QStringLiteral("TECHNIQUE")});
    QTest::newRow("unknown category") << QStringList{in, bad, o, out} << QJsonDocument(unknown).toJson() << "TECHNIQUE";
    QJsonObject notArray = session;
    notArray.insert(QStringLiteral("chosen_categories"), QStringLiteral("JEU"));
    QTest::newRow("categories not an array")
        << QStringList{in, bad, o, out} << QJsonDocument(notArray).toJson() << "chosen_categories: must be an array";
    QTest::newRow("unknown language")
        << QStringList{in, m_session, o, out, QStringLiteral("--lang"), QStringLiteral("de")} << QByteArray()
        << "--lang";
    QTest::newRow("extra argument") << QStringList{in, m_session, o, out, QStringLiteral("more")} << QByteArray()
                                    << "more";
    QTest::newRow("unknown option") << QStringList{in, m_session, o, out, QStringLiteral("--colour")} << QByteArray()
                                    << "colour";
    QTest::newRow("link not a web page")
        << QStringList{in, m_session, o, out, QStringLiteral("--link"), QStringLiteral("ftp://pass.culture.fr/")}
        << QByteArray() << "--link: L’adresse doit commencer par https://";
}

void TestSummaryCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile::remove(bad);
    if (!content.isEmpty())
        writeFile(bad, content);
    const auto run = cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("passerelle-cli: ")) && err.contains(expected), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

void TestSummaryCommand::unwritableOutputIsAFailure()
{
    const auto run = cli({QStringLiteral("--input"), m_session, QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestSummaryCommand)
#include "TestSummaryCommand.moc"
