// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <Qt>

class QLabel;
class QWidget;

namespace passerelle::ui {

/** Sets the objectName (for tests) and the accessible name (for screen readers) in one place. */
void name(QWidget *widget, const char *objectName, const QString &accessibleName,
          const QString &accessibleDescription = {});

/** A word-wrapped label with an objectName and the "role" property the theme styles. */
QLabel *roleLabel(QWidget *parent, const char *objectName, const char *role, Qt::Alignment alignment = {});

/** A label's text with the marker that says "error" without relying on colour. */
QString errorText(const QString &message);

} // namespace passerelle::ui
