// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace passerelle::ui {

/**
 * A large checkable tile: an icon above a word. Checked is shown by a tick before the word and a
 * thick frame (never by colour alone); Space toggles it, like any button.
 */
class ChoiceTile : public QToolButton
{
    Q_OBJECT

public:
    /** @p id is what the page stores (a catalogue id); @p iconPath an SVG file or resource. */
    ChoiceTile(const QString &id, const QString &iconPath, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    /** The word on the tile (the tick is added when checked). */
    void setLabel(const QString &label);
    QString label() const { return m_label; }

    /** The icon drawn from an SVG at @p size logical pixels for @p devicePixelRatio; null if unreadable. */
    static QPixmap svgPixmap(const QString &path, int size, qreal devicePixelRatio);

private:
    void showState();
    QString m_id;
    QString m_label;
};

} // namespace passerelle::ui
