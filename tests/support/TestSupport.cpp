// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace passerelle::test {

QString pdfText(const QString &path)
{
    QString text =
        QString::fromUtf8(runProcess(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                              .out);
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString builtExecutable(const QString &name)
{
    for (const auto &dir : {QStringLiteral("cli"), QStringLiteral("app"), QStringLiteral("server")}) {
        const QString path = QStringLiteral(PASSERELLE_BINARY_DIR "/%1/%2").arg(dir, name);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(PASSERELLE_BINARY_DIR "/%1").arg(name);
}

QByteArray readAllFilesBelow(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace passerelle::test
