// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli demo-data and export, run as a child process against the real keychain.
#include "DamagedDatabase.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    // Issue 18 (10): a reading command opens the database read-only and changes nothing: a copy
    // marked read-only (a backup on a USB stick) exports, byte for byte untouched, and a live folder
    // is not purged by an export.
    void exportReadsAReadOnlyCopyAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        // Spread over 400 days: the older half is past retention, which an export must not purge.
        auto run = runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("12"),
                                      QStringLiteral("--days"), QStringLiteral("400"), QStringLiteral("--data-dir"),
                                      data, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString copy = dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(copy));
        for (const auto &name : QDir(data).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(data).filePath(name), QDir(copy).filePath(name)));
        for (const auto &name : QDir(copy).entryList(QDir::Files))
            QVERIFY(QFile::setPermissions(QDir(copy).filePath(name), QFile::ReadOwner | QFile::ReadUser));
        const auto readOnlyFolder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
        QVERIFY(QFile::setPermissions(copy, readOnlyFolder));
        const auto writable = qScopeGuard([&] { QFile::setPermissions(copy, readOnlyFolder | QFile::WriteOwner); });
        const auto before = snapshot(copy);

        const QString out = dir.filePath(QStringLiteral("usb.jsonl"));
        run = runProcess(m_cli, {QStringLiteral("export"), QStringLiteral("--data-dir"), copy, QStringLiteral("--out"),
                                 out, QStringLiteral("--with-images"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("12 session"), run.out.constData());
        const auto after = snapshot(copy);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        // Past retention: left out of the archive, though not purged from the folder.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int present = 0;
        for (const auto &line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            present += object.value(QStringLiteral("personal_data")).toString() == QLatin1String("present") ? 1 : 0;
        }
        QVERIFY2(present > 0 && present < 12, qPrintable(QString::number(present)));

        // The live folder: the export purges nothing either.
        run = runProcess(m_cli,
                         {QStringLiteral("export"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("live.jsonl")), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(purgedSessions(data), 0);
    }

    // Issue 18 (10): when the database cannot be opened, no session is in memory: the message
    // says what is true (which folder, why) and promises nothing, in English and in French.
    void openFailureSaysWhatIsTrue_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("said");
        QTest::addColumn<QByteArray>("untrue");
        QTest::newRow("en") << QStringLiteral("en") << QByteArray("cannot be used") << QByteArray("in memory");
        QTest::newRow("fr") << QStringLiteral("fr") << QByteArray("ne peut pas être utilisé")
                            << QByteArray("en mémoire");
    }

    void openFailureSaysWhatIsTrue()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, said);
        QFETCH(QByteArray, untrue);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        // A folder where the database file should be: SQLite cannot open it.
        QVERIFY(QDir().mkpath(QDir(data).filePath(QStringLiteral("passerelle.sqlite"))));
        const auto run = runProcess(
            m_cli, {QStringLiteral("sync"), QStringLiteral("--data-dir"), data, QStringLiteral("--lang"), lang});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), run.err.constData());
        QVERIFY2(run.err.contains(data.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains(untrue), run.err.constData());
    }

    // Issue 18 (10): --data-dir on a folder that exists leaves its permissions as they are (it may be
    // shared on purpose) and says when others may open it; a folder the app makes is owner-only.
    void dataDirPermissionsAreLeftAsTheyAre()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("Folder permission bits are a Unix matter; Windows uses ACLs.");
#endif
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        const auto groupReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                                   QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup;
        QVERIFY(QFile::setPermissions(shared, groupReadable));
        auto run =
            runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("1"),
                               QStringLiteral("--data-dir"), shared, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QFile::permissions(shared), groupReadable);
        QVERIFY2(run.err.contains("Other users of this computer may open the data folder"), run.err.constData());
        QVERIFY2(run.err.contains(shared.toUtf8()), run.err.constData());

        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        run = runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("1"),
                                 QStringLiteral("--data-dir"), fresh, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QFile::permissions(fresh) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(!run.err.contains("Other users"), run.err.constData());
    }

    // Issue 18 (8): export on a damaged database writes every session that can still be read, says
    // how many cannot (exit 1, never a silent short archive), and leaves the folder as it is.
    void exportOfADamagedDatabase_data()
    {
        QTest::addColumn<QString>("btree");
        QTest::addColumn<int>("which");
        QTest::newRow("index page") << QStringLiteral("sessions_by_completion")
                                    << int(passerelle::test::BtreePage::Root);
        QTest::newRow("data page") << QStringLiteral("sessions") << int(passerelle::test::BtreePage::MiddleLeaf);
    }

    void exportOfADamagedDatabase()
    {
        QFETCH(QString, btree);
        QFETCH(int, which);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto run = runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("50"),
                                      QStringLiteral("--days"), QStringLiteral("20"), QStringLiteral("--data-dir"),
                                      data, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto damaged = damageBtreePage(QDir(data).filePath(QStringLiteral("passerelle.sqlite")), btree,
                                             passerelle::test::BtreePage(which));
        QVERIFY(damaged);
        const int lost = btree == QLatin1String("sessions") ? damaged->cells : 0;
        QVERIFY(btree != QLatin1String("sessions") || (damaged->leaf && lost > 0));
        const auto before = snapshot(data);

        const QString out = dir.filePath(QStringLiteral("archive.jsonl"));
        run = runProcess(m_cli, {QStringLiteral("export"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                                 out, QStringLiteral("--with-images"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("%1 sessions exported").arg(50 - lost).toUtf8()), run.out.constData());
        QVERIFY2(run.err.contains(QStringLiteral("Sessions that could not be read: %1.").arg(lost).toUtf8()),
                 run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> ids;
        for (const auto &line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.isEmpty())
                continue;
            QCOMPARE(object.value(QStringLiteral("personal_data")).toString(), QStringLiteral("present"));
            ids.insert(object.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), 50 - lost);
        // Read, not repaired: the database file is as it was (a reader's own -shm aside).
        QCOMPARE(snapshot(data).value(QStringLiteral("passerelle.sqlite")),
                 before.value(QStringLiteral("passerelle.sqlite")));
        QCOMPARE(QDir(data).entryList({QStringLiteral("*corrupt*")}), QStringList());
    }

    // Issue 18 (10): demo-data says what it saved before a save failed and why, never the app's
    // "kept in memory and will be saved" (the command exits). The failure is SQLite's own error,
    // raised by a trigger in the real file after 5 sessions (file permissions do not stop root).
    void demoDataSaysWhatASaveFailureLeft()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto run =
            runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("3"),
                               QStringLiteral("--data-dir"), data, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
            db.setDatabaseName(QDir(data).filePath(QStringLiteral("passerelle.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON sessions"
                                              " WHEN (SELECT count(*) FROM sessions) >= 5"
                                              " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("full"));
        // Another seed: other ids than the first three.
        run = runProcess(m_cli, {QStringLiteral("demo-data"), QStringLiteral("--sessions"), QStringLiteral("10"),
                                 QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--data-dir"), data,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("passerelle-cli: 2 made-up sessions saved to"), run.err.constData());
        QVERIFY2(run.err.contains("the disk is full"), run.err.constData());
        QVERIFY2(!run.err.contains("in memory"), run.err.constData());
        QVERIFY2(!run.err.contains("will be saved"), run.err.constData());
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
    // Every file of a folder: its name, permissions and bytes.
    static QMap<QString, QPair<int, QByteArray>> snapshot(const QString &folder)
    {
        QMap<QString, QPair<int, QByteArray>> files;
        for (const auto &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            files.insert(info.fileName(), {int(info.permissions()), file.readAll()});
        }
        files.insert(QStringLiteral("."), {int(QFileInfo(folder).permissions()), {}});
        return files;
    }

    static int purgedSessions(const QString &folder)
    {
        int purged = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            db.setDatabaseName(QDir(folder).filePath(QStringLiteral("passerelle.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(db);
            if (db.open() &&
                query.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE personal_purged_utc IS NOT "
                                          "NULL OR images_purged_utc IS NOT NULL")) &&
                query.next())
                purged = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return purged;
    }

    QString m_cli;
};

QTEST_GUILESS_MAIN(TestRecordsCommands)
#include "TestRecordsCommands.moc"
