// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace passerelle::ui {

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf7, 0xf7, 0xf5));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Button, QColor(0xec, 0xec, 0xe8));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0x0b, 0x4f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    app.setPalette(p);

    const double base = app.font().pointSizeF() > 0 ? app.font().pointSizeF() : 10.0;
    const auto pt = [base](double factor) { return QString::number(base * factor, 'f', 1); };
    app.setStyleSheet(QStringLiteral(
        "QLabel[role=\"headline\"] { font-size: %1pt; font-weight: bold; }"
        "QLabel[role=\"headline\"][status=\"good\"] { color: #1b5e20; }"
        "QLabel[role=\"headline\"][status=\"later\"] { color: #7a4100; }"
        "QLabel[role=\"headline\"][status=\"no\"] { color: #8b1a1a; }"
        "QLabel[role=\"amount\"] { font-size: %2pt; font-weight: bold; color: #0b3d91; }"
        "QLabel[role=\"heading\"] { font-size: %3pt; font-weight: bold; margin-top: 6px; }"
        "QLabel[role=\"error\"] { color: #9b0000; font-weight: bold; }"
        "QLabel[role=\"hint\"] { color: #3d3d3d; }"
        // Focus always visible, whatever the style draws.
        "QLineEdit:focus, QComboBox:focus { border: 2px solid #0b4fa8; border-radius: 3px; }"
        "QPushButton:focus, QCheckBox:focus, QRadioButton:focus { outline: 2px solid #0b4fa8; }")
                          .arg(pt(1.9), pt(1.5), pt(1.15)));
}

} // namespace passerelle::ui
