// SPDX-License-Identifier: GPL-3.0-or-later
// Passerelle: a counselor and a young person, one appointment, the pass Culture.
#include "AppContext.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Theme.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace passerelle;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("passerelle"));
    QApplication::setApplicationDisplayName(QStringLiteral("Passerelle"));
    QApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.passerelle.Passerelle"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Passerelle: pass Culture appointments at the Mission Locale."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: fr (default) or en."),
                                  QStringLiteral("fr|en"), defaultLanguage());
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the local database (default: the user's data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                                  QStringLiteral("Render every page to PNG files in DIR, then quit."), QStringLiteral("DIR"));
    parser.addOptions({lang, dataDir, tour});
    parser.process(app);

    if (!installTranslations(parser.value(lang))) {
        std::fprintf(stderr, "passerelle: --lang: unknown language \"%s\" (fr or en)\n", qPrintable(parser.value(lang)));
        return 2;
    }
    ui::applyTheme(app);

    app::AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(lang);
    QString error;
    const auto context = app::AppContext::create(options, &error);
    if (!context) {
        QMessageBox::critical(nullptr, MainText::tr("Passerelle cannot start"), error);
        return 1;
    }

    if (parser.isSet(tour)) {
        const int written = app::runScreenshotTour(*context, parser.value(tour), &error);
        if (written < 0) {
            std::fprintf(stderr, "passerelle: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d screenshots written to %s\n", written, qPrintable(parser.value(tour)));
        return 0;
    }

    SessionModel model(context->engine(), context->clock());
    ui::MainWindow window(model);
    window.setCompleter([&](QString *message) { return context->saveCompleted(model, message); });
    window.show();
    // Said once, clearly, before the first appointment: a damaged file set aside, no keychain...
    if (const QStringList notices = context->notices(); !notices.isEmpty())
        QMessageBox::information(&window, MainText::tr("Passerelle"), notices.join(QStringLiteral("\n\n")));
    return app.exec();
}
