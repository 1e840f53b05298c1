// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in catalogue is complete (both languages, 3 to 5 examples, icons that draw at 48 px),
// and a broken catalogue is refused with an error naming the file and the field.
#include "core/offers/OfferCatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace passerelle;

namespace {

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/offers/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** Edits one value at a path of object keys and array indexes. */
QJsonValue edited(const QJsonValue &node, QStringList path, const std::function<QJsonValue(QJsonValue)> &edit)
{
    if (path.isEmpty())
        return edit(node);
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = edited(array.at(index), path, edit);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = edited(object.value(key), path, edit);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

} // namespace

class TestOfferCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void everyEntryInBothLanguages();
    void examplesAndFlags();
    void groupsOfTheOfficialApp();
    void iconsAreSmallSvgsThatDrawAt48px();
    void brokenCatalogues_data();
    void brokenCatalogues();
    void notJson();
    void missingFile();

private:
    /** Writes @p root as catalogue.json with copies of the built-in icons; returns its path. */
    QString writeCatalogue(const QTemporaryDir &dir, const QJsonObject &root);
};

void TestOfferCatalogue::builtInLoads()
{
    QString error;
    const OfferCatalogue catalogue = OfferCatalogue::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!catalogue.version().isEmpty());
    QStringList ids;
    for (const auto &c : catalogue.categories())
        ids << c.id;
    const QStringList shown{QStringLiteral("BEAUX_ARTS"),
                            QStringLiteral("CARTE_JEUNES"),
                            QStringLiteral("CINEMA"),
                            QStringLiteral("CONFERENCE"),
                            QStringLiteral("FILM"),
                            QStringLiteral("INSTRUMENT"),
                            QStringLiteral("JEU"),
                            QStringLiteral("LIVRE"),
                            QStringLiteral("MEDIA"),
                            QStringLiteral("MUSEE"),
                            QStringLiteral("MUSIQUE_ENREGISTREE"),
                            QStringLiteral("MUSIQUE_LIVE"),
                            QStringLiteral("PRATIQUE_ART"),
                            QStringLiteral("SPECTACLE")};
    ids.sort();
    QCOMPARE(ids, shown); // every category shown to young people, and TECHNIQUE is not
    QVERIFY(!catalogue.suggestedWhenUnsure().isEmpty());
    QVERIFY(catalogue.byId(QStringLiteral("JEU")));
    QVERIFY(!catalogue.byId(QStringLiteral("TECHNIQUE")));
    QCOMPARE(catalogue.unknownIds({QStringLiteral("JEU"), QStringLiteral("NOPE")}),
             QStringList{QStringLiteral("NOPE")});
}

void TestOfferCatalogue::everyEntryInBothLanguages()
{
    const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    QVERIFY(!catalogue.isEmpty());
    for (const auto &c : catalogue.categories()) {
        for (const auto &text : QList<LocalizedText>{c.label, c.description}) {
            QVERIFY2(!text.fr.isEmpty() && !text.en.isEmpty() && !text.ar.isEmpty(), qPrintable(c.id));
            QVERIFY2(text.fr != text.en || text.fr.size() < 12, qPrintable(c.id + QStringLiteral(": not translated")));
            // Arabic in Arabic script (a Latin-only text would be a copy of another language).
            QVERIFY2(text.ar.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))), qPrintable(c.id));
            QCOMPARE(text.in(QStringLiteral("ar")), text.ar);
        }
        for (const auto &e : c.examples) {
            QVERIFY2(!e.text.fr.isEmpty() && !e.text.en.isEmpty() && !e.text.ar.isEmpty(), qPrintable(c.id));
            QVERIFY2(e.text.ar.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))), qPrintable(c.id));
        }
        // FALC: short sentences that speak to the young person ("tu", "ton", "tes"...).
        QVERIFY2(c.description.fr.contains(QRegularExpression(QStringLiteral("\\b(tu|t'|ton|ta|tes|toi)\\b"),
                                                              QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(c.id));
        for (const auto &sentence :
             c.description.fr.split(QRegularExpression(QStringLiteral("[.:]\\s*")), Qt::SkipEmptyParts))
            QVERIFY2(sentence.split(QLatin1Char(' ')).size() <= 12, qPrintable(c.id + QStringLiteral(": ") + sentence));
    }
    for (const auto &g : catalogue.groups())
        QVERIFY2(!g.name.fr.isEmpty() && !g.name.en.isEmpty() && !g.name.ar.isEmpty(), qPrintable(g.id));
    // A catalogue file without Arabic still loads; its texts fall back to French.
    const LocalizedText frenchOnly{QStringLiteral("Livres"), QStringLiteral("Books"), {}};
    QCOMPARE(frenchOnly.in(QStringLiteral("ar")), QStringLiteral("Livres"));
}

void TestOfferCatalogue::examplesAndFlags()
{
    const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    for (const auto &c : catalogue.categories()) {
        QVERIFY2(c.examples.size() >= 3 && c.examples.size() <= 5, qPrintable(c.id));
        QCOMPARE(c.isOnline, !c.onlineExampleTexts(QStringLiteral("fr")).isEmpty());
    }
    // What young people say is "not for them": it is there.
    const auto has = [&catalogue](const char *id, const char *text) {
        return catalogue.byId(QString::fromLatin1(id))
            ->exampleTexts(QStringLiteral("fr"))
            .join(QLatin1Char('|'))
            .contains(QString::fromUtf8(text));
    };
    QVERIFY(has("MUSIQUE_LIVE", "rap"));
    QVERIFY(has("LIVRE", "manga"));
    QVERIFY(has("JEU", "jeux vidéo"));
    // Escape games are no longer eligible (arrêté of 2025-12-03): nowhere in the catalogue.
    for (const auto &c : catalogue.categories()) {
        for (const char *language : {"fr", "en", "ar"}) {
            const QString lang = QString::fromLatin1(language);
            const QString all = c.exampleTexts(lang).join(QLatin1Char('|')) + c.description.in(lang);
            QVERIFY2(!all.contains(QStringLiteral("escape"), Qt::CaseInsensitive), qPrintable(c.id));
            QVERIFY2(!all.contains(QStringLiteral("هروب")), qPrintable(c.id));
        }
    }
    QVERIFY(catalogue.byId(QStringLiteral("MUSIQUE_LIVE"))->isEvent);
    QVERIFY(!catalogue.byId(QStringLiteral("LIVRE"))->isEvent);
    QVERIFY(catalogue.byId(QStringLiteral("MEDIA"))->isOnline);
    QVERIFY(!catalogue.byId(QStringLiteral("CINEMA"))->isOnline);
    QCOMPARE(catalogue.byId(QStringLiteral("CINEMA"))->label.in(QStringLiteral("en")), QStringLiteral("Cinema"));
}

void TestOfferCatalogue::groupsOfTheOfficialApp()
{
    const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    QCOMPARE(catalogue.groups().size(), 13);
    // The official app's ids (SearchGroupNameEnumv2), every one of them.
    QStringList ids;
    for (const auto &group : catalogue.groups())
        ids << group.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{"ARTS_LOISIRS_CREATIFS", "CARTES_JEUNES", "CINEMA", "CONCERTS_FESTIVALS",
                               "EVENEMENTS_EN_LIGNE", "FILMS_DOCUMENTAIRES_SERIES", "JEUX_JEUX_VIDEOS", "LIVRES",
                               "MEDIA_PRESSE", "MUSEES_VISITES_CULTURELLES", "MUSIQUE", "RENCONTRES_CONFERENCES",
                               "SPECTACLES"}));
    QVERIFY(catalogue.groupById(QStringLiteral("EVENEMENTS_EN_LIGNE")));
    const auto *live = catalogue.byId(QStringLiteral("MUSIQUE_LIVE"));
    QVERIFY(live->groups.contains(QStringLiteral("CONCERTS_FESTIVALS")));
    QVERIFY(live->groups.contains(QStringLiteral("EVENEMENTS_EN_LIGNE")));
    for (const auto &c : catalogue.categories())
        QVERIFY2(!c.groups.isEmpty(), qPrintable(c.id));
}

void TestOfferCatalogue::iconsAreSmallSvgsThatDrawAt48px()
{
    const OfferCatalogue catalogue = OfferCatalogue::builtIn();
    QStringList icons{OfferCatalogue::dontKnowIconPath()};
    for (const auto &c : catalogue.categories())
        icons << c.iconPath;
    QCOMPARE(QSet<QString>(icons.begin(), icons.end()).size(), icons.size()); // one icon each
    for (const auto &path : icons) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray svg = file.readAll();
        QVERIFY2(svg.size() < 2048, qPrintable(path));
        QVERIFY2(svg.contains("viewBox=\"0 0 48 48\""), qPrintable(path)); // one family: same grid and stroke
        QVERIFY2(svg.contains("stroke-width=\"3\""), qPrintable(path));
        QImageReader reader(path);
        reader.setScaledSize(QSize(48, 48));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(": ") + reader.errorString()));
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        // Legible: a real drawing, neither a blank nor a filled square.
        QVERIFY2(inked > 48 * 48 / 12 && inked < 48 * 48 * 3 / 4,
                 qPrintable(QStringLiteral("%1: %2").arg(path).arg(inked)));
    }
}

QString TestOfferCatalogue::writeCatalogue(const QTemporaryDir &dir, const QJsonObject &root)
{
    QDir(dir.path()).mkdir(QStringLiteral("icons"));
    QDirIterator it(QStringLiteral(":/offers/icons"));
    while (it.hasNext()) {
        it.next();
        QFile::copy(it.filePath(), dir.filePath(QStringLiteral("icons/") + it.fileName()));
    }
    QFile file(dir.filePath(QStringLiteral("catalogue.json")));
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(root).toJson());
    return file.fileName();
}

void TestOfferCatalogue::brokenCatalogues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("replacement"); // JSON text, or "<remove>"
    QTest::addColumn<QString>("expected");

    const QString remove = QStringLiteral("<remove>");
    QTest::newRow("example without English")
        << "categories/2/examples/1/en" << remove << "catalogue.json: categories[2].examples[1].en: missing";
    QTest::newRow("label without French")
        << "categories/0/label/fr" << remove << "catalogue.json: categories[0].label.fr: missing";
    QTest::newRow("empty description") << "categories/4/description/en"
                                       << "\"  \""
                                       << "catalogue.json: categories[4].description.en: must be a non-empty string";
    QTest::newRow("two examples") << "categories/1/examples"
                                  << "[{\"fr\":\"a\",\"en\":\"a\"},{\"fr\":\"b\",\"en\":\"b\"}]"
                                  << "catalogue.json: categories[1].examples: must hold 3 to 5 examples";
    QTest::newRow("six examples")
        << "categories/1/examples"
        << "[{\"fr\":\"a\",\"en\":\"a\"},{\"fr\":\"b\",\"en\":\"b\"},{\"fr\":\"c\",\"en\":\"c\"},"
           "{\"fr\":\"d\",\"en\":\"d\"},{\"fr\":\"e\",\"en\":\"e\"},{\"fr\":\"f\",\"en\":\"f\"}]"
        << "catalogue.json: categories[1].examples: must hold 3 to 5 examples";
    QTest::newRow("icon file missing") << "categories/3/icon"
                                       << "\"nope.svg\""
                                       << "catalogue.json: categories[3].icon: file \"nope.svg\" not found";
    QTest::newRow("icon not svg") << "categories/3/icon"
                                  << "\"../catalogue.json\""
                                  << "catalogue.json: categories[3].icon: \"../catalogue.json\" is not an SVG";
    QTest::newRow("no icon") << "categories/3/icon" << remove << "catalogue.json: categories[3].icon: missing";
    QTest::newRow("flag not a boolean") << "categories/0/is_event"
                                        << "\"yes\""
                                        << "catalogue.json: categories[0].is_event: must be true or false";
    QTest::newRow("online flag without online example")
        << "categories/2/is_online"
        << "true"
        << "catalogue.json: categories[2].is_online: is true but no example";
    QTest::newRow("lower-case id") << "categories/0/id"
                                   << "\"jeu\""
                                   << "catalogue.json: categories[0].id: must be";
    QTest::newRow("duplicate id") << "categories/1/id"
                                  << "\"MUSIQUE_LIVE\""
                                  << "catalogue.json: categories[1].id: \"MUSIQUE_LIVE\" appears twice";
    QTest::newRow("group lists an unknown category")
        << "groups/0/categories"
        << "[\"TECHNIQUE\"]"
        << "catalogue.json: groups[0].categories: unknown category \"TECHNIQUE\"";
    QTest::newRow("group without English") << "groups/5/en" << remove << "catalogue.json: groups[5].en: missing";
    QTest::newRow("unknown suggestion") << "suggested_when_unsure"
                                        << "[\"NOPE\"]"
                                        << "catalogue.json: suggested_when_unsure: unknown category \"NOPE\"";
    QTest::newRow("wrong schema") << "schema"
                                  << "2"
                                  << "catalogue.json: schema: must be 1";
    QTest::newRow("no categories") << "categories"
                                   << "[]"
                                   << "catalogue.json: categories: must be a non-empty array";
}

void TestOfferCatalogue::brokenCatalogues()
{
    QFETCH(QString, path);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    const QJsonObject root = edited(builtInJson(), path.split(QLatin1Char('/')), [&](const QJsonValue &) {
                                 if (replacement == QLatin1String("<remove>"))
                                     return QJsonValue(QJsonValue::Undefined);
                                 return QJsonDocument::fromJson("[" + replacement.toUtf8() + "]").array().at(0);
                             }).toObject();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeCatalogue(dir, root);

    // The unedited copy loads: the failure below is the edit's.
    OfferCatalogue reference;
    QString error;
    QVERIFY2(reference.loadFile(writeCatalogue(dir, builtInJson()), &error), qPrintable(error));
    writeCatalogue(dir, root);

    OfferCatalogue catalogue;
    QVERIFY(!catalogue.loadFile(file, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(catalogue.isEmpty());
}

void TestOfferCatalogue::notJson()
{
    OfferCatalogue catalogue;
    QString error;
    QVERIFY(!catalogue.loadJson("{ \"schema\": 1, ", QStringLiteral("catalogue.json"), QStringLiteral(":/offers/icons"),
                                &error));
    QVERIFY2(error.startsWith(QStringLiteral("catalogue.json: (file): not a JSON object")), qPrintable(error));
}

void TestOfferCatalogue::missingFile()
{
    OfferCatalogue catalogue;
    QString error;
    QVERIFY(!catalogue.loadFile(QStringLiteral("/nonexistent/offers.json"), &error));
    QCOMPARE(error, QStringLiteral("offers.json: cannot be read"));
}

QTEST_MAIN(TestOfferCatalogue)
#include "TestOfferCatalogue.moc"
