// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ChoiceTile.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace passerelle::ui {

namespace {
constexpr int kIconSize = 48;
}

ChoiceTile::ChoiceTile(const QString &id, const QString &iconPath, QWidget *parent)
    : QToolButton(parent)
    , m_id(id)
{
    setCheckable(true);
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Reached with Tab like any control, not only by mouse (QToolButton's default is TabFocus).
    setFocusPolicy(Qt::StrongFocus);
    setProperty("role", QStringLiteral("tile"));
    setIconSize(QSize(kIconSize, kIconSize));
    setIcon(QIcon(svgPixmap(iconPath, kIconSize, devicePixelRatioF())));
    setMinimumHeight(kIconSize + 3 * fontMetrics().height());
    connect(this, &QAbstractButton::toggled, this, &ChoiceTile::showState);
}

void ChoiceTile::setLabel(const QString &label)
{
    m_label = label;
    setAccessibleName(label);
    showState();
}

void ChoiceTile::showState()
{
    // The tick says "chosen" to those who cannot tell the frame's colour apart.
    setText(isChecked() ? QStringLiteral("\u2714 ") + m_label : m_label);
}

QPixmap ChoiceTile::svgPixmap(const QString &path, int size, qreal devicePixelRatio)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return {};
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace passerelle::ui
