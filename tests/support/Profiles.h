// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/ProfileForm.h"

namespace passerelle::test {

/**
 * A profile with every question answered explicitly: since issue 15 nothing that decides the
 * answer is chosen in advance, so a test says each answer (French, metropolitan France, the given
 * document, a smartphone, no ÉduConnect codes unless changed).
 */
inline ProfileForm answeredProfile(const char *day, const char *month, const char *year,
                                   Nationality nationality = Nationality::French,
                                   IdentityDocument document = IdentityDocument::FrenchIdCard)
{
    ProfileForm form;
    form.birth = {QString::fromLatin1(day), QString::fromLatin1(month), QString::fromLatin1(year)};
    form.nationality = nationality;
    form.territory = QStringLiteral("metro");
    form.document = document;
    form.hasSmartphone = true;
    form.hasEduConnect = false;
    return form;
}

} // namespace passerelle::test
