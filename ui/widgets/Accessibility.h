// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <Qt>

class QLabel;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace passerelle::ui {

/** Sets the objectName (for tests) and the accessible name (for screen readers) in one place. */
void name(QWidget *widget, const char *objectName, const QString &accessibleName,
          const QString &accessibleDescription = {});

/** A word-wrapped label with an objectName and the "role" property the theme styles. */
QLabel *roleLabel(QWidget *parent, const char *objectName, const char *role, Qt::Alignment alignment = {});
/** The same for an objectName made at run time ("categoryTitle_" + a category's id). */
QLabel *roleLabel(QWidget *parent, const QString &objectName, const char *role, Qt::Alignment alignment = {});

/**
 * Puts @p content in @p scroll (frameless, resizing its widget) filling @p page from edge to edge,
 * so a long page at 200 % text size scrolls instead of being squeezed. Returns the page's layout,
 * for lines kept under the scrolling part (an error, a hint).
 */
QVBoxLayout *scrollingPage(QWidget *page, QScrollArea *scroll, QWidget *content, const char *objectName);

/** A label's text with the marker that says "error" without relying on colour. */
QString errorText(const QString &message);

} // namespace passerelle::ui
