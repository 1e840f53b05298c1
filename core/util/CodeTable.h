// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace passerelle {

/**
 * The one place an enum's values meet their codes: the stable spellings stored in the database,
 * sent to the server, written in settings or typed on the command line. Each enum has one table,
 * beside the two functions that convert, and the rest of the code compares enum values, so a typo
 * does not compile and "find usages" of a value finds every use:
 *
 *     constexpr auto kAppModes = codeTable<AppMode>({
 *         {AppMode::Counselor, "counselor"},
 *         {AppMode::Kiosk, "kiosk"},
 *     });
 *     static_assert(kAppModes.isWellFormed());
 *     QString appModeCode(AppMode mode) { return kAppModes.code(mode); }
 *
 * Codes are stored: never rename one. Adding a value to the enum means adding its row.
 */
template <typename Enum, std::size_t N> class CodeTable
{
    static_assert(std::is_enum_v<Enum>);

public:
    using Entry = std::pair<Enum, const char *>;

    constexpr explicit CodeTable(const std::array<Entry, N> &entries)
        : m_entries(entries)
    {}

    /** The code of @p value; empty for a value the table lacks. */
    QString code(Enum value) const
    {
        for (const auto &[entryValue, entryCode] : m_entries) {
            if (entryValue == value)
                return QString::fromLatin1(entryCode);
        }
        return {};
    }

    /** The value spelled @p code exactly; null for any other text. */
    std::optional<Enum> fromCode(QStringView code) const
    {
        for (const auto &[entryValue, entryCode] : m_entries) {
            if (code == QLatin1String(entryCode))
                return entryValue;
        }
        return std::nullopt;
    }

    /** Every value, in the table's order. */
    QList<Enum> values() const
    {
        QList<Enum> list;
        for (const auto &entry : m_entries)
            list << entry.first;
        return list;
    }

    /** Every code, in the table's order. */
    QStringList codes() const
    {
        QStringList list;
        for (const auto &entry : m_entries)
            list << QString::fromLatin1(entry.second);
        return list;
    }

    /** No value twice, no code twice, no empty code: checked at compile time with static_assert. */
    constexpr bool isWellFormed() const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (!m_entries[i].second || std::string_view(m_entries[i].second).empty())
                return false;
            for (std::size_t j = i + 1; j < N; ++j) {
                if (m_entries[i].first == m_entries[j].first ||
                    std::string_view(m_entries[i].second) == std::string_view(m_entries[j].second))
                    return false;
            }
        }
        return true;
    }

private:
    std::array<Entry, N> m_entries;
};

/** Builds a CodeTable from a braced list of {value, "code"} rows (see CodeTable). */
template <typename Enum, std::size_t N>
constexpr CodeTable<Enum, N> codeTable(const std::pair<Enum, const char *> (&entries)[N])
{
    std::array<std::pair<Enum, const char *>, N> rows{};
    for (std::size_t i = 0; i < N; ++i)
        rows[i] = entries[i];
    return CodeTable<Enum, N>(rows);
}

} // namespace passerelle
