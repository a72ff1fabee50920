#pragma once

#include "transport/stream.h"

#include <memory>

namespace keyport {

// Joins two open streams both ways. Reading one side pauses while the other
// has more than ByteStream::kHighWater queued, so memory stays bounded at any
// speed. Finishes once, when either side ends (the other is closed after
// its queued bytes are written).
//
// On Linux, when both sides are plain TCP sockets (SocketStream) and nothing
// is queued either way, the relay takes their descriptors over and moves
// bytes with splice(2) through a pipe per direction: no copies through user
// space, the pipe (at most kHighWater) being the only buffer.
class Relay : public QObject {
    Q_OBJECT
public:
    Relay(ByteStream *a, ByteStream *b, QObject *parent = nullptr);
    ~Relay() override;
    qint64 bytesAtoB() const { return m_aToB; }
    qint64 bytesBtoA() const { return m_bToA; }
    bool isSplicing() const { return bool(m_splice); }
    // KEYPORT_RELAY_SPLICE=0 turns the fast path off (to compare; tests).
    static bool spliceEnabled;
    // Test seam: every splice set-up fails at its last step, after both
    // sockets were duplicated and both pipes made (as a failing
    // F_GETPIPE_SZ would). Only tests set it.
    static bool failSpliceSetUp;

Q_SIGNALS:
    void finished(const keyport::Error &error);

private:
    struct Splice;
    void link(ByteStream *from, ByteStream *to, qint64 *counter);
    void end(ByteStream *survivor, const Error &error);
    void trySpliceLater();
    void trySplice();
    void pump(int lane);
    void endSplice(const Error &error);
    ByteStream *m_a;
    ByteStream *m_b;
    qint64 m_aToB = 0;
    qint64 m_bToA = 0;
    bool m_done = false;
    bool m_aOpen = false;
    bool m_bOpen = false;
    bool m_spliceQueued = false;
    std::unique_ptr<Splice> m_splice;
};

} // namespace keyport
