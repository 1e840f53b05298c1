// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ScreenshotTour.h"

#include "app/AppContext.h"
#include "app/ModeTour.h"
#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/session/SessionModel.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/SiteSettings.h"
#include "ui/capture/FrameSourceFactory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QWizard>

namespace passerelle::app {

namespace {

/**
 * Every question answered (nothing is chosen in advance on the profile page): metropolitan France,
 * a smartphone, no ÉduConnect codes, as an input's defaults say.
 */
ProfileForm profile(int day, int month, int year, Nationality nationality = Nationality::French,
                    IdentityDocument document = IdentityDocument::FrenchIdCard)
{
    EligibilityInput input;
    input.birthDate = QDate(year, month, day);
    input.nationality = nationality;
    input.identity.document = document;
    return ProfileForm::fromInput(input);
}

/**
 * The take-home summary as the PDF the counselor saves, @p name.pdf, and its page as @p name.png
 * when poppler's pdftoppm is installed (scripts/install-deps.sh): the page to look at on paper.
 */
bool writeSummaryPdf(const SessionModel &model, const QString &directory, const QString &name, QString *error)
{
    const QString pdf = QDir(directory).filePath(name + QStringLiteral(".pdf"));
    SummarySettings settings = ui::siteSettings();
    if (settings.counselorName.isEmpty()) // a fresh data folder: show where the name goes
        settings.counselorName = QStringLiteral("Camille Martin");
    if (!SummaryDocument::writePdf(pdf, model.toRecord({}), OfferCatalogue::builtIn(), settings, model.language(),
                                   error))
        return false;
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, QDir(directory).filePath(name)});
    }
    return true;
}

void waitFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int runScreenshotTour(const AppContext &context, const QString &directory, AppMode mode, QString *error)
{
    if (mode != AppMode::Counselor)
        return runModeTour(context, directory, mode, error);
    const int wizardShots = runScreenshotTour(context, directory, error);
    const int toolShots = wizardShots < 0 ? -1 : runModeTour(context, directory, mode, error);
    return toolShots < 0 ? -1 : wizardShots + toolShots;
}

int runScreenshotTour(const AppContext &context, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return -1;
    }
    const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    SessionModel model(context.engine(), clock);
    ui::setDefaultFrameSourceFactory(ui::demoSource()); // a made-up card, never a real document
    ui::MainWindow window(model);
    window.setCompleter([](QString *) { return true; }); // the tour saves nothing
    window.resize(900, 760);
    window.show();
    auto *wizard = window.wizard();
    int written = 0;
    const auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (window.grab().save(path))
            ++written;
        else
            *error = QStringLiteral("cannot write %1").arg(path);
    };
    const auto showResult = [&](const ProfileForm &form, const QString &name) {
        model.start();
        model.setProfile(form);
        wizard->restart();
        wizard->next();
        wizard->next();
        shoot(name);
    };

    model.start();
    wizard->restart();
    shoot(QStringLiteral("01-welcome"));
    wizard->next();
    shoot(QStringLiteral("02-profile-empty"));
    // Next on the empty page: each question says what is missing, under itself.
    wizard->button(QWizard::NextButton)->click();
    shoot(QStringLiteral("02b-profile-missing"));
    ProfileForm other = profile(10, 6, 2008, Nationality::Other, IdentityDocument::ResidencePermit);
    other.residentSince = {QStringLiteral("26"), QStringLiteral("3"), QStringLiteral("2026")};
    model.setProfile(other);
    wizard->restart();
    wizard->next();
    shoot(QStringLiteral("03-profile-filled"));
    showResult(profile(15, 3, 2009), QStringLiteral("04-result-eligible-17"));
    ProfileForm school = profile(15, 3, 2009);
    school.hasEduConnect = true;
    showResult(school, QStringLiteral("04b-result-educonnect-17"));
    showResult(profile(10, 6, 2008, Nationality::French, IdentityDocument::FrenchPassport),
               QStringLiteral("05-result-eligible-18"));
    showResult(profile(1, 6, 2012), QStringLiteral("06-result-too-young"));
    showResult(other, QStringLiteral("07-result-residence"));
    showResult(profile(1, 1, 2005), QStringLiteral("08-result-too-old"));
    ProfileForm abroad = profile(10, 6, 2008);
    abroad.territory = QStringLiteral("abroad");
    showResult(abroad, QStringLiteral("08b-result-not-covered"));
    // The counselor's details, opened (a 17-year-old: dates, cap, bonus at 18, identity route).
    showResult(profile(15, 3, 2009), QStringLiteral("04c-result-details-17"));
    if (auto *toggle = wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("counselorDetailsToggle"))) {
        toggle->setChecked(true);
        shoot(QStringLiteral("04c-result-details-17"));
    }

    // The capture step, by route, with the demo's made-up card (never a camera): the in-app check (no
    // picture kept), Démarche Numérique (the files to send), and its end with the files to save.
    const auto showCapture = [&](const ProfileForm &form, const QString &name) {
        model.start();
        model.setProfile(form);
        wizard->restart();
        for (int step = 0; step < 3; ++step) // welcome, profile, result
            wizard->next();
        waitFor(1200); // the card slides in
        shoot(name);
    };
    showCapture(profile(10, 6, 2008), QStringLiteral("04d-capture-in-app"));
    // The shutter (or the auto-capture, if the card held still first): the review of the picture.
    if (auto *shutter = wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("shutterButton"));
        shutter && shutter->isVisible())
        shutter->click();
    waitFor(300);
    shoot(QStringLiteral("04d2-capture-review"));
    showCapture(profile(10, 6, 2008, Nationality::French, IdentityDocument::ExpiredOrLost),
                QStringLiteral("04e-capture-demarche-numerique"));
    for (int picture = 0; picture < 3; ++picture) {
        if (auto *skip = wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("skipButton")))
            skip->click();
    }
    shoot(QStringLiteral("04f-capture-done"));

    // What they like and the tailored offers; named by language, as the tour runs once per language.
    const QString language = currentLanguage();
    model.start();
    model.setProfile(profile(10, 6, 2008, Nationality::French, IdentityDocument::FrenchPassport));
    model.setChosenCategories({QStringLiteral("MUSIQUE_LIVE"), QStringLiteral("JEU"), QStringLiteral("LIVRE")});
    wizard->restart();
    for (int step = 0; step < 4; ++step) // welcome, profile, result, capture (its shots: above)
        wizard->next();
    shoot(QStringLiteral("09-interests-") + language);
    wizard->next();
    shoot(QStringLiteral("10-offers-") + language);
    wizard->next();
    shoot(QStringLiteral("11-summary-") + language);
    if (writeSummaryPdf(model, directory, QStringLiteral("11b-summary-pdf-") + language, error))
        ++written;
    model.start();
    model.setProfile(profile(1, 1, 2005));
    wizard->restart();
    for (int step = 0; step < 3; ++step)
        wizard->next();
    shoot(QStringLiteral("12-offers-not-eligible-") + language);
    return error->isEmpty() ? written : -1;
}

} // namespace passerelle::app
