// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle {

/** A text written in the data in both languages (catalogue text is data, not a .ts entry). */
struct LocalizedText
{
    QString fr;
    QString en;
    QString ar; ///< optional in a catalogue file; the built-in catalogue has it everywhere (tested)
    /** The text in @p language ("fr", "en" or "ar"); French for any other code or a missing text. */
    QString in(const QString &language) const
    {
        if (language == QLatin1String("en"))
            return en;
        if (language == QLatin1String("ar") && !ar.isEmpty())
            return ar;
        return fr;
    }
};

/** One concrete example of what a category holds ("Un concert de rap"). */
struct OfferExample
{
    LocalizedText text;
    bool online = false; ///< an online offer: it counts toward the digital cap
};

/** A category of offers shown to young people (official category id, e.g. "MUSIQUE_LIVE"). */
struct OfferCategory
{
    QString id;
    LocalizedText label;          ///< the word on the tile
    LocalizedText description;    ///< two short sentences (FALC, "tu")
    QList<OfferExample> examples; ///< 3 to 5
    bool isEvent = false;         ///< mostly outings at a date and place
    bool isOnline = false;        ///< holds online offers, which count toward the digital cap
    QString iconPath;             ///< the SVG file (a path or a ":/offers/icons/..." resource)
    QStringList groups;           ///< ids of the groups of the official app that list it

    QStringList exampleTexts(const QString &language) const;
    QStringList onlineExampleTexts(const QString &language) const;
};

/** A group as the official app shows it ("Concerts et festivals"); may list several categories. */
struct OfferGroup
{
    QString id;
    LocalizedText name;
    QStringList categories;
};

/**
 * The catalogue of offer categories (resources/offers/catalogue.json), validated at load: every
 * text in French and English, 3 to 5 examples, flags, an icon that exists and is an SVG. Errors
 * name the file and the field ("catalogue.json: categories[2].examples: ...").
 */
class OfferCatalogue
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kMinExamples = 3;
    static constexpr int kMaxExamples = 5;

    /** The catalogue embedded in the application (":/offers/catalogue.json"). */
    static OfferCatalogue builtIn(QString *error = nullptr);
    /** The icon of the "je ne sais pas" tile. */
    static QString dontKnowIconPath();

    /** Loads @p path; icons are looked up in the "icons" folder beside it. */
    bool loadFile(const QString &path, QString *error);
    /** Loads catalogue JSON; @p fileName names it in errors, icons are looked up in @p iconDirectory. */
    bool loadJson(const QByteArray &json, const QString &fileName, const QString &iconDirectory, QString *error);

    bool isEmpty() const { return m_categories.isEmpty(); }
    QString version() const { return m_version; }
    const QList<OfferCategory> &categories() const { return m_categories; }
    const QList<OfferGroup> &groups() const { return m_groups; }
    const OfferCategory *byId(const QString &id) const;
    const OfferGroup *groupById(const QString &id) const;
    /** Shown first to a young person who answers "je ne sais pas". */
    const QStringList &suggestedWhenUnsure() const { return m_suggested; }
    /** The ids in @p ids that are not in the catalogue. */
    QStringList unknownIds(const QStringList &ids) const;

private:
    QString m_version;
    QList<OfferCategory> m_categories;
    QList<OfferGroup> m_groups;
    QStringList m_suggested;
};

} // namespace passerelle
