// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/FrameSource.h"

namespace passerelle {

FrameSource::~FrameSource() = default;

} // namespace passerelle
