// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the analyze and rectify commands: the image argument and the --kind option.
#pragma once

#include "cli/CliCommand.h"

#include "core/capture/DocumentKind.h"

#include <QImage>
#include <optional>

namespace passerelle::cli {

/** The --kind option (id1, id3 or a4; default id1). */
QCommandLineOption documentKindOption();

/**
 * Reads the image at @p path and the kind from @p parser. On bad input prints one line on stderr
 * and returns nullopt (the caller exits with BadInput).
 */
std::optional<std::pair<QImage, DocumentKind>> loadCaptureInput(const QString &path, const QCommandLineParser &parser,
                                                                CommandContext &context);

} // namespace passerelle::cli
