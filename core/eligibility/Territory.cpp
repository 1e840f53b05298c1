// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eligibility/Territory.h"

#include <QCoreApplication>

#include <array>

namespace passerelle::territories {

namespace {
struct Entry
{
    const char *code;
    const char *name;
};

constexpr std::array<Entry, 14> kTerritories{{
    {"metro", QT_TRANSLATE_NOOP("Territory", "Metropolitan France")},
    {"971", QT_TRANSLATE_NOOP("Territory", "Guadeloupe (971)")},
    {"972", QT_TRANSLATE_NOOP("Territory", "Martinique (972)")},
    {"973", QT_TRANSLATE_NOOP("Territory", "French Guiana (973)")},
    {"974", QT_TRANSLATE_NOOP("Territory", "La Réunion (974)")},
    {"975", QT_TRANSLATE_NOOP("Territory", "Saint-Pierre-et-Miquelon (975)")},
    {"976", QT_TRANSLATE_NOOP("Territory", "Mayotte (976)")},
    {"977", QT_TRANSLATE_NOOP("Territory", "Saint-Barthélemy (977)")},
    {"978", QT_TRANSLATE_NOOP("Territory", "Saint-Martin (978)")},
    {"986", QT_TRANSLATE_NOOP("Territory", "Wallis and Futuna (986)")},
    {"988-sud", QT_TRANSLATE_NOOP("Territory", "New Caledonia, South Province (988)")},
    {"988-other", QT_TRANSLATE_NOOP("Territory", "New Caledonia, another province (988)")},
    {"987", QT_TRANSLATE_NOOP("Territory", "French Polynesia (987)")},
    {"abroad", QT_TRANSLATE_NOOP("Territory", "Outside France")},
}};
} // namespace

QStringList codes()
{
    QStringList list;
    for (const auto &entry : kTerritories)
        list << QString::fromLatin1(entry.code);
    return list;
}

bool isKnown(const QString &code)
{
    return codes().contains(code);
}

QString displayName(const QString &code)
{
    for (const auto &entry : kTerritories) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("Territory", entry.name);
    }
    return code;
}

QString defaultCode()
{
    return QStringLiteral("metro");
}

} // namespace passerelle::territories
