#pragma once

#include <QByteArray>

namespace keyport {

// Overwrites a secret where it is stored and empties it. QByteArray shares
// its buffer between copies, and data() would first detach (copy) it and so
// wipe only the fresh copy: this wipes the shared buffer itself, which every
// copy still pointing at it sees as zeros. Static data (literals) is left
// alone: it is no secret of ours and cannot be written.
void wipe(QByteArray &secret);

// A copy of a secret in a buffer of its own, for work on another thread: the
// owner can wipe its buffer whenever it likes without pulling the bytes away
// from under the worker, which wipes its copy when done.
QByteArray deepCopy(const QByteArray &secret);

} // namespace keyport
