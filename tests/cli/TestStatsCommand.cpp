// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli stats: statistics as CSV from a real data folder, without personal data.
#include "DamagedDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle::test;

class TestStatsCommand : public QObject
{
    Q_OBJECT

private slots:
    void writesAnonymousCsv()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto r = cli({"demo-data", "--sessions", "40", "--data-dir", data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString csv = dir.filePath(QStringLiteral("stats.csv"));
        r = cli({"stats", "--data-dir", data, "--out", csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("stats.csv")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("day,outcome,age,sessions,categories"));
        QVERIFY(lines.size() > 1);
        int sessions = 0;
        static const QRegularExpression row(QStringLiteral("^\\d{4}-\\d{2}-\\d{2},[a-z_]+,\\d+,(\\d+),[A-Z_:;0-9]*$"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto match = row.match(QString::fromUtf8(lines.at(i)));
            QVERIFY2(match.hasMatch(), lines.at(i).constData());
            sessions += match.captured(1).toInt();
        }
        QCOMPARE(sessions, 40); // every session counted once, and nothing else in the file
    }

    // Issue 18 (8): on a damaged database, stats counts every session that can still be read and
    // says how many cannot (exit 1), never a silently smaller count.
    void countsWhatADamagedDatabaseStillHolds()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto r = cli({"demo-data", "--sessions", "50", "--days", "20", "--data-dir", data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto damaged = damageBtreePage(QDir(data).filePath(QStringLiteral("passerelle.sqlite")),
                                             QStringLiteral("sessions"), BtreePage::MiddleLeaf);
        QVERIFY(damaged);
        QVERIFY(damaged->leaf && damaged->cells > 0);
        const int lost = damaged->cells;
        const QString csv = dir.filePath(QStringLiteral("stats.csv"));
        r = cli({"stats", "--data-dir", data, "--out", csv, "--lang", "en"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Sessions that could not be read: %1.").arg(lost).toUtf8()),
                 r.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("day,outcome,age,sessions,categories"));
        int sessions = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            sessions += lines.at(i).split(',').value(3).toInt();
        QCOMPARE(sessions, 50 - lost);
    }

    void writesTheKioskCounters()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto r = cli({"demo-data", "--sessions", "3", "--data-dir", data});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        {
            // What a kiosk with the "anonymous" policy leaves (KioskStatistics, tested with the kiosk).
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kiosk"));
            db.setDatabaseName(QDir(data).filePath(QStringLiteral("passerelle.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO kiosk_statistics VALUES"
                                               " ('2026-11-25','idle','welcome','none',-1,4),"
                                               " ('2026-11-26','finished','summary','eligible',18,2)")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO kiosk_statistics_categories VALUES"
                                              " ('2026-11-26','finished','summary','eligible',18,'LIVRE',1),"
                                              " ('2026-11-26','finished','summary','eligible',18,'CINEMA',2)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kiosk"));
        const QString csv = dir.filePath(QStringLiteral("kiosk.csv"));
        r = cli({"stats", "--kiosk", "--data-dir", data, "--out", csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("day,ending,step,outcome,age,visits,categories\n"
                                            "2026-11-25,idle,welcome,none,,4,\n"
                                            "2026-11-26,finished,summary,eligible,18,2,CINEMA:2;LIVRE:1\n"));
    }

    void badInput()
    {
        QTemporaryDir dir;
        auto r = cli({"stats", "--data-dir", dir.path(), "--out", dir.filePath(QStringLiteral("s.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("--data-dir"));
        r = cli({"stats", "--data-dir", dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--out"));
    }

private:
    ProcessResult cli(const QStringList &args)
    {
        return runProcess(builtExecutable(QStringLiteral("passerelle-cli")), args, 120000);
    }
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "TestStatsCommand.moc"
