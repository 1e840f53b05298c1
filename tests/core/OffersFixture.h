// SPDX-License-Identifier: GPL-3.0-or-later
// Builds real session records (the built-in rules and engine) for the offers and summary tests.
#pragma once

#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionRecord.h"

#include <QUuid>

namespace passerelle::test {

inline SessionRecord offersSession(const char *birth, const char *on, const QStringList &chosen,
                                   IdentityDocument document = IdentityDocument::FrenchIdCard,
                                   bool hasSmartphone = true, const QString &language = QStringLiteral("fr"))
{
    static const RuleBook book = RuleBook::builtIn();
    const EligibilityEngine engine(book);
    SessionRecord r;
    r.id = QUuid::createUuid();
    r.startedUtc = QDateTime(QDate::fromString(QString::fromLatin1(on), Qt::ISODate), QTime(9, 0), Qt::UTC);
    r.completedUtc = r.startedUtc.addSecs(1800);
    r.language = language;
    r.input.birthDate = QDate::fromString(QString::fromLatin1(birth), Qt::ISODate);
    r.input.appointmentDate = r.startedUtc.date();
    r.document = document;
    r.hasSmartphone = hasSmartphone;
    r.input.identity.document = document;
    r.input.identity.hasSmartphone = hasSmartphone;
    r.result = engine.evaluate(r.input);
    r.identityPlan = r.result.identityPlan;
    r.chosenCategories = chosen;
    return r;
}

} // namespace passerelle::test
