// SPDX-License-Identifier: GPL-3.0-or-later
// French is the default language and must be complete: lupdate is run over the sources into a
// copy of the French .ts, so a new tr() string that nobody translated fails here, as does an
// unfinished entry or a translation that drops a %1 placeholder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text.trimmed();
            if (!obsolete)
                list << current;
        }
    }
    return list;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set << it.next().captured(0);
    return set;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsCompleteAndUpToDate()
    {
        const QDir source(QStringLiteral(PASSERELLE_SOURCE_DIR));
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("fr.ts"));
        QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/passerelle_fr.ts")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                         QStringLiteral("-silent")};
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
            if (m.unfinished || m.translations.contains(QString()))
                problems << QStringLiteral("untranslated: [%1] %2").arg(m.context, m.source);
            else if (!m.source.contains(QLatin1String("%n")) && placeholders(m.source) != placeholders(m.translations.first()))
                problems << QStringLiteral("placeholders differ: [%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))
                                                + QStringLiteral("\nRun scripts/update-translations.sh, then "
                                                                 "scripts/ts-fill.py to translate.")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
