// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/offers/OfferCatalogue.h"

#include "core/util/Fail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <optional>

namespace passerelle {

namespace {

/** Reads fields and keeps the first error, prefixed with the file name and the field's path. */
class CatalogueReader
{
public:
    CatalogueReader(QString fileName, QString *error)
        : m_file(std::move(fileName))
        , m_error(error)
    {}

    bool failed() const { return m_failed; }

    void fail(const QString &path, const QString &what)
    {
        if (!m_failed && m_error)
            *m_error = QStringLiteral("%1: %2: %3").arg(m_file, path, what);
        m_failed = true;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull())
            fail(path + key, QStringLiteral("missing"));
        else if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(path + key, QStringLiteral("must be a non-empty string"));
        return v.toString().trimmed();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, std::optional<bool> fallback = {})
    {
        const auto v = o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isBool())
            fail(path + key, QStringLiteral("must be true or false"));
        return v.toBool();
    }

    /**
     * A text in French and English, and optionally Arabic: {"fr": "...", "en": "...", "ar": "..."}
     * (here, @p o itself may hold them).
     */
    LocalizedText text(const QJsonObject &o, const QString &path)
    {
        LocalizedText text{string(o, path, QStringLiteral("fr")), string(o, path, QStringLiteral("en")), {}};
        if (o.contains(QStringLiteral("ar")))
            text.ar = string(o, path, QStringLiteral("ar"));
        return text;
    }

    LocalizedText textObject(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = o.value(key);
        if (!v.isObject()) {
            fail(path + key, QStringLiteral("must be an object with \"fr\" and \"en\""));
            return {};
        }
        return text(v.toObject(), path + key + QLatin1Char('.'));
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const auto v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty())
            fail(path + key, QStringLiteral("must be a non-empty array"));
        return v.toArray();
    }

    QStringList ids(const QJsonObject &o, const QString &path, const QString &key)
    {
        QStringList list;
        const auto items = array(o, path, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                fail(QStringLiteral("%1%2[%3]").arg(path, key).arg(i), QStringLiteral("must be a category id"));
            list << items.at(i).toString();
        }
        return list;
    }

private:
    QString m_file;
    QString *m_error;
    bool m_failed = false;
};

bool isSvgFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == QLatin1String("svg") && xml.attributes().hasAttribute(QLatin1String("viewBox"));
    }
    return false;
}

OfferCategory readCategory(CatalogueReader &r, const QJsonObject &o, const QString &path, const QDir &icons)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z][A-Z_]*$"));
    OfferCategory c;
    c.id = r.string(o, path, QStringLiteral("id"));
    if (!r.failed() && !idPattern.match(c.id).hasMatch())
        r.fail(path + QStringLiteral("id"), QStringLiteral("must be an official category id in capitals"));
    c.label = r.textObject(o, path, QStringLiteral("label"));
    c.description = r.textObject(o, path, QStringLiteral("description"));
    c.isEvent = r.boolean(o, path, QStringLiteral("is_event"));
    c.isOnline = r.boolean(o, path, QStringLiteral("is_online"));
    const QJsonArray examples = o.value(QStringLiteral("examples")).toArray();
    if (examples.size() < OfferCatalogue::kMinExamples || examples.size() > OfferCatalogue::kMaxExamples)
        r.fail(path + QStringLiteral("examples"), QStringLiteral("must hold %1 to %2 examples")
                                                      .arg(OfferCatalogue::kMinExamples)
                                                      .arg(OfferCatalogue::kMaxExamples));
    bool anyOnline = false;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const QString itemPath = QStringLiteral("%1examples[%2].").arg(path).arg(i);
        const QJsonObject item = examples.at(i).toObject();
        OfferExample example{r.text(item, itemPath), r.boolean(item, itemPath, QStringLiteral("online"), false)};
        anyOnline = anyOnline || example.online;
        c.examples << example;
    }
    // The flag drives the digital-cap sentence: it must agree with the examples that illustrate it.
    if (!r.failed() && c.isOnline != anyOnline)
        r.fail(path + QStringLiteral("is_online"), c.isOnline ? QStringLiteral("is true but no example is online")
                                                              : QStringLiteral("is false but an example is online"));
    const QString icon = r.string(o, path, QStringLiteral("icon"));
    if (!r.failed()) {
        c.iconPath = icons.filePath(icon);
        if (!QFileInfo::exists(c.iconPath))
            r.fail(path + QStringLiteral("icon"), QStringLiteral("file \"%1\" not found").arg(icon));
        else if (!isSvgFile(c.iconPath))
            r.fail(path + QStringLiteral("icon"), QStringLiteral("\"%1\" is not an SVG with a viewBox").arg(icon));
    }
    return c;
}

} // namespace

QStringList OfferCategory::exampleTexts(const QString &language) const
{
    QStringList list;
    for (const auto &example : examples)
        list << example.text.in(language);
    return list;
}

QStringList OfferCategory::onlineExampleTexts(const QString &language) const
{
    QStringList list;
    for (const auto &example : examples) {
        if (example.online)
            list << example.text.in(language);
    }
    return list;
}

OfferCatalogue OfferCatalogue::builtIn(QString *error)
{
    OfferCatalogue catalogue;
    catalogue.loadFile(QStringLiteral(":/offers/catalogue.json"), error);
    return catalogue;
}

QString OfferCatalogue::dontKnowIconPath()
{
    return QStringLiteral(":/offers/icons/dont_know.svg");
}

bool OfferCatalogue::loadFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: cannot be read").arg(info.fileName()));
    return loadJson(file.readAll(), info.fileName(), info.dir().filePath(QStringLiteral("icons")), error);
}

bool OfferCatalogue::loadJson(const QByteArray &json, const QString &fileName, const QString &iconDirectory,
                              QString *error)
{
    *this = OfferCatalogue();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    CatalogueReader r(fileName, error);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        r.fail(
            QStringLiteral("(file)"),
            QStringLiteral("not a JSON object (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("schema")).toInt() != kSchemaVersion)
        r.fail(QStringLiteral("schema"), QStringLiteral("must be %1").arg(kSchemaVersion));
    OfferCatalogue loaded;
    loaded.m_version = r.string(root, {}, QStringLiteral("version"));

    const QDir icons(iconDirectory);
    const QJsonArray categories = r.array(root, {}, QStringLiteral("categories"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < categories.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("categories[%1].").arg(i);
        OfferCategory category = readCategory(r, categories.at(i).toObject(), path, icons);
        if (!r.failed() && ids.contains(category.id))
            r.fail(path + QStringLiteral("id"), QStringLiteral("\"%1\" appears twice").arg(category.id));
        ids.insert(category.id);
        loaded.m_categories << category;
    }

    const QJsonArray groups = r.array(root, {}, QStringLiteral("groups"));
    for (qsizetype i = 0; i < groups.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("groups[%1].").arg(i);
        const QJsonObject o = groups.at(i).toObject();
        OfferGroup group{r.string(o, path, QStringLiteral("id")), r.text(o, path),
                         r.ids(o, path, QStringLiteral("categories"))};
        for (const auto &id : group.categories) {
            if (!r.failed() && !ids.contains(id))
                r.fail(path + QStringLiteral("categories"), QStringLiteral("unknown category \"%1\"").arg(id));
        }
        if (!r.failed() && loaded.groupById(group.id))
            r.fail(path + QStringLiteral("id"), QStringLiteral("\"%1\" appears twice").arg(group.id));
        loaded.m_groups << group;
    }
    for (auto &category : loaded.m_categories) {
        for (const auto &group : std::as_const(loaded.m_groups)) {
            if (group.categories.contains(category.id))
                category.groups << group.id;
        }
        if (!r.failed() && category.groups.isEmpty())
            r.fail(QStringLiteral("groups"), QStringLiteral("no group lists the category \"%1\"").arg(category.id));
    }

    if (!r.failed())
        loaded.m_suggested = r.ids(root, {}, QStringLiteral("suggested_when_unsure"));
    if (!r.failed() && !loaded.unknownIds(loaded.m_suggested).isEmpty())
        r.fail(QStringLiteral("suggested_when_unsure"),
               QStringLiteral("unknown category \"%1\"").arg(loaded.unknownIds(loaded.m_suggested).first()));
    if (r.failed())
        return false;
    *this = std::move(loaded);
    return true;
}

const OfferCategory *OfferCatalogue::byId(const QString &id) const
{
    for (const auto &category : m_categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

const OfferGroup *OfferCatalogue::groupById(const QString &id) const
{
    for (const auto &group : m_groups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

QStringList OfferCatalogue::unknownIds(const QStringList &ids) const
{
    QStringList unknown;
    for (const auto &id : ids) {
        if (!byId(id))
            unknown << id;
    }
    return unknown;
}

} // namespace passerelle
