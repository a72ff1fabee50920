#pragma once

#include "common/job.h"

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

// A JSON API with a token from the OS keychain, sent only in a header. TLS is
// verified unless the source is explicitly insecure; every request has a
// timeout and a size cap. Non-2xx answers become errors that say what to do.
class HttpApi : public QObject {
    Q_OBJECT
public:
    HttpApi(QUrl base, QString tokenKey, QByteArray authScheme, bool insecure, QObject *parent = nullptr);

    // Unstarted, as every job.
    HttpJob *request(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QUrl base() const { return m_base; }
    // The token, once loaded (for WebSocket headers). Loads it when needed.
    void withToken(std::function<void(const Error &, const QByteArray &)> then);
    QByteArray authHeader(const QByteArray &token) const { return m_scheme + ' ' + token; }
    // A WebSocket tunnel authorised with the token (fetched first, if needed).
    ByteStream *openWebSocket(const QUrl &url, QObject *parent);
    // Uses this token instead of the keychain's (testing a new source).
    void setToken(const QByteArray &token) { m_token = token; }

    static int timeoutMs; // tests shorten it
    static qint64 maxResponseSize;

private:
    void send(HttpJob *job, const QByteArray &method, const QString &path, const QByteArray &body);
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_tokenKey;
    QByteArray m_scheme;
    bool m_insecure;
    std::optional<QByteArray> m_token;
};

} // namespace keyport
