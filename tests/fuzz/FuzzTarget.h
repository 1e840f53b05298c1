// SPDX-License-Identifier: GPL-3.0-or-later
// A fuzz target: one function over arbitrary bytes that must never crash, hang or leak, whatever
// it is given. Built with libFuzzer (clang, scripts/fuzz.sh) or with FuzzDriver.cpp (any compiler:
// the corpus, then mutations of it for a set time; the suite runs each for a few seconds).
#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace passerelle::fuzz {

/** Some targets read Qt resources or settings: an application object, made once. */
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "passerelle-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace passerelle::fuzz
