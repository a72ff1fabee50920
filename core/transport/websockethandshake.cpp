#include "websockethandshake.h"

#include "common/text.h"
#include "redaction.h"
#include "websocketcodec.h"

#include <QHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace keyport {

namespace {
// The first chunks of a chunked body, as far as they arrived.
QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0)
            break;
        out += body.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    return out;
}
} // namespace

WebSocketHandshake::WebSocketHandshake(QUrl url, Headers headers)
    : m_url(std::move(url))
    , m_headers(std::move(headers))
{
}

QString WebSocketHandshake::where() const
{
    return m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

Result<QByteArray> WebSocketHandshake::request()
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64();
    QByteArray target = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() != -1)
        host += ':' + QByteArray::number(m_url.port());
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + host
                         + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key
                         + "\r\nSec-WebSocket-Version: 13\r\n";
    for (const auto &[name, value] : std::as_const(m_headers)) {
        // A line break in a value would end the header and start another.
        if (name.isEmpty() || name.contains(':') || name.contains('\r') || name.contains('\n') || value.contains('\r')
            || value.contains('\n'))
            return Error(ErrorCode::InvalidArgument,
                         tr("Cannot open the tunnel to %1: a request header is malformed.").arg(m_url.host()));
        request += name + ": " + value + "\r\n";
    }
    return request + "\r\n";
}

WebSocketHandshake::Answer WebSocketHandshake::invalid(Error error)
{
    m_error = std::move(error);
    return Answer::Invalid;
}

WebSocketHandshake::Answer WebSocketHandshake::readHead(QIODevice *in)
{
    const QByteArray peeked = in->peek(kMaxResponseHead);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() >= kMaxResponseHead)
            return invalid(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                                 tr("the answer to the WebSocket upgrade is not HTTP")));
        return Answer::NeedMore;
    }
    in->skip(end + 4);
    const QList<QByteArray> lines = peeked.left(end).split('\n');
    m_statusLine = lines.value(0).trimmed();
    const QList<QByteArray> status = m_statusLine.split(' ');
    bool ok = false;
    m_status = status.value(1).toInt(&ok);
    if (!m_statusLine.startsWith("HTTP/1.") || !ok)
        return invalid(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                             tr("the answer to the WebSocket upgrade is not HTTP")));
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray &v = headers[lines[i].left(colon).trimmed().toLower()];
        v += (v.isEmpty() ? "" : ", ") + lines[i].mid(colon + 1).trimmed();
    }
    if (m_status != 101) {
        m_bodyLength = headers.contains("content-length") ? headers.value("content-length").toLongLong() : -1;
        m_chunked = headers.value("transfer-encoding").toLower().contains("chunked");
        return Answer::Refused;
    }
    QString wrong;
    const auto hasToken = [](const QByteArray &list, const QByteArray &token) {
        for (const QByteArray &t : list.split(','))
            if (t.trimmed().toLower() == token)
                return true;
        return false;
    };
    if (headers.value("upgrade").toLower() != "websocket")
        wrong = tr("no \"Upgrade: websocket\"");
    else if (!hasToken(headers.value("connection"), "upgrade"))
        wrong = tr("no \"Connection: Upgrade\"");
    else if (headers.value("sec-websocket-accept") != WebSocketCodec::acceptKey(m_key))
        wrong = tr("a wrong Sec-WebSocket-Accept");
    else if (!headers.value("sec-websocket-extensions").isEmpty())
        wrong = tr("an extension that was not asked for");
    else if (!headers.value("sec-websocket-protocol").isEmpty())
        wrong = tr("a subprotocol that was not asked for");
    if (!wrong.isEmpty())
        return invalid(
            Error(ErrorCode::Network,
                  tr("Cannot open the tunnel to %1: the server's WebSocket handshake is invalid.").arg(m_url.host()),
                  tr("%1 in the answer from %2").arg(wrong, where())));
    return Answer::Upgraded;
}

bool WebSocketHandshake::bodyComplete() const
{
    return m_body.size() >= kMaxBodySnippet || (m_bodyLength >= 0 && m_body.size() >= m_bodyLength)
           || (m_chunked && m_body.endsWith("0\r\n\r\n"));
}

bool WebSocketHandshake::readBody(QIODevice *in)
{
    m_body += in->read(kMaxBodySnippet - m_body.size());
    return bodyComplete();
}

QString WebSocketHandshake::redacted(QString text) const
{
    for (const auto &[name, value] : m_headers) {
        Q_UNUSED(name);
        const QString v = QString::fromUtf8(value);
        for (const QString &secret : { v, v.section(QLatin1Char(' '), -1) })
            if (secret.size() >= 6)
                text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}

Error WebSocketHandshake::refusedError() const
{
    QString said = QString::fromUtf8(m_chunked ? dechunk(m_body) : m_body);
    if (said.contains(QLatin1Char('<')))
        said.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // an HTML page: its words
    // Our header values first (whole, as the server may quote them), then
    // whatever else looks like a secret.
    said = printable(redactSecrets(redacted(said.simplified())), 160);
    QString detail = where();
    if (!said.isEmpty())
        detail += tr("; the server said: %1").arg(said);
    switch (m_status) {
    case 401:
        return Error(ErrorCode::PermissionDenied,
                     tr("The server refused the token (401): it expired or was revoked. Create a new token and "
                        "add the source again."),
                     detail);
    case 403:
        return Error(ErrorCode::PermissionDenied, tr("You are not allowed to use SSH on this workspace (403)."),
                     detail);
    case 404:
        return Error(ErrorCode::NotFound,
                     tr("The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or "
                        "have no sshd."),
                     detail);
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return Error(ErrorCode::NotFound,
                     tr("The server redirected instead of opening the tunnel (%1): the workspace's server is probably "
                        "stopped.")
                         .arg(m_status),
                     detail);
    default:
        return Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                     tr("%1 (%2)").arg(printable(QString::fromLatin1(m_statusLine), 80), detail));
    }
}

} // namespace keyport
