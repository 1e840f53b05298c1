// SPDX-License-Identifier: GPL-3.0-or-later
// Rule files are data: a malformed or overlapping file is refused with the file and field named.
#include "core/eligibility/RuleBook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

namespace {
QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/rules/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT

private slots:
    void builtInRulesLoadAndAreOrdered()
    {
        QString error;
        const RuleBook book = RuleBook::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList ids;
        for (const auto &rs : book.ruleSets())
            ids << rs.id;
        QCOMPARE(ids, (QStringList{"R0", "R1", "R2", "R3", "R4"}));
        QCOMPARE(book.inForce(QDate(2026, 11, 26), "metro")->id, QStringLiteral("R3"));
        QCOMPARE(book.inForce(QDate(2026, 11, 26), "988-sud")->id, QStringLiteral("R4"));
        QCOMPARE(book.inForce(QDate(2026, 11, 26), "987"), nullptr);
        QCOMPARE(book.anyInForce(QDate(2019, 1, 31)), nullptr);
    }

    void malformedJsonNamesTheFile()
    {
        QString error;
        QVERIFY(!RuleSet::fromJson("{ \"schema\": 1, ", "R9.json", &error));
        QVERIFY2(error.startsWith(QStringLiteral("R9.json: ")), qPrintable(error));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("amount") << QByteArray("\"amount\": 150, \"confirm")
                                << QByteArray("\"amount\": \"150\", \"confirm") << "brackets[3].amount";
        QTest::newRow("date") << QByteArray("\"valid_from\": \"2025-03-01\"")
                              << QByteArray("\"valid_from\": \"2025-02-30\"") << "valid_from";
        QTest::newRow("territory") << QByteArray("\"metro\", \"971\"") << QByteArray("\"metro\", \"9710\"")
                                   << "territories[1]";
        QTest::newRow("kind") << QByteArray("\"kind\": \"free_offers_only\"") << QByteArray("\"kind\": \"free\"")
                              << "brackets[0].kind";
        QTest::newRow("schema") << QByteArray("\"schema\": 2") << QByteArray("\"schema\": 3") << "schema";
        QTest::newRow("residence condition")
            << QByteArray("\"residence_condition\": \"more_than\"") << QByteArray("\"residence_condition\": \"over\"")
            << "residence_condition";
        QTest::newRow("cap follows") << QByteArray("\"follows\": \"activation_date\"")
                                     << QByteArray("\"follows\": \"birthday\"") << "brackets[2].digital_cap.follows";
        QTest::newRow("cap territory") << QByteArray("\"976\": [") << QByteArray("\"9766\": [")
                                       << "brackets[2].digital_cap.territories.9766";
        QTest::newRow("cap amount missing")
            << QByteArray("{ \"from\": \"2025-03-01\", \"amount\": null }")
            << QByteArray("{ \"from\": \"2025-03-01\" }") << "brackets[2].digital_cap.territories.986[0].amount";
        QTest::newRow("missing id") << QByteArray("\"id\": \"R3\",") << QByteArray() << "id";
    }

    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QByteArray json = readResource(QStringLiteral("R3.json"));
        QVERIFY(json.contains(from));
        json.replace(from, to);
        QString error;
        QVERIFY(!RuleSet::fromJson(json, QStringLiteral("R3.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("R3.json: %1: ").arg(field)), qPrintable(error));
    }

    void overlappingRuleSetsAreRefused()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("R3.json"), readResource(QStringLiteral("R3.json")));
        QByteArray overlapping = readResource(QStringLiteral("R3.json"));
        overlapping.replace("\"id\": \"R3\"", "\"id\": \"R5\"");
        overlapping.replace("\"valid_from\": \"2025-03-01\"", "\"valid_from\": \"2026-01-01\"");
        write(dir, QStringLiteral("R5.json"), overlapping);
        RuleBook book;
        QString error;
        QVERIFY(!book.loadDirectory(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("R5.json: valid_from")) && error.contains(QStringLiteral("R3.json")),
                 qPrintable(error));
    }

    void sameDatesOnOtherTerritoriesAreFine()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("R3.json"), readResource(QStringLiteral("R3.json")));
        write(dir, QStringLiteral("R4.json"), readResource(QStringLiteral("R4.json")));
        RuleBook book;
        QString error;
        QVERIFY2(book.loadDirectory(dir.path(), &error), qPrintable(error));
        QCOMPARE(book.ruleSets().size(), 2);
    }

    void anEmptyFolderIsAnError()
    {
        QTemporaryDir dir;
        RuleBook book;
        QString error;
        QVERIFY(!book.loadDirectory(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("no rule file")));
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "TestRuleBook.moc"
