// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli eligibility, run as a separate process like a script would.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passerelle::test;

class TestEligibilityCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasEveryDocumentedField()
    {
        const auto r = cli({"--birth-date", "2009-03-15", "--on", "2026-11-26", "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key :
             {"status", "age", "ruleset", "amount", "currency", "eligible_from", "confirm_identity_before",
              "credit_expires", "residence_condition_met_on", "bonus_possible", "digital_cap", "reasons", "explanation",
              "identity_route", "captures"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("status").toString(), QStringLiteral("eligible"));
        QCOMPARE(o.value("age").toInt(), 17);
        QCOMPARE(o.value("ruleset").toString(), QStringLiteral("R3"));
        QCOMPARE(o.value("amount").toDouble(), 50.0);
        QCOMPARE(o.value("currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(o.value("eligible_from").toString(), QStringLiteral("2026-03-15"));
        QCOMPARE(o.value("confirm_identity_before").toString(), QStringLiteral("2027-03-14"));
        QCOMPARE(o.value("credit_expires").toString(), QStringLiteral("2030-03-14"));
        QVERIFY(o.value("residence_condition_met_on").isNull());
        QCOMPARE(o.value("bonus_possible").toBool(), true);
        QCOMPARE(o.value("digital_cap").toDouble(), 50.0);
        QVERIFY(o.value("reasons").toArray().contains(QStringLiteral("credit_for_this_age")));
        QVERIFY(o.value("explanation").toString().contains(QStringLiteral("Bonne nouvelle")));
    }

    void cases_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("too young") << QStringList{"--birth-date", "2012-06-01", "--on", "2026-11-26"} << "too_young"
                                   << "eligible_from"
                                   << "2029-06-01";
        QTest::newRow("too old") << QStringList{"--birth-date", "2001-01-01", "--on", "2026-11-26"} << "too_old"
                                 << "amount"
                                 << "0";
        QTest::newRow("residence") << QStringList{"--birth-date",     "2008-06-10",    "--on",
                                                  "2026-11-26",       "--nationality", "other",
                                                  "--resident-since", "2026-03-26"}
                                   << "residence_too_short"
                                   << "residence_condition_met_on"
                                   << "2027-03-27"; // "more than one year": the day after
        QTest::newRow("New Caledonia") << QStringList{"--birth-date", "2008-03-15",  "--on",
                                                      "2026-11-26",   "--territory", "988-sud"}
                                       << "eligible"
                                       << "currency"
                                       << "XPF";
        QTest::newRow("Polynesia") << QStringList{"--birth-date", "2008-03-15",  "--on",
                                                  "2026-11-26",   "--territory", "987"}
                                   << "territory_not_covered"
                                   << "amount"
                                   << "0";
        QTest::newRow("29 February") << QStringList{"--birth-date", "2008-02-29", "--on", "2026-02-28"} << "eligible"
                                     << "age"
                                     << "18";
        QTest::newRow("EU national") << QStringList{"--birth-date", "2009-03-15",    "--on",
                                                    "2026-11-26",   "--nationality", "eu"}
                                     << "eligible"
                                     << "amount"
                                     << "50";
    }

    void cases()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, status);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const auto r = cli(args + QStringList{"--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("status").toString(), status);
        const QJsonValue v = o.value(field);
        QCOMPARE(v.isDouble() ? QString::number(v.toDouble()) : v.toString(), value);
    }

    void identityRoutes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("route"); // empty: null
        QTest::addColumn<QStringList>("captures");
        const QStringList at17{"--birth-date", "2009-03-15", "--on", "2026-11-26"};
        const QStringList at18{"--birth-date", "2008-03-15", "--on", "2026-11-26"};
        const QStringList at16{"--birth-date", "2010-05-10", "--on", "2026-11-26"};
        const QStringList card{"id_front", "id_back"};
        QTest::newRow("17, defaults: in-app") << at17 << "in_app" << card;
        QTest::newRow("17 at school: ÉduConnect, no photos")
            << at17 + QStringList{"--school", "yes"} << "educonnect" << QStringList{};
        QTest::newRow("17 at school, foreign document: ÉduConnect first")
            << at17 + QStringList{"--school", "yes", "--document", "foreign_id"} << "educonnect" << QStringList{};
        QTest::newRow("18 at school: no ÉduConnect at 18") << at18 + QStringList{"--school", "yes"} << "in_app" << card;
        QTest::newRow("18 passport") << at18 + QStringList{"--document", "fr_passport"} << "in_app"
                                     << QStringList{"passport_page"};
        QTest::newRow("18 no smartphone, French: no proof of address")
            << at18 + QStringList{"--smartphone", "no"} << "demarche_numerique"
            << QStringList{"id_front", "id_back", "selfie_with_id"};
        QTest::newRow("18 expired or lost: no proof of address")
            << at18 + QStringList{"--document", "expired_or_lost"} << "demarche_numerique"
            << QStringList{"id_front", "id_back", "selfie_with_id"};
        QTest::newRow("18 foreign document: proof of address")
            << at18 + QStringList{"--document", "foreign_id"} << "demarche_numerique"
            << QStringList{"id_front", "id_back", "selfie_with_id", "proof_of_address"};
        QTest::newRow("18 residence permit: proof of address")
            << at18 + QStringList{"--document", "residence_permit", "--nationality",
                                  "other",      "--resident-since", "2020-01-01"}
            << "demarche_numerique" << QStringList{"id_front", "id_back", "selfie_with_id", "proof_of_address"};
        QTest::newRow("17 not at school, no smartphone")
            << at17 + QStringList{"--smartphone", "no"} << "demarche_numerique"
            << QStringList{"id_front", "id_back", "selfie_with_id"};
        QTest::newRow("16 at school: free account, no route")
            << at16 + QStringList{"--school", "yes"} << "" << QStringList{};
        QTest::newRow("New Caledonia at 17 at school: no ÉduConnect")
            << at17 + QStringList{"--territory", "988-sud", "--school", "yes"} << "in_app" << card;
        QTest::newRow("too old: no route")
            << QStringList{"--birth-date", "2001-01-01", "--on", "2026-11-26"} << "" << QStringList{};
    }

    void identityRoutes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, route);
        QFETCH(QStringList, captures);
        const auto r = cli(args + QStringList{"--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.contains(QLatin1String("identity_route")), r.out.constData());
        if (route.isEmpty())
            QVERIFY(o.value("identity_route").isNull());
        else
            QCOMPARE(o.value("identity_route").toString(), route);
        QStringList got;
        for (const auto &v : o.value("captures").toArray())
            got << v.toString();
        QCOMPARE(got, captures);
        // The explanation follows the same plan.
        const QString explanation = o.value("explanation").toString();
        if (route == QLatin1String("educonnect"))
            QVERIFY2(explanation.contains(QStringLiteral("ÉduConnect")), qPrintable(explanation));
        if (route == QLatin1String("demarche_numerique"))
            QVERIFY2(explanation.contains(QStringLiteral("Démarche Numérique")), qPrintable(explanation));
        if (route != QLatin1String("in_app"))
            QVERIFY2(!explanation.contains(QStringLiteral("Confirme ton identité dans l")), qPrintable(explanation));
    }

    void freeAccountMentionsEduConnect()
    {
        const auto r = cli({"--birth-date", "2010-05-10", "--on", "2026-11-26", "--school", "yes", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("status").toString(), QStringLiteral("free_offers_only"));
        QVERIFY2(o.value("explanation").toString().contains(QStringLiteral("ÉduConnect")), r.out.constData());
    }

    void noDigitalCapIsNull()
    {
        const auto r = cli({"--birth-date", "2008-03-15", "--on", "2026-11-26", "--territory", "976", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.contains(QLatin1String("digital_cap")));
        QVERIFY(o.value("digital_cap").isNull());
        const auto nc = cli({"--birth-date", "2008-03-15", "--on", "2026-11-26", "--territory", "988-sud", "--json"});
        QCOMPARE(QJsonDocument::fromJson(nc.out).object().value("digital_cap").toDouble(), 5965.0);
    }

    void readableOutputIsFrench()
    {
        const auto r = cli({"--birth-date", "2009-03-15", "--on", "2026-11-26"});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Tu peux avoir le pass Culture")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("14\u00a0mars\u00a02027")));
        QVERIFY(text.contains(QStringLiteral("Montant maintenant")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("impossible date") << QStringList{"--birth-date", "2009-02-30"} << "--birth-date";
        QTest::newRow("not a date") << QStringList{"--birth-date", "15/03/2009"} << "--birth-date";
        QTest::newRow("missing birth date") << QStringList{"--on", "2026-11-26"} << "--birth-date";
        QTest::newRow("birth in the future")
            << QStringList{"--birth-date", "2030-01-01", "--on", "2026-11-26"} << "--birth-date";
        QTest::newRow("birth after appointment")
            << QStringList{"--birth-date", "2026-01-02", "--on", "2026-01-01"} << "--birth-date";
        QTest::newRow("resident before birth")
            << QStringList{"--birth-date", "2009-01-01",       "--on",      "2026-11-26", "--nationality",
                           "other",        "--resident-since", "2008-01-01"}
            << "--resident-since";
        QTest::newRow("resident missing")
            << QStringList{"--birth-date", "2009-01-01", "--nationality", "other"} << "--resident-since";
        QTest::newRow("unknown territory")
            << QStringList{"--birth-date", "2009-01-01", "--territory", "75"} << "--territory";
        QTest::newRow("unknown nationality")
            << QStringList{"--birth-date", "2009-01-01", "--nationality", "fr-ca"} << "--nationality";
        QTest::newRow("before the pass") << QStringList{"--birth-date", "2000-01-01", "--on", "2018-06-01"} << "--on";
        QTest::newRow("unknown document")
            << QStringList{"--birth-date", "2009-01-01", "--document", "cni"} << "--document";
        QTest::newRow("smartphone not yes or no")
            << QStringList{"--birth-date", "2009-01-01", "--smartphone", "oui"} << "--smartphone";
        QTest::newRow("school not yes or no")
            << QStringList{"--birth-date", "2009-01-01", "--school", "1"} << "--school";
        QTest::newRow("unknown option") << QStringList{"--birth-date", "2009-01-01", "--colour"} << "colour";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = cli(args + QStringList{"--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
    }

    void unknownCommand()
    {
        const auto r = runProcess(builtExecutable(QStringLiteral("passerelle-cli")), {QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

private:
    ProcessResult cli(const QStringList &args)
    {
        return runProcess(builtExecutable(QStringLiteral("passerelle-cli")), QStringList{"eligibility"} + args);
    }
};

QTEST_GUILESS_MAIN(TestEligibilityCommand)
#include "TestEligibilityCommand.moc"
