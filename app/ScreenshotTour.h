// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"

#include <QString>

namespace passerelle::app {

class AppContext;

/**
 * Renders every page of the wizard, in typical states, to PNG files in @p directory
 * (NN-page-state.png), on a fixed appointment date so the pictures do not change from run to
 * run. Nothing is saved to the database. Returns the number of files written, or -1.
 * In kiosk and demo @p mode, the shots are those of that mode (see runModeTour()).
 */
int runScreenshotTour(const AppContext &context, const QString &directory, QString *error);
int runScreenshotTour(const AppContext &context, const QString &directory, AppMode mode, QString *error);

} // namespace passerelle::app
