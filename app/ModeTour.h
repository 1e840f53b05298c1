// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/modes/AppMode.h"

#include <QString>

namespace passerelle::app {

class AppContext;

/**
 * The screenshot tour of the kiosk (attract screen, wizard, countdown, admin PIN) or of the demo
 * (banner and the three personas' answers) into @p directory; for the counselor mode, the extra
 * shots of its tools (settings). Nothing is saved: settings go to a temporary file.
 * Returns the number of files written, or -1 with @p error set.
 */
int runModeTour(const AppContext &context, const QString &directory, AppMode mode, QString *error);

} // namespace passerelle::app
