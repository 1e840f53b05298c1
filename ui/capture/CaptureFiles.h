// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CaptureCode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle::ui {

/** One kept picture to write: which capture it is and its JPEG bytes. */
struct CaptureFile
{
    CaptureCode capture;
    QByteArray jpeg;
};

/**
 * Writes the pictures the counselor chose to save, to a folder they chose (a USB stick...): one
 * JPEG per picture ("1-id_front.jpg", no personal data in the names) and one PDF with every page
 * ("documents.pdf"). Each file is written whole or not at all (QSaveFile). Returns the file names
 * written, or an empty list with @p error set to a plain sentence.
 */
QStringList saveCaptureFiles(const QString &folder, const QList<CaptureFile> &pictures, QString *error);

} // namespace passerelle::ui
