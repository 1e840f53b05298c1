// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace passerelle {

/** The UI languages the app ships; French is the default. */
QStringList supportedLanguages();
QString defaultLanguage();

/**
 * Installs Passerelle's and Qt's own translations for @p language on the application (replacing
 * any installed before) and makes it the default QLocale. Returns false for an unknown language.
 */
bool installTranslations(const QString &language);

/** The language installed last (the default language before any call). */
QString currentLanguage();

} // namespace passerelle
