// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace passerelle::test {

/** Result of running a program to its end. */
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/** Runs @p program with @p arguments (and optional stdin), waiting up to @p timeoutMs. */
ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                         const QByteArray &input = {});

/** Path of an executable built by this project (e.g. "passerelle-cli"). */
QString builtExecutable(const QString &name);

/** The text of the PDF at @p path (pdftotext), with its non-breaking spaces as plain ones. */
QString pdfText(const QString &path);

/** Every file below @p directory, concatenated: for scanning for leaked personal data. */
QByteArray readAllFilesBelow(const QString &directory);

} // namespace passerelle::test
