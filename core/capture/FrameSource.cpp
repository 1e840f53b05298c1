// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/FrameSource.h"

namespace passerelle {

FrameSource::~FrameSource() = default;

} // namespace passerelle
