#pragma once

#include "stream.h"

#include <QList>
#include <QUrl>

class QWebSocket;
class QTimer;

namespace keyport {

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

    static constexpr qint64 kMaxFrame = 64 << 10;
    static int pingIntervalMs; // tests shorten it
    // Pongs received: the server answered our keep-alive pings.
    int pongs() const { return m_pongs; }

private:
    Error handshakeError() const;
    QWebSocket *m_socket;
    QTimer *m_ping;
    QUrl m_url;
    Headers m_headers;
    bool m_insecure;
    bool m_opened = false;
    bool m_closing = false;
    QByteArray m_early; // written before the handshake finished
    QString m_socketError; // the socket reported an error (reset, ...)
    bool m_closeHandshake = false; // a close frame went out: the end was agreed
    int m_pongs = 0;
};

} // namespace keyport
