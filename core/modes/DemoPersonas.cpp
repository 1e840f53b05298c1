// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/DemoPersonas.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
struct DemoPersonasText
{
    Q_DECLARE_TR_FUNCTIONS(DemoPersonas)
};
} // namespace

QList<DemoPersona> demoPersonas(QDate appointmentDate)
{
    ProfileForm student;
    student.birth = DateFields::fromDate(appointmentDate.addYears(-17).addMonths(-3));
    student.nationality = Nationality::French;
    student.territory = QStringLiteral("metro");
    student.document = IdentityDocument::FrenchIdCard;
    student.hasSmartphone = true;
    student.hasEduConnect = false;

    ProfileForm resident;
    resident.birth = DateFields::fromDate(appointmentDate.addYears(-18).addMonths(-2));
    resident.nationality = Nationality::Other;
    resident.residentSince = DateFields::fromDate(appointmentDate.addMonths(-8));
    resident.territory = QStringLiteral("metro");
    resident.document = IdentityDocument::ResidencePermit;
    resident.hasSmartphone = true;

    ProfileForm adult;
    adult.birth = DateFields::fromDate(appointmentDate.addYears(-20).addMonths(-4));
    adult.nationality = Nationality::French;
    adult.territory = QStringLiteral("metro");
    adult.document = IdentityDocument::FrenchPassport;
    adult.hasSmartphone = true;

    return {
        {QStringLiteral("lyceen17"), DemoPersonasText::tr("Léa, 17"),
         DemoPersonasText::tr("French, in high school, has an identity card."), student},
        {QStringLiteral("resident18"), DemoPersonasText::tr("Youssef, 18"),
         DemoPersonasText::tr("From outside the EU, living in France for 8 months, has a residence permit."), resident},
        {QStringLiteral("adult20"), DemoPersonasText::tr("Camille, 20"),
         DemoPersonasText::tr("French, 20 years old, has a passport."), adult},
    };
}

} // namespace passerelle
