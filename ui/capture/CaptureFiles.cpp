// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/CaptureFiles.h"

#include "core/capture/CaptureOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSaveFile>

namespace passerelle::ui {

namespace {
struct CaptureFilesText
{
    Q_DECLARE_TR_FUNCTIONS(CaptureFiles)
};

bool writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}
} // namespace

QStringList saveCaptureFiles(const QString &folder, const QList<CaptureFile> &pictures, QString *error)
{
    const QDir dir(folder);
    if (pictures.isEmpty()) {
        *error = CaptureFilesText::tr("There is no picture to save.");
        return {};
    }
    if (!dir.exists()) {
        *error = CaptureFilesText::tr("This folder does not exist.");
        return {};
    }
    QStringList written;
    QList<QImage> pages;
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        const QString fileName = QStringLiteral("%1-%2.jpg").arg(i + 1).arg(captureCodeString(pictures.at(i).capture));
        if (!writeWhole(dir.filePath(fileName), pictures.at(i).jpeg)) {
            *error = CaptureFilesText::tr("%1 could not be written. Is the folder writable, or the drive full?")
                         .arg(fileName);
            return {};
        }
        written << fileName;
        pages << QImage::fromData(pictures.at(i).jpeg, "JPEG");
    }
    const QByteArray pdf = captureoutput::bundlePdf(pages, CaptureFilesText::tr("Identity documents"));
    const QString pdfName = QStringLiteral("documents.pdf");
    if (pdf.isEmpty() || !writeWhole(dir.filePath(pdfName), pdf)) {
        *error =
            CaptureFilesText::tr("%1 could not be written. Is the folder writable, or the drive full?").arg(pdfName);
        return {};
    }
    written << pdfName;
    return written;
}

} // namespace passerelle::ui
