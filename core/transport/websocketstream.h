#pragma once

#include "stream.h"
#include "websocketcodec.h"
#include "websockethandshake.h"

#include <QByteArrayView>
#include <QList>
#include <QUrl>

class QTcpSocket;
class QTimer;

namespace keyport {

// SSH over a WebSocket (knot, jupyter-sshd-proxy): every binary message is a
// chunk of the raw TCP stream. TLS is verified unless the source is marked
// insecure. Pings keep idle sessions alive through proxies that time out.
class WebSocketStream : public ByteStream {
    Q_OBJECT
public:
    using Headers = WebSocketHandshake::Headers;
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
    void finishRefused();
    void readFrames();
    void sendFrame(WebSocketCodec::Opcode op, QByteArrayView payload);
    void sendClose(quint16 code, const QString &reason = {});
    void onDisconnected();
    void fail(const Error &error);
    QString where() const;

    QTcpSocket *m_socket;
    QTimer *m_ping;
    QUrl m_url;
    bool m_insecure;
    WebSocketHandshake m_handshake;
    WebSocketCodec m_codec { WebSocketCodec::Role::Client };
    State m_state = State::Idle;
    QByteArray m_early; // written before the handshake finished
    bool m_paused = false;
    bool m_reading = false;
    bool m_closing = false; // close() was called
    bool m_closeSent = false;
    bool m_closeReceived = false;
    quint16 m_closeCode = 0;
    QString m_closeReason;
    QString m_socketError; // the socket reported an error (reset, ...)
    int m_pongs = 0;
};

} // namespace keyport
