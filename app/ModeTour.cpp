// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ModeTour.h"

#include "app/AppContext.h"
#include "app/ModeWindows.h"
#include "core/modes/DemoPersonas.h"
#include "core/modes/KioskSteps.h"
#include "core/modes/PinLock.h"
#include "core/session/SessionModel.h"
#include "ui/MainWindow.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/DemoTools.h"
#include "ui/modes/KioskWindow.h"
#include "ui/modes/PinDialog.h"
#include "ui/modes/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>

#include <functional>

namespace passerelle::app {

namespace {

/** Taps the kiosk's control named @p objectName, as a finger would (a click on a button). */
void tap(QWidget *root, const QString &objectName)
{
    if (auto *button = root->findChild<QAbstractButton *>(objectName))
        button->click();
    else
        qWarning("tour: no %s in the kiosk", qPrintable(objectName));
    QApplication::processEvents();
}

/** A whole kiosk visit, step by step, then leaving, the idle countdown and the admin PIN. */
void kioskVisit(ui::KioskWindow &kiosk, const Clock &clock, const QString &settingsFile,
                const std::function<void(QWidget *, const QString &)> &shoot)
{
    qint64 now = 0;
    kiosk.idleTimer()->setTimeSource([&now] { return now; });
    kiosk.idleTimer()->setManualTicks(true);
    shoot(&kiosk, QStringLiteral("40-kiosk-attract"));
    kiosk.startSession();
    shoot(&kiosk, QStringLiteral("41-kiosk-birth-empty"));
    for (const QChar digit : QStringLiteral("15032009"))
        tap(&kiosk, QStringLiteral("birthDigit") + digit);
    shoot(&kiosk, QStringLiteral("42-kiosk-birth"));
    const QStringList answers{QStringLiteral("nationalityFrench"), QStringLiteral("territory_metro"),
                              QStringLiteral("document_fr_id_card"), QStringLiteral("smartphoneYes"),
                              QStringLiteral("schoolNo")};
    int shot = 43;
    for (const auto &answer : answers) {
        tap(&kiosk, QStringLiteral("kioskNextButton"));
        tap(&kiosk, answer);
        shoot(&kiosk, QStringLiteral("%1-kiosk-%2").arg(shot++).arg(kioskStepCode(kiosk.flow()->currentStep())));
    }
    tap(&kiosk, QStringLiteral("kioskNextButton"));
    shoot(&kiosk, QStringLiteral("48-kiosk-answer"));
    tap(&kiosk, QStringLiteral("kioskNextButton"));
    tap(&kiosk, QStringLiteral("tile_CINEMA"));
    tap(&kiosk, QStringLiteral("tile_LIVRE"));
    shoot(&kiosk, QStringLiteral("49-kiosk-interests"));
    tap(&kiosk, QStringLiteral("kioskNextButton"));
    shoot(&kiosk, QStringLiteral("50-kiosk-offers"));
    tap(&kiosk, QStringLiteral("kioskNextButton"));
    shoot(&kiosk, QStringLiteral("51-kiosk-take-away"));
    tap(&kiosk, QStringLiteral("kioskDoneButton"));
    shoot(&kiosk, QStringLiteral("52-kiosk-leave"));
    tap(&kiosk, QStringLiteral("leaveConfirmButton"));

    // A "no", said kindly: 21 and over.
    kiosk.startSession();
    for (const QChar digit : QStringLiteral("01012000"))
        tap(&kiosk, QStringLiteral("birthDigit") + digit);
    for (const auto &answer : answers.mid(0, 4)) {
        tap(&kiosk, QStringLiteral("kioskNextButton"));
        tap(&kiosk, answer);
    }
    tap(&kiosk, QStringLiteral("kioskNextButton"));
    shoot(&kiosk, QStringLiteral("53-kiosk-answer-too-old"));
    now += kiosk.idleTimer()->timings().idleMs + 3000;
    kiosk.idleTimer()->tick();
    shoot(&kiosk, QStringLiteral("54-kiosk-still-there"));
    kiosk.wipe();
    PinLock lock(PinLock::adminKey(), clock, settingsFile);
    ui::PinDialog pin(lock, ui::KioskWindow::tr("Administration"), ui::KioskWindow::tr("Admin PIN to leave the kiosk:"),
                      &kiosk);
    pin.setStyleSheet(kiosk.styleSheet());
    pin.show();
    shoot(&pin, QStringLiteral("55-kiosk-admin-pin"));
}

} // namespace

int runModeTour(const AppContext &context, const QString &directory, AppMode mode, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return -1;
    }
    QTemporaryDir temp;
    const QString settingsFile = temp.filePath(QStringLiteral("tour.ini"));
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("counselor/name"), QStringLiteral("Inès Martin"));
    settings.setValue(QStringLiteral("site/name"), QStringLiteral("Mission Locale de Lens-Liévin"));
    settings.setValue(QStringLiteral("site/contact"), QStringLiteral("03 21 00 00 00"));
    const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    SessionModel model(context.engine(), clock);
    int written = 0;
    const auto shoot = [&](QWidget *widget, const QString &name) {
        QApplication::processEvents();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (widget->grab().save(path))
            ++written;
        else
            *error = QStringLiteral("cannot write %1").arg(path);
    };
    auto built = createModeWindow(
        mode, model, clock, settings, [](QString *) { return true; }, settingsFile);
    QWidget *window = built.window.get();
    window->resize(1024, 768);
    window->show();
    const auto personas = demoPersonas(model.appointmentDate());

    if (mode == AppMode::Counselor) {
        ui::SettingsDialog dialog(settings, window);
        dialog.show();
        shoot(&dialog, QStringLiteral("20-counselor-settings"));
    } else if (mode == AppMode::Demo) {
        model.start();
        built.wizard->restart();
        shoot(window, QStringLiteral("30-demo-welcome"));
        for (int i = 0; i < personas.size(); ++i) {
            built.demo->pickPersona(i);
            built.demo->jumpTo(WizardStep::Result);
            shoot(window, QStringLiteral("3%1-demo-%2").arg(i + 1).arg(personas[i].id));
        }
    } else {
        kioskVisit(*built.kiosk, clock, settingsFile, shoot);
    }
    return error->isEmpty() ? written : -1;
}

} // namespace passerelle::app
