#pragma once

#include "transport/stream.h"

namespace keyport {

// Joins two open streams both ways. Reading one side pauses while the other
// has more than ByteStream::kHighWater queued, so memory stays bounded at any
// speed. Finishes once, when either side ends (the other is closed after
// its queued bytes are written).
class Relay : public QObject {
    Q_OBJECT
public:
    Relay(ByteStream *a, ByteStream *b, QObject *parent = nullptr);
    qint64 bytesAtoB() const { return m_aToB; }
    qint64 bytesBtoA() const { return m_bToA; }

Q_SIGNALS:
    void finished(const keyport::Error &error);

private:
    void link(ByteStream *from, ByteStream *to, qint64 *counter);
    void end(ByteStream *survivor, const Error &error);
    ByteStream *m_a;
    ByteStream *m_b;
    qint64 m_aToB = 0;
    qint64 m_bToA = 0;
    bool m_done = false;
};

} // namespace keyport
