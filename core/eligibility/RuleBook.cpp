// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/RuleBook.h"

#include "core/util/Fail.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace passerelle {

namespace {
bool overlaps(const RuleSet &a, const RuleSet &b)
{
    const QDate aEnd = a.validUntil.isValid() ? a.validUntil : QDate(9999, 12, 31);
    const QDate bEnd = b.validUntil.isValid() ? b.validUntil : QDate(9999, 12, 31);
    return a.validFrom <= bEnd && b.validFrom <= aEnd;
}
} // namespace

RuleBook RuleBook::builtIn(QString *error)
{
    RuleBook book;
    book.loadDirectory(QStringLiteral(":/rules"), error);
    return book;
}

bool RuleBook::loadDirectory(const QString &directory, QString *error)
{
    const QDir dir(directory);
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(error, QStringLiteral("%1: no rule file (*.json) found").arg(directory));
    for (const auto &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString()));
        auto ruleSet = RuleSet::fromJson(file.readAll(), name, error);
        if (!ruleSet || !add(std::move(*ruleSet), error))
            return false;
    }
    return true;
}

bool RuleBook::add(RuleSet ruleSet, QString *error)
{
    for (const auto &existing : std::as_const(m_ruleSets)) {
        if (existing.id == ruleSet.id)
            return fail(error, QStringLiteral("%1: id: \"%2\" is already used by %3")
                                   .arg(ruleSet.fileName, ruleSet.id, existing.fileName));
        if (!overlaps(existing, ruleSet))
            continue;
        for (const auto &territory : std::as_const(ruleSet.territories)) {
            if (existing.coversTerritory(territory))
                return fail(error, QStringLiteral("%1: valid_from: the dates overlap %2 (%3) for territory \"%4\"")
                                       .arg(ruleSet.fileName, existing.fileName, existing.id, territory));
        }
    }
    const auto pos = std::upper_bound(m_ruleSets.begin(), m_ruleSets.end(), ruleSet,
                                      [](const RuleSet &a, const RuleSet &b) { return a.validFrom < b.validFrom; });
    m_ruleSets.insert(pos, std::move(ruleSet));
    return true;
}

const RuleSet *RuleBook::byId(const QString &id) const
{
    for (const auto &rs : m_ruleSets) {
        if (rs.id == id)
            return &rs;
    }
    return nullptr;
}

const RuleSet *RuleBook::inForce(QDate date, const QString &territory) const
{
    for (const auto &rs : m_ruleSets) {
        if (rs.coversDate(date) && rs.coversTerritory(territory))
            return &rs;
    }
    return nullptr;
}

const RuleSet *RuleBook::anyInForce(QDate date) const
{
    if (const auto *metro = inForce(date, QStringLiteral("metro")))
        return metro;
    for (const auto &rs : m_ruleSets) {
        if (rs.coversDate(date))
            return &rs;
    }
    return nullptr;
}

const RuleSet *RuleBook::nextCovering(QDate date, const QString &territory) const
{
    for (const auto &rs : m_ruleSets) {
        if (rs.validFrom > date && rs.coversTerritory(territory))
            return &rs;
    }
    return nullptr;
}

} // namespace passerelle
