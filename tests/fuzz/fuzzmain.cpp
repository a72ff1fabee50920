// The entry points libFuzzer calls, for a binary that links one target.

#include "fuzztarget.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Parsers log what they refuse; a million refusals a minute would be
    // all the fuzzer does.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QCoreApplication app(*argc, *argv); // tr() and QStandardPaths want one
    if (keyport::fuzz::targets().size() != 1) {
        std::fprintf(stderr, "a fuzzer links exactly one target, this one has %d\n",
                     int(keyport::fuzz::targets().size()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    keyport::fuzz::targets().first().run(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
