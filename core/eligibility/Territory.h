// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace passerelle {

/**
 * Territories of residence, by the codes the CLI and the rule files use: "metro", the DROM/COM
 * by their INSEE code ("971" ... "986", "987"), New Caledonia by province ("988-sud",
 * "988-other") and "abroad".
 */
namespace territories {

QStringList codes();
bool isKnown(const QString &code);
/** The name people read, translated ("La Réunion (974)"). */
QString displayName(const QString &code);
QString defaultCode();

} // namespace territories
} // namespace passerelle
