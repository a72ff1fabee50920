#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <utility>

class QIODevice;

namespace keyport {

// The client's side of the HTTP/1.1 upgrade that opens a WebSocket (RFC 6455
// section 4): the request, then reading and judging the answer. Anything but a
// valid 101 is an Error that says what the server answered (its status line and
// the start of its body), with the values of the request's headers (tokens)
// redacted. No socket here: the stream feeds it what arrives.
class WebSocketHandshake {
    // The messages were translated under the stream's name, where they were
    // written first; they keep it.
    Q_DECLARE_TR_FUNCTIONS(keyport::WebSocketStream)
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // What read() made of the answer so far.
    enum class Answer {
        NeedMore, // the head is not complete yet
        Upgraded, // a valid 101: the tunnel is open; frames may follow in `in`
        Refused, // a valid HTTP answer that is not 101: see readBody(), refusedError()
        Invalid, // not HTTP, or a 101 that breaks the handshake: see error()
    };

    WebSocketHandshake(QUrl url, Headers headers);

    // The upgrade request, with a fresh Sec-WebSocket-Key; an error when a
    // header would break the request (a line break would start a new header).
    Result<QByteArray> request();

    // Reads the answer's head from `in`, consuming exactly the head.
    Answer readHead(QIODevice *in);
    // After Refused: reads the start of the body that explains the refusal.
    // True once enough of it arrived (all of it, or as much as is kept).
    bool readBody(QIODevice *in);
    bool bodyComplete() const;

    int status() const { return m_status; }
    const Error &error() const { return m_error; }
    // A refused upgrade in words a person can act on, from what of its body arrived.
    Error refusedError() const;
    // Where the request went, for messages: no user info, no query.
    QString where() const;
    // `text` without the request's header values (tokens) in it.
    QString redacted(QString text) const;

    static constexpr qsizetype kMaxResponseHead = 16 << 10;
    static constexpr qsizetype kMaxBodySnippet = 2 << 10;

private:
    Answer invalid(Error error);
    QUrl m_url;
    Headers m_headers;
    QByteArray m_key; // Sec-WebSocket-Key
    Error m_error;
    // A refused upgrade: its status and the start of its body.
    int m_status = 0;
    QByteArray m_statusLine;
    qint64 m_bodyLength = -1;
    bool m_chunked = false;
    QByteArray m_body;
};

} // namespace keyport
