// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/EligibilityResult.h"
#include "core/session/KioskStep.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class QSettings;

namespace passerelle {

class Database;
class SessionModel;

/**
 * What a kiosk keeps of a visit when its policy says "anonymous statistics": counters only. No
 * session id, no time of day, no name, no date of birth, no picture: one row per local day, how the
 * visit ended, the last step reached, the eligibility outcome and the age, with a count; plus how
 * often each offer category was chosen in that row. Off by default ("kiosk/statistics").
 */
struct KioskVisit
{
    enum class Ending {
        Finished, ///< went to the end of the wizard
        Left,     ///< "J'ai fini / nouvelle personne" before the end
        Idle,     ///< nobody answered "Tu es toujours là ?": the idle wipe
    };

    QDate day; ///< local day
    Ending ending = Ending::Left;
    KioskStep lastStep = KioskStep::BirthDate; ///< the step the person was on (stored as kioskStepCode())
    std::optional<EligibilityStatus> outcome;  ///< the answer's status (stored as statusCode()); null before
                                               ///< any answer (stored "none")
    int age = -1;                              ///< age on the appointment date, -1 before any answer
    QStringList categories;                    ///< offer categories chosen

    /** The visit as the kiosk sees it when it wipes: only the fields above are read from @p model. */
    static KioskVisit from(const SessionModel &model, KioskStep lastStep, Ending ending, QDate day);
    static QString endingCode(Ending ending); ///< "finished", "left", "idle"
};

enum class KioskStatisticsPolicy {
    None,      ///< the kiosk keeps nothing at all (default)
    Anonymous, ///< the kiosk adds each visit to the anonymous counters
};

/** "kiosk/statistics" in the app's settings: "none" (default) or "anonymous". */
KioskStatisticsPolicy loadKioskStatisticsPolicy(const QSettings &settings);

/** The kiosk's anonymous counters in the local database (migration 12). */
class KioskStatistics
{
public:
    explicit KioskStatistics(Database &database)
        : m_database(database)
    {}

    /** Adds one visit to the counters (one transaction). */
    bool add(const KioskVisit &visit, QString *error = nullptr);
    /** Visits counted, all days together. */
    int visits() const;
    /**
     * The counters as CSV: "day,ending,step,outcome,age,visits,categories" with categories as
     * "CINEMA:3;LIVRE:1", ordered by day then the other columns.
     */
    bool writeCsv(QIODevice &out, QString *error, int *rows = nullptr) const;

private:
    Database &m_database;
};

} // namespace passerelle
