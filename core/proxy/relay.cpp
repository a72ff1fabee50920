#include "relay.h"

#include "common/log.h"

namespace keyport {

Relay::Relay(ByteStream *a, ByteStream *b, QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
{
    link(a, b, &m_aToB);
    link(b, a, &m_bToA);
}

void Relay::link(ByteStream *from, ByteStream *to, qint64 *counter)
{
    connect(from, &ByteStream::received, this, [from, to, counter](const QByteArray &data) {
        *counter += data.size();
        to->write(data);
        if (to->pendingWrite() > ByteStream::kHighWater)
            from->setReadPaused(true);
    });
    connect(to, &ByteStream::drained, this, [from] { from->setReadPaused(false); });
    connect(from, &ByteStream::closed, this, [this, to](const Error &e) { end(to, e); });
}

void Relay::end(ByteStream *survivor, const Error &error)
{
    qCDebug(lcSession) << "relay: one side ended" << (survivor == m_a ? "(upstream)" : "(downstream)")
                       << error.oneLine();
    if (m_done)
        return;
    m_done = true;
    // Report first: closing the survivor lets an SSH client exit, and whatever
    // we print after that may never reach its user.
    Q_EMIT finished(error);
    if (!survivor->isClosed())
        survivor->close();
}

} // namespace keyport
