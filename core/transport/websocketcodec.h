#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

class QIODevice;

namespace keyport {

// RFC 6455 framing for a byte stream carried in binary messages, for either
// end (a client masks what it sends, a server must not). Encoding is static;
// decoding is incremental: read() takes whatever a device holds and keeps its
// place in a frame between calls. Binary payloads are a stream to us, so they
// are handed on as they arrive, across frame and message boundaries.
class WebSocketCodec {
public:
    enum class Role { Client, Server };
    enum class Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };
    using MaskKey = std::array<uchar, 4>; // in wire order
    static constexpr qint64 kMaxControlPayload = 125;
    static constexpr qint64 kMaxFrameOut = 256 << 10;
    // Larger frames from a peer are an error: nothing that streams sends them.
    static constexpr qint64 kMaxFrameIn = 16 << 20;
    static constexpr quint16 kCloseNormal = 1000;
    static constexpr quint16 kCloseProtocolError = 1002;
    static constexpr quint16 kCloseUnsupportedData = 1003;
    static constexpr quint16 kCloseNoStatus = 1005; // an empty close frame
    static constexpr quint16 kCloseTooBig = 1009;

    static qsizetype headerSize(qint64 payloadSize, bool masked);
    // Writes a frame header (headerSize() bytes) at out; returns its end.
    static char *writeHeader(char *out, Opcode op, qint64 payloadSize, bool fin, const MaskKey *mask);
    // One frame, masked with a fresh random key when the sender is the client.
    static QByteArray encode(Opcode op, QByteArrayView payload, Role sender, bool fin = true);
    // data as binary frames of at most maxFrame bytes, in one allocation.
    static QByteArray encodeBinary(QByteArrayView data, Role sender, qint64 maxFrame = kMaxFrameOut);
    // dst[i] = src[i] ^ key[(offset + i) % 4], eight bytes at a time; dst may be src.
    static void applyMask(char *dst, const char *src, qsizetype size, const MaskKey &key, qint64 offset = 0);
    static MaskKey randomMaskKey();
    static QByteArray closePayload(quint16 code, const QString &reason = {});
    // Sec-WebSocket-Accept for a Sec-WebSocket-Key.
    static QByteArray acceptKey(const QByteArray &key);

    struct Event {
        enum class Kind {
            NeedMore, // everything readable was consumed
            DataFull, // data reached maxData: hand it on, then call again
            Text, // a text message starts (not a byte stream): nothing consumed
            Ping,
            Pong,
            Close,
            TooBig, // frameSize is over the limit
            Error, // the peer broke the protocol: error says how
        };
        Kind kind = Kind::NeedMore;
        QByteArray payload; // Ping, Pong
        quint16 closeCode = 0;
        QString closeReason;
        qint64 frameSize = 0;
        QString error;
    };

    // A decoder for frames sent to `self` (a server requires masked frames, a
    // client refuses them).
    explicit WebSocketCodec(Role self, qint64 maxFrame = kMaxFrameIn);
    // Appends binary payload bytes from `in` to *data (unmasked, at most
    // maxData in all) until it needs more bytes, data is full, or a control
    // frame, a text message or an error comes; errors stick.
    Event read(QIODevice *in, QByteArray *data, qint64 maxData);

private:
    Event fail(QString why);
    Role m_self;
    qint64 m_maxFrame;
    qint64 m_remaining = 0; // of the current data frame's payload
    qint64 m_offset = 0; // into the current frame's payload (for the mask)
    MaskKey m_key {};
    bool m_masked = false;
    bool m_inMessage = false; // a fragmented binary message continues
    Event m_failed;
};

} // namespace keyport
