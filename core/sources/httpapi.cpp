#include "httpapi.h"

#include "common/log.h"
#include "identity/secretstore.h"
#include "transport/redaction.h"
#include "transport/websocketstream.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace keyport {

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
    return new HttpJob(
        [this, method, path, body](HttpJob *job) {
            QPointer<HttpJob> guard(job);
            withToken([this, guard, method, path, body](const Error &e, const QByteArray &) {
                if (!guard)
                    return;
                if (e.isError())
                    guard->done({}, e);
                else
                    send(guard, method, path, body);
            });
        },
        this);
}

void HttpApi::send(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", authHeader(*m_token));
    req.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    job->attach(reply);
    if (m_insecure)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxResponseSize)
            reply->abort();
    });
    const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // What the server says goes into errors: never with the token we sent.
    const QList<QByteArray> sent { *m_token };
    const QString request = logged(method, url);
    qCDebug(lcHttp).noquote() << request;
    QElapsedTimer took;
    took.start();
    connect(reply, &QNetworkReply::finished, job, [reply, job, where, sent, request, took, this] {
        reply->deleteLater();
        HttpResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        const auto netErr = reply->error();
        if (job->isFinished()) { // cancelled: abort() ended the reply
            qCDebug(lcHttp).noquote() << request << "cancelled";
            return;
        }
        // One line per answer: success at debug, failure at info (the error itself reaches the user anyway).
        const auto done = [job, request, took](HttpResponse response, const Error &e = {}) {
            const QString status = response.status ? QString::number(response.status) : QStringLiteral("no answer");
            if (e.isError())
                qCInfo(lcHttp).noquote() << request << "->" << status << QStringLiteral("(%1 ms):").arg(took.elapsed())
                                         << e.message;
            else
                qCDebug(lcHttp).noquote()
                    << request << "->" << status
                    << QStringLiteral("(%1 bytes, %2 ms)").arg(response.body.size()).arg(took.elapsed());
            job->done(std::move(response), e);
        };
        if (r.status == 0 || (netErr != QNetworkReply::NoError && r.status < 400)) {
            Error e;
            if (netErr == QNetworkReply::OperationCanceledError && r.body.size() > maxResponseSize)
                e = Error(ErrorCode::Network,
                          tr("The server's answer is larger than %1 MiB; refusing it.").arg(maxResponseSize >> 20),
                          where);
            else if (netErr == QNetworkReply::OperationCanceledError || netErr == QNetworkReply::TimeoutError)
                e = Error(ErrorCode::Timeout, tr("The server did not answer within %1 s.").arg(timeoutMs / 1000.0),
                          where);
            else if (netErr == QNetworkReply::SslHandshakeFailedError)
                e = Error(ErrorCode::Network,
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
        if (r.status == 401) {
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
