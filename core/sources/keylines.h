#pragma once

#include "workspace/source.h"

#include <optional>

namespace keyport::keylines {

// Key lines as knot's ssh_public_key field and ~/.ssh/authorized_keys hold
// them: one "[options] type base64 [comment]" a line.

// One entry a line that is neither blank nor a # comment, in order: its key,
// fingerprint and comment; for a line that is not a key Keyport reads, no key,
// no fingerprint, and the start of the line (printable) as its name.
QList<RegisteredKey> registered(const QString &lines);
// `lines` without the lines whose key has `fingerprint`, every other byte as
// it was; nullopt when no line has it.
std::optional<QString> without(const QString &lines, const QString &fingerprint);
// No line has `fingerprint`: an error that says how to list the ones `source` has.
Error notRegistered(const QString &fingerprint, const QString &source);

} // namespace keyport::keylines
