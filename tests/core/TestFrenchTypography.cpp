// SPDX-License-Identifier: GPL-3.0-or-later
// French typography and words, over every French text the app shows: each translation of
// translations/passerelle_fr.ts (every plural form) and each "fr" text of the offer catalogue.
// Fails on a plain space (or none) before ; : ! ? », after «, or inside an amount or a date; a
// straight apostrophe; "..." for "…"; a capital right after a colon; another word than "pièce
// d’identité" for the ID document; "vous" to the young person. Each failure names the entry and
// the character, so whoever merges new strings can fix them in one go (docs: ux.md).
#include "TsFile.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

/** One French text and where it comes from, for the failure message. */
struct Entry
{
    QString where; ///< "passerelle_fr.ts [context] source" or "catalogue.json categories/3/description/fr"
    QString context;
    QString text;
};

bool isNbsp(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F);
}

QString codePoint(QChar c)
{
    if (c.isNull())
        return QStringLiteral("nothing");
    return QStringLiteral("U+%1 '%2'").arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0')).arg(c);
}

/** The text around @p at with the character marked: "Dans l’application⟦ ⟧: %1". */
QString around(const QString &text, qsizetype at, qsizetype length = 1)
{
    const qsizetype from = std::max<qsizetype>(0, at - 25);
    QString shown = text.mid(from, at - from) + QStringLiteral("⟦") + text.mid(at, length) + QStringLiteral("⟧") +
                    text.mid(at + length, 25);
    return shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

QList<Entry> readTranslations(const QString &path)
{
    QList<Entry> list;
    for (const auto &message : passerelle::test::readTsFile(path)) {
        const QString where = QStringLiteral("passerelle_fr.ts [%1] \"%2\"").arg(message.context, message.source);
        for (qsizetype form = 0; form < message.translations.size(); ++form)
            list << Entry{message.numerus ? where + QStringLiteral(" (plural form %1)").arg(form) : where,
                          message.context, message.translations.at(form)};
    }
    return list;
}

void collectFrench(const QJsonValue &value, const QString &path, bool french, QList<Entry> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectFrench(it.value(), path + QLatin1Char('/') + it.key(), it.key() == QLatin1String("fr"), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectFrench(array.at(i), path + QLatin1Char('/') + QString::number(i), french, out);
    } else if (value.isString() && french) {
        out << Entry{QStringLiteral("catalogue.json %1").arg(path), QStringLiteral("catalogue"), value.toString()};
    }
}

/** The contexts whose texts speak to the counselor or an administrator, who may be "vous". */
bool addressesStaff(const QString &context)
{
    static const QSet<QString> staff{QStringLiteral("AppPaths"),
                                     QStringLiteral("AppContext"),
                                     QStringLiteral("DataProtection"),
                                     QStringLiteral("Main"),
                                     QStringLiteral("Records"),
                                     QStringLiteral("PinHash"),
                                     QStringLiteral("PinLock"),
                                     QStringLiteral("passerelle::sync::SyncService"),
                                     QStringLiteral("passerelle::HistoryModel"),
                                     QStringLiteral("passerelle::app::CounselorRecords"),
                                     QStringLiteral("passerelle::ui::CounselorTools"),
                                     QStringLiteral("passerelle::ui::DraftResumeDialog"),
                                     QStringLiteral("passerelle::ui::EnrollmentPanel"),
                                     QStringLiteral("passerelle::ui::HistoryView"),
                                     QStringLiteral("passerelle::ui::PinDialog"),
                                     QStringLiteral("passerelle::ui::SettingsDialog"),
                                     QStringLiteral("passerelle::ui::SyncStatusWidget")};
    // The command line is the administrators' and trainers' tool.
    return staff.contains(context) || context.endsWith(QLatin1String("Command"));
}

/** Positions inside <tags> and &entities; (rich text), where ; : ' are markup, not French. */
QList<bool> markup(const QString &text)
{
    QList<bool> inMarkup(text.size(), false);
    static const QRegularExpression re(QStringLiteral("<[^<>]*>|&[a-zA-Z#0-9]+;"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            inMarkup[i] = true;
    }
    // Addresses: "https://pass.culture.fr/?a=b" keeps its colon and question mark.
    static const QRegularExpression url(QStringLiteral("[a-z]+://\\S*|www\\.\\S+"));
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            inMarkup[i] = true;
    }
    return inMarkup;
}

/** Every problem of @p e, one line each. */
QStringList problems(const Entry &e)
{
    QStringList found;
    // Rich text's no-break space entity is one.
    const QString t = QString(e.text).replace(QLatin1String("&nbsp;"), QChar(0x00A0));
    const auto report = [&](qsizetype at, qsizetype length, const QString &what) {
        // One arg() call: a "%1" in the entry or the text is not substituted again.
        found << QStringLiteral("%1: %2 at character %3: \"%4\"")
                     .arg(e.where, what, QString::number(at), around(t, at, length));
    };
    const QList<bool> skip = markup(t);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (skip[i])
            continue;
        const QChar c = t.at(i);
        const QChar before = i > 0 ? t.at(i - 1) : QChar();
        const QChar after = i + 1 < t.size() ? t.at(i + 1) : QChar();
        if ((c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'»') && i > 0) {
            const bool doubled = (c == u'!' || c == u'?') && (before == u'!' || before == u'?');
            const bool time = c == u':' && before.isDigit() && after.isDigit(); // 10:30
            if (!doubled && !time && !isNbsp(before))
                report(i, 1, QStringLiteral("%1 before '%2' (must be U+00A0 or U+202F)").arg(codePoint(before)).arg(c));
        }
        if (c == u'«' && !isNbsp(after))
            report(i, 2, QStringLiteral("%1 after '«' (must be U+00A0 or U+202F)").arg(codePoint(after)));
        if (c == u'\'')
            report(i, 1, QStringLiteral("straight apostrophe U+0027 (must be ’ U+2019)"));
        if (c == u'.' && t.mid(i, 3) == QLatin1String("...")) {
            report(i, 3, QStringLiteral("\"...\" (must be … U+2026)"));
            i += 2;
        }
        if (c == u':' && !isNbsp(after)) {
            // "Bonne nouvelle : tu peux" — never a capital after a colon in a sentence (acronyms and
            // proper names aside); a new line after the colon starts a list, not the sentence.
            qsizetype j = i + 1;
            while (j < t.size() && (t.at(j) == u' ' || isNbsp(t.at(j))))
                ++j;
            static const QRegularExpression word(QStringLiteral("\\G[\\p{L}\\-]+"));
            const auto m = word.match(t, j);
            static const QSet<QString> names{QStringLiteral("Passerelle"), QStringLiteral("Mission"),
                                             QStringLiteral("France"), QStringLiteral("Internet")};
            if (j > i + 1 && m.hasMatch() && m.captured(0).at(0).isUpper() &&
                m.captured(0) != m.captured(0).toUpper() && !names.contains(m.captured(0)))
                report(j, m.capturedLength(), QStringLiteral("capital after a colon"));
        }
    }
    // A plain space inside an amount or a date: they wrap at 200 %.
    static const QRegularExpression plainSpace(
        QStringLiteral("(?:\\d|%\\d)( )(?:€|euros?\\b|XPF\\b)"
                       "|\\b(?:\\d{1,2}|1er)( )(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                       "novembre|décembre)\\b|\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                       "novembre|décembre)( )\\d{4}\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = plainSpace.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (m.capturedStart(group) >= 0)
                report(m.capturedStart(group), 1,
                       QStringLiteral("plain space inside an amount or a date (must be U+00A0)"));
        }
    }
    // One word for the ID document: "pièce d’identité" (FALC: no "recto", no synonyms).
    static const QRegularExpression idWords(
        QStringLiteral("\\b(recto|verso|(?:document|justificatif|papier)s? d['’]identité)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = idWords.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        report(m.capturedStart(1), m.capturedLength(1),
               QStringLiteral("\"%1\" for the ID document (say \"pièce d’identité\")").arg(m.captured(1)));
    }
    // "tu" for the young person: "vous", "votre", "vos" only where staff are addressed.
    if (!addressesStaff(e.context)) {
        static const QRegularExpression vous(QStringLiteral("(?<![-\\p{L}])(vous|votre|vos)\\b"),
                                             QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = vous.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            report(m.capturedStart(1), m.capturedLength(1),
                   QStringLiteral("\"%1\" to the young person (say \"tu\"; or, if this context speaks to the "
                                  "counselor, add it to addressesStaff() in TestFrenchTypography.cpp)")
                       .arg(m.captured(1)));
        }
    }
    return found;
}

QList<Entry> catalogueEntries()
{
    QFile file(QStringLiteral(PASSERELLE_SOURCE_DIR "/resources/offers/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> list;
    collectFrench(QJsonDocument::fromJson(file.readAll()).object(), QString(), false, list);
    return list;
}

} // namespace

class TestFrenchTypography : public QObject
{
    Q_OBJECT

private slots:
    void translationsAndCatalogue()
    {
        const QList<Entry> ts =
            readTranslations(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations/passerelle_fr.ts"));
        const QList<Entry> catalogue = catalogueEntries();
        QVERIFY2(ts.size() > 400, "passerelle_fr.ts was not read");
        QVERIFY2(catalogue.size() > 50, "catalogue.json was not read");
        QStringList found;
        for (const auto &entry : ts + catalogue)
            found << problems(entry);
        // One line each (QVERIFY2 would cut a long list short).
        for (const auto &line : found)
            qWarning().noquote() << line;
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 typography problems, listed above").arg(found.size())));
    }

    /** Each rule catches what it is for, and lets good French through. */
    void rulesCanFail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("problem"); // empty: no problem
        const QString ui = QStringLiteral("passerelle::ui::ResultPage");
        QTest::newRow("plain space before colon") << "Photos : %1" << ui << "U+0020 ' ' before ':'";
        QTest::newRow("no space before question") << "Tu viens?" << ui << "U+0073 's' before '?'";
        QTest::newRow("plain space before semicolon") << "oui ; non" << ui << "before ';'";
        QTest::newRow("plain space before exclamation") << "Bravo !" << ui << "before '!'";
        QTest::newRow("guillemets") << "«\u00a0oui »" << ui << "before '»'";
        QTest::newRow("apostrophe") << "l'été" << ui << "straight apostrophe";
        QTest::newRow("ellipsis") << "Envoi..." << ui << "\"...\"";
        QTest::newRow("capital after colon") << "Bonne nouvelle\u00a0: Tu peux" << ui << "capital after a colon";
        QTest::newRow("amount") << "Tu as 50 € à dépenser." << ui << "inside an amount";
        QTest::newRow("date") << "jusqu’au 1er juin\u00a02027" << ui << "inside an amount or a date";
        QTest::newRow("year") << "le 14\u00a0mars 2027" << ui << "inside an amount or a date";
        QTest::newRow("recto") << "Recto de la pièce d’identité" << ui << "\"Recto\"";
        QTest::newRow("document") << "Ton document d’identité" << ui << "\"document d’identité\"";
        QTest::newRow("vous") << "Vous pouvez importer un fichier." << ui << "\"Vous\" to the young person";
        QTest::newRow("good") << "Bonne nouvelle\u00a0: tu as 50\u00a0€ jusqu’au 1er\u00a0juin\u00a02027\u202f!" << ui
                              << "";
        QTest::newRow("rendez-vous") << "Ton rendez-vous\u00a0: «\u00a0%1\u00a0»" << ui << "";
        QTest::newRow("url") << "Va sur https://pass.culture.fr/?from=ml." << ui << "";
        QTest::newRow("rich text") << "<p style=\"margin:0;\">Oui&nbsp;!</p>" << ui << "";
        QTest::newRow("acronym after colon") << "Format\u00a0: AAAA-MM-JJ" << ui << "";
        QTest::newRow("counselor vous") << "Votre nom"
                                        << "passerelle::ui::SettingsDialog"
                                        << "";
    }
    void rulesCanFail()
    {
        QFETCH(QString, text);
        QFETCH(QString, context);
        QFETCH(QString, problem);
        const QStringList found = problems(Entry{QStringLiteral("test"), context, text});
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(found.size(), 1);
            QVERIFY2(found.first().contains(problem), qPrintable(found.first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFrenchTypography)
#include "TestFrenchTypography.moc"
