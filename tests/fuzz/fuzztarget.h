#pragma once

// One fuzz target: a function that takes any bytes and must neither crash,
// hang, leak nor break the invariant it checks. Each target file defines one
// with KEYPORT_FUZZ_TARGET(name); a fuzzer binary links exactly one of them
// (fuzzmain.cpp), tst_fuzzregressions links all of them and replays every
// committed input in a normal build.

#include <QByteArrayView>
#include <QList>

#include <cstdio>
#include <cstdlib>

namespace keyport::fuzz {

using TargetFunction = void (*)(QByteArrayView data);

struct Target {
    const char *name;
    TargetFunction run;
};

// Inline: one list across every translation unit that registers into it.
inline QList<Target> &targets()
{
    static QList<Target> all;
    return all;
}

struct Registration {
    Registration(const char *name, TargetFunction run) { targets().append(Target { name, run }); }
};

// An invariant of the parser: breaking it aborts, which libFuzzer reports as
// a crash with the input that did it, and which fails the regression test.
[[noreturn]] inline void invariantBroken(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
    std::abort();
}

} // namespace keyport::fuzz

#define KEYPORT_FUZZ_TARGET(name)                                                                                      \
    static void keyportFuzz_##name(QByteArrayView data);                                                               \
    static const ::keyport::fuzz::Registration keyportFuzzRegistration_##name(#name, keyportFuzz_##name);              \
    static void keyportFuzz_##name(QByteArrayView data)

#define KEYPORT_FUZZ_CHECK(condition)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::keyport::fuzz::invariantBroken(#condition, __FILE__, __LINE__);                                          \
    } while (false)
