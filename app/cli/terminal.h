#pragma once

#include <QByteArray>

#include <optional>

namespace keyport::cli {

bool stdinIsTerminal();

// Reads a secret: from the terminal without echo (prompt on stderr) when
// stdin is a terminal, otherwise one line from stdin. nullopt at end of input.
// Secrets never come from arguments or the environment.
std::optional<QByteArray> readSecret(const QByteArray &prompt, bool forceStdin = false);

// Asks twice on a terminal and compares; from stdin reads once.
// Sets *mismatch when the two entries differ.
std::optional<QByteArray> readNewSecret(const QByteArray &prompt, bool forceStdin, bool *mismatch);

} // namespace keyport::cli
