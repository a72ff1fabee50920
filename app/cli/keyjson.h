#pragma once

#include "identity/keystore.h"
#include "identity/unlockkeyjob.h"

#include <QJsonObject>

namespace keyport::cli {

// The --json shape of a key (documented in docs/cli.md).
QJsonObject keyToJson(const KeyInfo &key);
QJsonObject certificateToJson(const Certificate &cert);
// A prompt for the CLI: terminal without echo, or stdin.
PassphrasePrompt terminalPrompt();

} // namespace keyport::cli
