#pragma once

#include "stream.h"

#include <QByteArrayView>
#include <QList>
#include <QUrl>

#include <array>

class QIODevice;
class QTcpSocket;
class QTimer;

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

// SSH over a WebSocket (knot, jupyter-sshd-proxy): every binary message is a
// chunk of the raw TCP stream. TLS is verified unless the source is marked
// insecure. Pings keep idle sessions alive through proxies that time out.
class WebSocketStream : public ByteStream {
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    WebSocketStream(QUrl url, Headers headers, bool insecureTls, QObject *parent = nullptr);
    void open() override;
    void write(const QByteArray &data) override;
    qint64 pendingWrite() const override;
    void setReadPaused(bool paused) override;
    void close() override;

    static constexpr qint64 kMaxFrame = WebSocketCodec::kMaxFrameOut;
    static int pingIntervalMs; // tests shorten it
    // Pongs received: the server answered our keep-alive pings.
    int pongs() const { return m_pongs; }

private:
    enum class State { Idle, Connecting, Upgrading, Refused, Open, Ended };
    void sendRequest();
    void readResponse();
    bool acceptUpgrade(const QByteArray &head);
    void finishRefused();
    void readFrames();
    void sendFrame(WebSocketCodec::Opcode op, QByteArrayView payload);
    void sendClose(quint16 code, const QString &reason = {});
    void onDisconnected();
    void fail(const Error &error);
    Error refusedError() const;
    QString where() const;
    QString redacted(QString text) const;

    QTcpSocket *m_socket;
    QTimer *m_ping;
    QUrl m_url;
    Headers m_headers;
    bool m_insecure;
    WebSocketCodec m_codec { WebSocketCodec::Role::Client };
    State m_state = State::Idle;
    QByteArray m_key; // Sec-WebSocket-Key
    QByteArray m_early; // written before the handshake finished
    bool m_paused = false;
    bool m_reading = false;
    bool m_closing = false; // close() was called
    bool m_closeSent = false;
    bool m_closeReceived = false;
    quint16 m_closeCode = 0;
    QString m_closeReason;
    QString m_socketError; // the socket reported an error (reset, ...)
    // A refused upgrade: its status and the start of its body.
    int m_status = 0;
    QByteArray m_statusLine;
    qint64 m_bodyLength = -1;
    bool m_chunked = false;
    QByteArray m_body;
    int m_pongs = 0;
};

} // namespace keyport
