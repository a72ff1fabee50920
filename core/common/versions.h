#pragma once

#include <QString>

namespace keyport {

struct Versions {
    QString keyport;
    QString qt;
    QString libssh;
    QString openssl;
};

// The versions of Keyport and the libraries it runs with (not built against).
Versions runtimeVersions();

} // namespace keyport
