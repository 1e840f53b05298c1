// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace passerelle {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = defaultLanguage();
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")};
}

QString defaultLanguage()
{
    return QStringLiteral("fr");
}

QString currentLanguage()
{
    return installed().language;
}

bool installTranslations(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    auto &state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());

    state.app = std::make_unique<QTranslator>();
    // Source strings are English; passerelle_en.qm exists so English plurals are right too.
    if (state.app->load(QStringLiteral(":/i18n/passerelle_%1.qm").arg(language)))
        QCoreApplication::installTranslator(state.app.get());
    state.qt = std::make_unique<QTranslator>();
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());

    const bool arabic = language == QLatin1String("ar");
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QStringLiteral("fr_FR")
                                : arabic                        ? QStringLiteral("ar_MA")
                                                                : QStringLiteral("en_GB")));
    // Arabic reads right to left: every layout of the app mirrors (core tests have no GUI app).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    state.language = language;
    return true;
}

} // namespace passerelle
