// SPDX-License-Identifier: GPL-3.0-or-later
// The one date formatter (dates::toLongText), amounts and lists, in French, Arabic and English:
// "1er juin 2027" with no-break spaces, the widely used Arabic month names with Western digits, the
// Arabic comma in lists, and amounts that never wrap.
#include "core/util/Dates.h"
#include "core/util/ListText.h"
#include "core/util/Money.h"
#include "core/util/Translations.h"

#include <QTest>

using namespace passerelle;

namespace {
constexpr QChar kNbsp(0x00A0);

QString nb(const char16_t *text)
{
    return QString::fromUtf16(text).replace(QLatin1Char('_'), kNbsp);
}
} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(QStringLiteral("fr")); }

    void longDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr first") << "fr_FR" << QDate(2027, 6, 1) << nb(u"1er_juin_2027");
        QTest::newRow("fr second") << "fr_FR" << QDate(2027, 6, 2) << nb(u"2_juin_2027");
        QTest::newRow("fr eleventh") << "fr_FR" << QDate(2026, 11, 11) << nb(u"11_novembre_2026");
        QTest::newRow("fr 21st") << "fr_FR" << QDate(2026, 3, 21) << nb(u"21_mars_2026");
        QTest::newRow("ar first") << "ar_MA" << QDate(2027, 6, 1) << nb(u"1_يونيو_2027");
        QTest::newRow("ar July") << "ar_MA" << QDate(2027, 7, 14) << nb(u"14_يوليو_2027");
        QTest::newRow("ar August") << "ar_MA" << QDate(2027, 8, 5) << nb(u"5_أغسطس_2027");
        QTest::newRow("ar December") << "ar_MA" << QDate(2030, 12, 31) << nb(u"31_ديسمبر_2030");
        QTest::newRow("ar Egypt") << "ar_EG" << QDate(2027, 5, 3) << nb(u"3_مايو_2027");
        QTest::newRow("en first") << "en_GB" << QDate(2027, 6, 1) << nb(u"1_June_2027");
        QTest::newRow("en") << "en_GB" << QDate(2026, 11, 26) << nb(u"26_November_2026");
    }
    void longDate()
    {
        QFETCH(QString, locale);
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(dates::toLongText(date, QLocale(locale)), expected);
    }

    void arabicMonthsAreTheWidelyUsedOnes()
    {
        const QStringList widelyUsed = QString::fromUtf16(u"يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر "
                                                          u"أكتوبر نوفمبر ديسمبر")
                                           .split(QLatin1Char(' '));
        const QStringList moroccan = QString::fromUtf16(u"ماي يوليوز غشت شتنبر نونبر دجنبر").split(QLatin1Char(' '));
        for (int month = 1; month <= 12; ++month) {
            const QString text = dates::toLongText(QDate(2027, month, 15), QLocale(QStringLiteral("ar_MA")));
            const QStringList words = text.split(kNbsp);
            QCOMPARE(words.size(), 3);
            QCOMPARE(words.at(1), widelyUsed.at(month - 1));
            QVERIFY2(!moroccan.contains(words.at(1)), qPrintable(text));
            // Western digits, never the Arabic-Indic ones (U+0660-0669).
            QCOMPARE(words.at(0), QStringLiteral("15"));
            QCOMPARE(words.at(2), QStringLiteral("2027"));
        }
        // What the locale alone prints, which is why the table exists: the test would fail without it.
        QVERIFY(QLocale(QStringLiteral("ar_MA")).monthName(7).contains(QString::fromUtf16(u"يوليوز")));
    }

    void defaultLocaleFollowsTheLanguage()
    {
        const QDate date(2027, 6, 1);
        QVERIFY(installTranslations(QStringLiteral("fr")));
        QCOMPARE(dates::toLongText(date), nb(u"1er_juin_2027"));
        QVERIFY(installTranslations(QStringLiteral("ar")));
        QCOMPARE(dates::toLongText(date), nb(u"1_يونيو_2027"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(dates::toLongText(date), nb(u"1_June_2027"));
        QCOMPARE(dates::toLongText(QDate()), QString());
    }

    void neverAPlainSpace()
    {
        for (const QString &language : supportedLanguages()) {
            QVERIFY(installTranslations(language));
            for (QDate d(2026, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
                const QString text = dates::toLongText(d);
                QVERIFY2(!text.contains(QLatin1Char(' ')) && !text.isEmpty(), qPrintable(language + text));
            }
            for (double amount : {50.0, 150.0, 1500.0, 17900.0}) {
                const QString eur = formatAmount(amount, QStringLiteral("EUR"));
                const QString xpf = formatAmount(amount, QStringLiteral("XPF"));
                QVERIFY2(!eur.contains(QLatin1Char(' ')), qPrintable(language + eur));
                QVERIFY2(!xpf.contains(QLatin1Char(' ')), qPrintable(language + xpf));
            }
        }
        QVERIFY(installTranslations(QStringLiteral("fr")));
        QCOMPARE(formatAmount(50, QStringLiteral("EUR")), nb(u"50_€"));
        QCOMPARE(formatAmount(17900, QStringLiteral("XPF")), QStringLiteral("17\u202F900\u00A0XPF"));
        // Arabic: the number, then the currency (read right to left), not the English "€150".
        QVERIFY(installTranslations(QStringLiteral("ar")));
        QCOMPARE(formatAmount(150, QStringLiteral("EUR")), nb(u"150_€"));
        QCOMPARE(formatAmount(17900, QStringLiteral("XPF")), nb(u"17.900_XPF"));
        QCOMPARE(formatAmount(12.5, QStringLiteral("EUR")), nb(u"12,50_€"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(formatAmount(150, QStringLiteral("EUR")), QStringLiteral("€150"));
        QVERIFY(installTranslations(QStringLiteral("fr")));
    }

    void listsUseTheLanguagesComma()
    {
        const QStringList items{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QCOMPARE(listText(items, QLocale(QStringLiteral("ar_MA"))), QString::fromUtf16(u"a، b، c"));
        QCOMPARE(listText(items, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("a, b, c"));
        QCOMPARE(listText(items, QLocale(QStringLiteral("en_GB"))), QStringLiteral("a, b, c"));
        QVERIFY(installTranslations(QStringLiteral("ar")));
        QCOMPARE(listText({QStringLiteral("x"), QStringLiteral("y")}), QString::fromUtf16(u"x، y"));
        QCOMPARE(listText({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "TestDates.moc"
