// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ModeTour.h"

#include "app/AppContext.h"
#include "app/ModeWindows.h"
#include "core/modes/DemoPersonas.h"
#include "core/modes/PinLock.h"
#include "core/session/SessionModel.h"
#include "ui/MainWindow.h"
#include "ui/modes/AttractScreen.h"
#include "ui/modes/DemoTools.h"
#include "ui/modes/KioskWindow.h"
#include "ui/modes/PinDialog.h"
#include "ui/modes/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>

namespace passerelle::app {

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
        auto *kiosk = built.kiosk;
        qint64 now = 0;
        kiosk->idleTimer()->setTimeSource([&now] { return now; });
        kiosk->idleTimer()->setManualTicks(true);
        shoot(window, QStringLiteral("40-kiosk-attract"));
        kiosk->startSession();
        shoot(window, QStringLiteral("41-kiosk-welcome"));
        model.setProfile(personas[0].profile);
        kiosk->wizard()->restart();
        kiosk->wizard()->next();
        shoot(window, QStringLiteral("42-kiosk-profile"));
        kiosk->wizard()->next();
        shoot(window, QStringLiteral("43-kiosk-result"));
        now += kiosk->idleTimer()->timings().idleMs + 3000;
        kiosk->idleTimer()->tick();
        shoot(window, QStringLiteral("44-kiosk-still-there"));
        kiosk->wipe();
        PinLock lock(PinLock::adminKey(), clock, settingsFile);
        ui::PinDialog pin(lock, ui::KioskWindow::tr("Administration"),
                          ui::KioskWindow::tr("Admin PIN to leave the kiosk:"), window);
        pin.show();
        shoot(&pin, QStringLiteral("45-kiosk-admin-pin"));
    }
    return error->isEmpty() ? written : -1;
}

} // namespace passerelle::app
