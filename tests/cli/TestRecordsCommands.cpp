// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli demo-data and export, run as a child process against the real keychain.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle::test;

class TestRecordsCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = builtExecutable(QStringLiteral("passerelle-cli"));
        QVERIFY(QFile::exists(m_cli));
    }

    void demoDataThenExport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto run =
            runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("40"),
                               QStringLiteral("--data-dir"), data, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains("cannot be reached"), run.err.constData()); // the data key was made
        QVERIFY(run.out.contains("40 made-up session"));

        const QString out = dir.filePath(QStringLiteral("archive.jsonl"));
        run = runProcess(m_cli, {QStringLiteral("export"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                                 out, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("40 session"), run.out.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 41); // 40 lines and the final newline
        QSet<QString> statuses, ids;
        QSet<int> ages;
        for (int i = 0; i < 40; ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(line.value(QStringLiteral("personal_data")).toString(), QStringLiteral("present"));
            // Decrypted: the birth date is there in clear.
            QVERIFY(QDate::fromString(
                        line.value(QStringLiteral("input")).toObject().value(QStringLiteral("birth_date")).toString(),
                        Qt::ISODate)
                        .isValid());
            statuses.insert(line.value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString());
            ages.insert(line.value(QStringLiteral("result")).toObject().value(QStringLiteral("age")).toInt());
            ids.insert(line.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), 40);
        QVERIFY2(statuses.size() >= 3, qPrintable(QStringList(statuses.values()).join(u',')));
        QVERIFY(ages.size() >= 5);
        // The database itself holds no birth date in clear.
        const QString birth = QJsonDocument::fromJson(lines.first())
                                  .object()
                                  .value(QStringLiteral("input"))
                                  .toObject()
                                  .value(QStringLiteral("birth_date"))
                                  .toString();
        QVERIFY(!readAllFilesBelow(data).contains(birth.toUtf8()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no count") << QStringList{QStringLiteral("demo-data"), QStringLiteral("--data-dir"),
                                                 QStringLiteral("D")};
        QTest::newRow("count not a number")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("ten"),
                           QStringLiteral("--data-dir"), QStringLiteral("D")};
        QTest::newRow("count zero") << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sessions"),
                                                   QStringLiteral("0"), QStringLiteral("--data-dir"),
                                                   QStringLiteral("D")};
        QTest::newRow("no data dir") << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sessions"),
                                                    QStringLiteral("3")};
        QTest::newRow("export no out") << QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"),
                                                      QStringLiteral("D")};
        QTest::newRow("export empty folder")
            << QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"), QStringLiteral("D"),
                           QStringLiteral("--out"), QStringLiteral("x.jsonl")};
        QTest::newRow("export unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--bogus")};
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        arguments.replaceInStrings(QStringLiteral("x.jsonl"), dir.filePath(QStringLiteral("x.jsonl")));
        for (auto &argument : arguments) {
            if (argument == QLatin1String("D"))
                argument = dir.filePath(QStringLiteral("nothing-here"));
        }
        const auto run = runProcess(m_cli, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nothing-here"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.jsonl"))));
    }

private:
    QString m_cli;
};

QTEST_GUILESS_MAIN(TestRecordsCommands)
#include "TestRecordsCommands.moc"
