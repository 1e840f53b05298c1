// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StatisticsExport.h"

#include "core/storage/Database.h"
#include "core/util/Fail.h"

#include <QIODevice>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>

namespace passerelle {

bool writeStatisticsCsv(Database &database, QIODevice &out, QString *error, int *rows)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT local_day, status, age, categories FROM sessions")))
        return fail(error, query.lastError().text());
    struct Cell
    {
        int sessions = 0;
        QMap<QString, int> categories;
    };
    QMap<std::tuple<QString, QString, int>, Cell> cells;
    while (query.next()) {
        Cell &cell = cells[{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()}];
        ++cell.sessions;
        for (const auto &category : query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ++cell.categories[category];
    }
    QByteArray csv = "day,outcome,age,sessions,categories\n";
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        QStringList categories;
        for (auto c = it->categories.cbegin(); c != it->categories.cend(); ++c)
            categories.append(QStringLiteral("%1:%2").arg(c.key()).arg(c.value()));
        const auto &[day, status, age] = it.key();
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(day, status)
                   .arg(age)
                   .arg(it->sessions)
                   .arg(categories.join(QLatin1Char(';')))
                   .toUtf8();
    }
    if (!writeCsvText(out, csv, error))
        return false;
    if (rows)
        *rows = int(cells.size());
    return true;
}

bool writeCsvText(QIODevice &out, const QByteArray &csv, QString *error)
{
    if (out.write(csv) == csv.size())
        return true;
    return fail(error, out.errorString());
}

} // namespace passerelle
