// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KioskStatistics.h"

#include "core/session/SessionModel.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticsExport.h"
#include "core/storage/Transaction.h"
#include "core/util/CodeTable.h"
#include "core/util/Fail.h"

#include <QIODevice>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace passerelle {

KioskVisit KioskVisit::from(const SessionModel &model, KioskStep lastStep, Ending ending, QDate day)
{
    KioskVisit visit;
    visit.day = day;
    visit.ending = ending;
    visit.lastStep = lastStep;
    if (const auto &result = model.result()) {
        visit.outcome = result->status;
        visit.age = result->age;
    }
    visit.categories = model.chosenCategories();
    return visit;
}

namespace {
constexpr auto kEndings = codeTable<KioskVisit::Ending>({
    {KioskVisit::Ending::Finished, "finished"},
    {KioskVisit::Ending::Left, "left"},
    {KioskVisit::Ending::Idle, "idle"},
});
static_assert(kEndings.isWellFormed());

constexpr auto kPolicies = codeTable<KioskStatisticsPolicy>({
    {KioskStatisticsPolicy::None, "none"},
    {KioskStatisticsPolicy::Anonymous, "anonymous"},
});
static_assert(kPolicies.isWellFormed());
} // namespace

QString KioskVisit::endingCode(Ending ending)
{
    return kEndings.code(ending);
}

KioskStatisticsPolicy loadKioskStatisticsPolicy(const QSettings &settings)
{
    // Anything but "anonymous" (unset, misspelt) keeps nothing.
    return kPolicies.fromCode(settings.value(QStringLiteral("kiosk/statistics")).toString())
        .value_or(KioskStatisticsPolicy::None);
}

bool KioskStatistics::add(const KioskVisit &visit, QString *error)
{
    if (!visit.day.isValid())
        return fail(error, QStringLiteral("a kiosk visit needs a day"));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(error, transaction.error());
    const QVariantList key{visit.day.toString(Qt::ISODate), KioskVisit::endingCode(visit.ending),
                           kioskStepCode(visit.lastStep),
                           visit.outcome ? statusCode(*visit.outcome) : QStringLiteral("none"), visit.age};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO kiosk_statistics (day, ending, step, outcome, age, visits)"
                                 " VALUES (?, ?, ?, ?, ?, 1)"
                                 " ON CONFLICT (day, ending, step, outcome, age) DO UPDATE SET visits = visits + 1"));
    for (const auto &value : key)
        query.addBindValue(value);
    if (!query.exec())
        return fail(error, query.lastError().text());
    for (const QString &category : visit.categories) {
        QSqlQuery chosen(db);
        chosen.prepare(QStringLiteral(
            "INSERT INTO kiosk_statistics_categories (day, ending, step, outcome, age, category, chosen)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)"
            " ON CONFLICT (day, ending, step, outcome, age, category) DO UPDATE SET chosen = chosen + 1"));
        for (const auto &value : key)
            chosen.addBindValue(value);
        chosen.addBindValue(category);
        if (!chosen.exec())
            return fail(error, chosen.lastError().text());
    }
    return transaction.commit(error);
}

int KioskStatistics::visits() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COALESCE(SUM(visits), 0) FROM kiosk_statistics")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool KioskStatistics::writeCsv(QIODevice &out, QString *error, int *rows) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT s.day, s.ending, s.step, s.outcome, s.age, s.visits,"
            " (SELECT GROUP_CONCAT(c.category || ':' || c.chosen, ';') FROM"
            "   (SELECT category, chosen FROM kiosk_statistics_categories k"
            "    WHERE k.day = s.day AND k.ending = s.ending AND k.step = s.step AND k.outcome = s.outcome"
            "      AND k.age = s.age ORDER BY category) c)"
            " FROM kiosk_statistics s ORDER BY s.day, s.ending, s.step, s.outcome, s.age"))) {
        return fail(error, query.lastError().text());
    }
    QByteArray csv = "day,ending,step,outcome,age,visits,categories\n";
    int count = 0;
    while (query.next()) {
        const int age = query.value(4).toInt();
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), age < 0 ? QString() : QString::number(age),
                        query.value(5).toString(), query.value(6).toString())
                   .toUtf8();
        ++count;
    }
    if (!writeCsvText(out, csv, error))
        return false;
    if (rows)
        *rows = count;
    return true;
}

} // namespace passerelle
