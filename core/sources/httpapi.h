#pragma once

#include "common/job.h"
#include "common/secret.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace keyport {

class ByteStream;

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header (429, 503), as sent
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One request. Its response (status and body) can be read also when it
// failed: callers map a server's status codes to their own words.
class HttpJob : public Job {
    Q_OBJECT
public:
    using Work = std::function<void(HttpJob *)>;
    HttpJob(Work work, QObject *parent)
        : Job(parent)
        , m_work(std::move(work))
    {
    }
    const HttpResponse &response() const { return m_response; }
    void done(HttpResponse r, const Error &e = {})
    {
        m_response = std::move(r);
        finish(e);
    }
    // The reply in flight, aborted when the job is cancelled.
    void attach(QNetworkReply *reply) { m_reply = reply; }

protected:
    void run() override { m_work(this); }
    void abort() override;

private:
    Work m_work;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
};

// A request whose answer is read as it arrives, one line at a time
// (text/event-stream, NDJSON): line() for each line, then finished() when
// the server ends the answer. Its response() has the status, and the start
// of the body only for an error answer, which is not streamed.
class HttpStreamJob : public HttpJob {
    Q_OBJECT
public:
    using HttpJob::HttpJob;

Q_SIGNALS:
    // One line of a 2xx answer, without its line break (LF or CRLF). A
    // receiver may cancel() the job here: no line follows.
    void line(const QByteArray &line);
};

// A JSON API with a token from the OS keychain, sent only in a header. TLS is
// verified unless the source is explicitly insecure; every request has a
// timeout and a size cap. Non-2xx answers become errors that say what to do,
// with no secret of the request or the reply in them.
class HttpApi : public QObject {
    Q_OBJECT
public:
    HttpApi(QUrl base, QString tokenKey, QByteArray authScheme, bool insecure, QObject *parent = nullptr);

    // Unstarted, as every job.
    HttpJob *request(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // Without the token (a login that obtains one): nothing is read from the
    // keychain. `secret` (in the body) is kept out of errors as the token is.
    HttpJob *requestWithoutToken(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QByteArray &secret);
    // The same request with its answer handed on line by line as it arrives.
    // The timeout is the time allowed between two reads (and until the
    // answer starts), not for the whole answer: a long stream lives as long
    // as the server keeps talking. The size cap is for the whole stream.
    HttpStreamJob *stream(const QByteArray &method, const QString &path, const QByteArray &body = {},
                          const QByteArray &accept = "text/event-stream");
    QUrl base() const { return m_base; }
    // The token, once loaded (for WebSocket headers). Loads it when needed.
    void withToken(std::function<void(const Error &, const QByteArray &)> then);
    QByteArray authHeader(const QByteArray &token) const { return m_scheme + ' ' + token; }
    // A WebSocket tunnel authorised with the token (fetched first, if needed).
    ByteStream *openWebSocket(const QUrl &url, QObject *parent);
    // Uses this token instead of the keychain's (testing or adding a source).
    // A buffer of its own: the caller's copy is wiped when the keychain write
    // it goes to ends, and a shallow copy here would be wiped with it.
    void setToken(const QByteArray &token) { m_token = deepCopy(token); }

    // "try again in 37 seconds", from a 429's Retry-After (seconds or an
    // HTTP date), or "try again in a minute" when it says nothing usable.
    static QString retryText(const HttpResponse &r);

    static int timeoutMs; // tests shorten it
    static qint64 maxResponseSize;

private:
    void start(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body,
               const QByteArray &accept);
    void send(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body,
              const QByteArray &accept, const std::optional<QByteArray> &token, const QByteArray &secret = {});
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_tokenKey;
    QByteArray m_scheme;
    bool m_insecure;
    std::optional<QByteArray> m_token;
};

} // namespace keyport
