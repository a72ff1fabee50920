#include "httpapi.h"

#include "common/log.h"
#include "identity/secretstore.h"
#include "transport/redaction.h"
#include "transport/websocketstream.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace keyport {

QString HttpApi::retryText(const HttpResponse &r)
{
    bool isNumber = false;
    qint64 wait = r.retryAfter.trimmed().toLongLong(&isNumber);
    if (!isNumber) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(r.retryAfter.trimmed()), Qt::RFC2822Date);
        wait = at.isValid() ? QDateTime::currentDateTimeUtc().secsTo(at) : -1;
    }
    return wait > 0 && wait < 86400 ? tr("try again in %n second(s)", nullptr, int(wait)) : tr("try again in a minute");
}

namespace {
// A stream that first fetches the token, then opens the WebSocket.
class DeferredStream : public ByteStream {
public:
    DeferredStream(HttpApi *api, QUrl url, bool insecure, QObject *parent)
        : ByteStream(parent)
        , m_api(api)
        , m_url(std::move(url))
        , m_insecure(insecure)
    {
    }
    void open() override
    {
        QPointer<DeferredStream> self(this);
        m_api->withToken([self](const Error &e, const QByteArray &token) {
            if (!self)
                return;
            if (e.isError()) {
                self->reportClosed(e);
                return;
            }
            self->m_inner = new WebSocketStream(self->m_url, { { "Authorization", self->m_api->authHeader(token) } },
                                                self->m_insecure, self);
            connect(self->m_inner, &ByteStream::opened, self, &ByteStream::opened);
            connect(self->m_inner, &ByteStream::received, self, &ByteStream::received);
            connect(self->m_inner, &ByteStream::drained, self, &ByteStream::drained);
            connect(self->m_inner, &ByteStream::closed, self, [self](const Error &err) { self->reportClosed(err); });
            self->m_inner->open();
            if (!self->m_early.isEmpty())
                self->m_inner->write(std::exchange(self->m_early, {}));
        });
    }
    void write(const QByteArray &data) override
    {
        if (m_inner)
            m_inner->write(data);
        else
            m_early += data; // before the token arrived
    }
    qint64 pendingWrite() const override { return m_inner ? m_inner->pendingWrite() : m_early.size(); }
    void setReadPaused(bool paused) override
    {
        if (m_inner)
            m_inner->setReadPaused(paused);
    }
    void close() override
    {
        if (m_inner)
            m_inner->close();
        else
            reportClosed();
    }

private:
    HttpApi *m_api;
    QUrl m_url;
    bool m_insecure;
    WebSocketStream *m_inner = nullptr;
    QByteArray m_early;
};

// A request for the log: the URL without user info, and of its query only the
// names (values may be secrets, ids or search words).
QString logged(const QByteArray &method, const QUrl &url)
{
    QString target = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (url.hasQuery()) {
        QStringList names;
        for (const auto &[name, value] : QUrlQuery(url).queryItems())
            names << (value.isEmpty() ? name : name + QStringLiteral("=…"));
        target += QLatin1Char('?') + names.join(QLatin1Char('&'));
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + target;
}

} // namespace

ByteStream *HttpApi::openWebSocket(const QUrl &url, QObject *parent)
{
    return new DeferredStream(this, url, m_insecure, parent);
}

void HttpJob::abort()
{
    if (m_reply)
        m_reply->abort();
}

// KEYPORT_HTTP_TIMEOUT_MS shortens the timeout (tests; very slow networks lengthen it).
int HttpApi::timeoutMs = qEnvironmentVariableIntValue("KEYPORT_HTTP_TIMEOUT_MS") > 0
                             ? qEnvironmentVariableIntValue("KEYPORT_HTTP_TIMEOUT_MS")
                             : 20000;
qint64 HttpApi::maxResponseSize = 64 << 20;

HttpApi::HttpApi(QUrl base, QString tokenKey, QByteArray authScheme, bool insecure, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_base(std::move(base))
    , m_tokenKey(std::move(tokenKey))
    , m_scheme(std::move(authScheme))
    , m_insecure(insecure)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpApi::withToken(std::function<void(const Error &, const QByteArray &)> then)
{
    if (m_token) {
        then({}, *m_token);
        return;
    }
    startJob(secrets::read(m_tokenKey, this), this, [this, then](SecretJob *read) {
        if (read->failed()) {
            then(read->error(), {});
        } else if (!read->secret()) {
            then(Error(ErrorCode::NotFound, tr("No token is stored for this source: add the source again with its "
                                               "token.")),
                 {});
        } else {
            m_token = *read->secret();
            then({}, *m_token);
        }
    });
}

HttpJob *HttpApi::request(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return new HttpJob([this, method, path, body](HttpJob *job) { start(job, method, path, body, "application/json"); },
                       this);
}

HttpJob *HttpApi::requestWithoutToken(const QByteArray &method, const QString &path, const QByteArray &body,
                                      const QByteArray &secret)
{
    return new HttpJob([this, method, path, body, secret](
                           HttpJob *job) { send(job, method, path, body, "application/json", std::nullopt, secret); },
                       this);
}

HttpStreamJob *HttpApi::stream(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &accept)
{
    return new HttpStreamJob(
        [this, method, path, body, accept](HttpJob *job) { start(job, method, path, body, accept); }, this);
}

void HttpApi::start(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &accept)
{
    QPointer<HttpJob> guard(job);
    withToken([this, guard, method, path, body, accept](const Error &e, const QByteArray &) {
        if (!guard)
            return;
        if (e.isError())
            guard->done({}, e);
        else
            send(guard, method, path, body, accept, m_token);
    });
}

namespace {
// What one request has seen so far.
struct Transfer {
    qint64 received = 0;
    qint64 lines = 0;
    bool tooLarge = false;
    bool idle = false; // a stream went quiet for longer than the timeout
    QByteArray pending; // a stream's incomplete last line, or the start of an error's body
};

// An error's body is read for its explanation: this much is plenty.
constexpr qsizetype kMaxErrorBody = 64 << 10;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Hands on each complete line that arrived (all that is left, at the end).
void readLines(QNetworkReply *reply, const QPointer<HttpStreamJob> &job, Transfer &t, bool atEnd = false)
{
    const QByteArray data = reply->readAll();
    t.received += data.size();
    if (!job || job->isFinished() || t.tooLarge)
        return;
    if (t.received > HttpApi::maxResponseSize) { // before downloadProgress says so: not one line over
        t.tooLarge = true;
        reply->abort();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSuccess(status)) {
        // Not the stream asked for: its start explains the error.
        t.pending += data.left(qMax<qint64>(0, kMaxErrorBody - t.pending.size()));
        return;
    }
    t.pending += data;
    qsizetype from = 0;
    for (;;) {
        const qsizetype eol = t.pending.indexOf('\n', from);
        if (eol < 0)
            break;
        QByteArray line = t.pending.mid(from, eol - from);
        from = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        ++t.lines;
        Q_EMIT job->line(line);
        if (!job || job->isFinished()) // its receiver ended it, or is gone
            return;
    }
    t.pending.remove(0, from);
    if (atEnd && !t.pending.isEmpty()) { // a last line without a line break
        ++t.lines;
        Q_EMIT job->line(std::exchange(t.pending, {}));
    }
}
} // namespace

void HttpApi::send(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &accept, const std::optional<QByteArray> &token, const QByteArray &secret)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    // Tolerant: a segment the caller percent-encoded (a fingerprint's %2F) goes out as it is, not encoded twice.
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(q),
                QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    auto *stream = qobject_cast<HttpStreamJob *>(job);
    QNetworkRequest req(url);
    if (token)
        req.setRawHeader("Authorization", authHeader(*token));
    req.setRawHeader("Accept", accept);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A stream may last long: what must not pass is the time between two reads (below).
    if (!stream)
        req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    job->attach(reply);
    if (m_insecure)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    auto transfer = std::make_shared<Transfer>();
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, transfer](qint64 received, qint64) {
        if (received > maxResponseSize && !transfer->tooLarge) {
            transfer->tooLarge = true;
            reply->abort();
        }
    });
    if (stream) {
        auto *idle = new QTimer(reply);
        idle->setSingleShot(true);
        idle->setInterval(timeoutMs);
        connect(idle, &QTimer::timeout, reply, [reply, transfer] {
            transfer->idle = true;
            reply->abort();
        });
        connect(reply, &QNetworkReply::metaDataChanged, idle, qOverload<>(&QTimer::start));
        connect(reply, &QNetworkReply::readyRead, reply,
                [reply, idle, transfer, guard = QPointer<HttpStreamJob>(stream)] {
                    idle->start();
                    readLines(reply, guard, *transfer);
                });
        idle->start();
    }
    const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // What the server says goes into errors: never with the token we sent.
    const QList<QByteArray> sent { token.value_or(QByteArray()), secret };
    const bool withToken = token.has_value(); // a 401 to a login is no expired token
    const QString request = logged(method, url);
    qCDebug(lcHttp).noquote() << (stream ? request + QStringLiteral(" (a stream)") : request);
    QElapsedTimer took;
    took.start();
    connect(
        reply, &QNetworkReply::finished, job,
        [reply, job, stream, transfer, where, sent, request, took, withToken, this] {
            reply->deleteLater();
            HttpResponse r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.retryAfter = reply->rawHeader("Retry-After").left(64);
            if (stream) {
                QPointer<HttpStreamJob> guard(stream);
                readLines(reply, guard, *transfer, true);
                if (!guard)
                    return;
                if (!isSuccess(r.status))
                    r.body = transfer->pending;
            } else {
                r.body = reply->readAll();
                transfer->received = r.body.size();
            }
            const auto netErr = reply->error();
            if (job->isFinished()) { // cancelled (abort() ended the reply), or ended by a line's receiver
                qCDebug(lcHttp).noquote() << request << "ended by its receiver";
                return;
            }
            // One line per answer: success at debug, failure at info (the error itself reaches the user anyway).
            const auto done = [job, stream, transfer, request, took](HttpResponse response, const Error &e = {}) {
                const QString status = response.status ? QString::number(response.status) : QStringLiteral("no answer");
                const QString size =
                    stream ? QStringLiteral("%1 lines, %2 bytes").arg(transfer->lines).arg(transfer->received)
                           : QStringLiteral("%1 bytes").arg(transfer->received);
                if (e.isError())
                    qCInfo(lcHttp).noquote()
                        << request << "->" << status << QStringLiteral("(%1, %2 ms):").arg(size).arg(took.elapsed())
                        << e.message;
                else
                    qCDebug(lcHttp).noquote()
                        << request << "->" << status << QStringLiteral("(%1, %2 ms)").arg(size).arg(took.elapsed());
                job->done(std::move(response), e);
            };
            if (r.status == 0 || (netErr != QNetworkReply::NoError && r.status < 400)) {
                Error e;
                if (transfer->tooLarge)
                    e = Error(ErrorCode::Network,
                              tr("The server's answer is larger than %1 MiB; refusing it.").arg(maxResponseSize >> 20),
                              where);
                else if (transfer->idle || netErr == QNetworkReply::OperationCanceledError
                         || netErr == QNetworkReply::TimeoutError)
                    e = Error(ErrorCode::Timeout, tr("The server did not answer within %1 s.").arg(timeoutMs / 1000.0),
                              where);
                else if (netErr == QNetworkReply::SslHandshakeFailedError)
                    e = Error(
                        ErrorCode::Network,
                        tr("The TLS certificate of %1 could not be verified: check the URL; for a test server you "
                           "trust, add the source with --insecure.")
                            .arg(QUrl(where).host()),
                        redactSecrets(reply->errorString(), sent));
                else
                    e = Error(ErrorCode::Network, tr("Cannot reach %1.").arg(QUrl(where).host()),
                              redactSecrets(reply->errorString(), sent));
                done(r, e);
                return;
            }
            if (r.status == 401 && withToken) {
                m_token.reset();
                done(r, Error(ErrorCode::PermissionDenied,
                              tr("The server refused the token (401): it expired or was revoked. Create a new token "
                                 "and add the source again."),
                              where));
                return;
            }
            if (r.status >= 300) {
                const QString said = replyExcerpt(r.body, sent);
                done(r, Error(ErrorCode::Network, tr("The server answered %1.").arg(r.status),
                              said.isEmpty() ? where : where + QStringLiteral(": ") + said));
            } else {
                done(r);
            }
        });
}

} // namespace keyport
