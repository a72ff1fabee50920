// WebSocket frames from a tunnel's far end (knot's and JupyterHub's proxies,
// or anything a hostile network puts there), read as either end would.

#include "fuzzsupport.h"

#include "transport/websocketcodec.h"

#include <QBuffer>

using namespace keyport;

namespace {

// Feeds the bytes in chunks of the sizes the first byte picks, as a socket
// hands them over, and checks what the decoder promises.
void decode(QByteArrayView data, WebSocketCodec::Role self)
{
    if (data.isEmpty())
        return;
    const qsizetype chunk = 1 + qsizetype(uchar(data[0]) % 64);
    const QByteArray bytes = data.sliced(1).toByteArray();
    WebSocketCodec codec(self, 1 << 16);
    QBuffer in;
    in.open(QIODevice::ReadWrite);
    QByteArray stream;
    bool failed = false;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        const qint64 readPos = in.pos();
        in.seek(in.size());
        in.write(bytes.mid(at, chunk));
        in.seek(readPos);
        for (int guard = 0; guard < 100000; ++guard) {
            QByteArray out;
            const qint64 before = in.pos();
            const auto e = codec.read(&in, &out, 4096);
            KEYPORT_FUZZ_CHECK(out.size() <= 4096);
            stream += out;
            if (failed) // errors stick
                KEYPORT_FUZZ_CHECK(e.kind == WebSocketCodec::Event::Kind::Error);
            if (e.kind == WebSocketCodec::Event::Kind::Error || e.kind == WebSocketCodec::Event::Kind::TooBig) {
                failed = e.kind == WebSocketCodec::Event::Kind::Error;
                break;
            }
            if (e.kind == WebSocketCodec::Event::Kind::Ping || e.kind == WebSocketCodec::Event::Kind::Pong)
                KEYPORT_FUZZ_CHECK(e.payload.size() <= WebSocketCodec::kMaxControlPayload);
            if (e.kind == WebSocketCodec::Event::Kind::NeedMore || e.kind == WebSocketCodec::Event::Kind::Text
                || e.kind == WebSocketCodec::Event::Kind::Close)
                break;
            // Anything else made progress, or there would be no end.
            KEYPORT_FUZZ_CHECK(in.pos() > before || !out.isEmpty());
        }
        if (failed)
            break;
    }
    KEYPORT_FUZZ_CHECK(stream.size() <= bytes.size());
}

} // namespace

KEYPORT_FUZZ_TARGET(websocket)
{
    decode(data, WebSocketCodec::Role::Client);
    decode(data, WebSocketCodec::Role::Server);

    // What one end encodes, the other decodes to the same bytes, whatever the
    // frame size.
    const qint64 maxFrame = data.isEmpty() ? 1 : 1 + uchar(data[0]);
    const QByteArray frames = WebSocketCodec::encodeBinary(data, WebSocketCodec::Role::Client, maxFrame);
    QBuffer in;
    in.setData(frames);
    in.open(QIODevice::ReadOnly);
    WebSocketCodec server(WebSocketCodec::Role::Server);
    QByteArray out;
    for (;;) {
        const auto e = server.read(&in, &out, data.size() + 1);
        KEYPORT_FUZZ_CHECK(e.kind == WebSocketCodec::Event::Kind::NeedMore
                           || e.kind == WebSocketCodec::Event::Kind::DataFull);
        if (e.kind == WebSocketCodec::Event::Kind::NeedMore)
            break;
    }
    KEYPORT_FUZZ_CHECK(out == data);
}
