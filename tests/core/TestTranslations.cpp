// SPDX-License-Identifier: GPL-3.0-or-later
// French (the default language) and Arabic (right to left) must be complete: lupdate is run over
// the sources into a copy of each .ts, so a new tr() string that nobody translated fails here, as
// does an unfinished entry, a translation that drops a %1 placeholder or a mnemonic '&', and a
// plural entry without all of its language's forms (French two, Arabic six).
#include "TsFile.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using Message = passerelle::test::TsMessage;
const auto readTs = passerelle::test::readTsFile;

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set << it.next().captured(0);
    return set;
}

/** The placeholders other than %n: a plural form may say "one" or "two" in words instead of %n. */
QSet<QString> numberedPlaceholders(const QString &text)
{
    auto set = placeholders(text);
    set.remove(QStringLiteral("%n"));
    set.remove(QStringLiteral("%Ln"));
    return set;
}

/** Whether @p text has a keyboard mnemonic: '&' before a character ("&&" is a literal '&'). */
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])(&&)*&[^&\\s]"));
    return re.match(text).hasMatch();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void isCompleteAndUpToDate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        // Qt's plural forms: French one / other; Arabic zero, one, two, few (3-10), many (11-99)
        // and other (100-102...).
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
        QTest::newRow("ar") << QStringLiteral("ar") << 6;
    }

    void isCompleteAndUpToDate()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QDir source(QStringLiteral(PASSERELLE_SOURCE_DIR));
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(language + QStringLiteral(".ts"));
        QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/passerelle_%1.ts").arg(language)), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // -I: includes name their layer from the project root ("core/...", "ui/..."); lupdate needs
        // them resolved to know each class's namespace (the translation context).
        QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                         QStringLiteral("-silent"),    QStringLiteral("-I"),   source.absolutePath()};
        for (const char *dir : {"core", "ui", "app", "cli", "server"}) {
            if (source.exists(QLatin1String(dir)))
                args << source.filePath(QLatin1String(dir));
        }
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(PASSERELLE_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const auto messages = readTs(copy);
        QVERIFY(messages.size() > 50);
        QStringList problems;
        for (const auto &m : messages) {
            const QString where = QStringLiteral("[%1] %2").arg(m.context, m.source);
            if (m.unfinished || m.translations.contains(QString())) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms)
                problems
                    << QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(pluralForms) +
                           where;
            for (const auto &translation : m.translations) {
                // A plural form may write the number in words ("one", "two"): only %1, %2... must stay.
                const bool same = m.numerus || m.source.contains(QLatin1String("%n"))
                                      ? numberedPlaceholders(m.source) == numberedPlaceholders(translation)
                                      : placeholders(m.source) == placeholders(translation);
                if (!same) {
                    problems << QStringLiteral("placeholders differ: ") + where;
                    break;
                }
                if (hasMnemonic(m.source) && !hasMnemonic(translation)) {
                    problems << QStringLiteral("mnemonic '&' lost: ") + where;
                    break;
                }
            }
        }
        // One line each: a long list would be cut in the failure message.
        for (const auto &problem : std::as_const(problems))
            qWarning().noquote() << language << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in passerelle_%2.ts (listed above). "
                                                               "Run scripts/update-translations.sh, then "
                                                               "scripts/ts-fill.py to translate.")
                                                    .arg(problems.size())
                                                    .arg(language)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
