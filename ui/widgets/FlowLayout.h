// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace passerelle::ui {

/**
 * Lays its widgets out in reading order and wraps them onto the next line when the width runs out,
 * so every one stays visible and whole at any text size (a toolbar hides what does not fit behind
 * an overflow button instead). Follows the layout direction (right to left in Arabic).
 */
class FlowLayout : public QLayout
{
public:
    /** @p spacing: the gap between two items, across and down. */
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

private:
    /** Places the items in @p rect (or only measures); returns the height used. */
    int arrange(const QRect &rect, bool place) const;
    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace passerelle::ui
