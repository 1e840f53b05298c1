// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace passerelle::ui {

/** Sets the objectName (for tests) and the accessible name (for screen readers) in one place. */
void name(QWidget *widget, const char *objectName, const QString &accessibleName,
          const QString &accessibleDescription = {});

/** A label's text with the marker that says "error" without relying on colour. */
QString errorText(const QString &message);

} // namespace passerelle::ui
