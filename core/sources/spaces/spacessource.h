#pragma once

#include "sources/httpapi.h"
#include "workspace/source.h"

#include <QDateTime>

#include <optional>

namespace keyport {

// A spaces control plane (the public CLI github.com/corca-ai/craken-spaces-cli
// and its OpenAPI contract; shared/design/protocols.md "spaces"): the user's
// Spaces, up/down, SSH keys by fingerprint, five-minute certificates, and the
// entry host's known_hosts line. The entry host picks the Space by the remote
// command (`sp_123`), so its workspaces serve a shell and commands only.
class SpacesSource : public Source {
    Q_OBJECT
public:
    SpacesSource(SourceConfig config, QObject *parent);
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("spaces"); }
    QString describe() const override { return tr("spaces control plane %1").arg(m_config.url); }

    Capabilities capabilities() const override
    {
        return Capability::StartStop | Capability::RegisterKeys | Capability::IssueCertificates
               | Capability::VouchesHostKeys;
    }

    ListJob *list() override;
    StatusJob *start(const Workspace &w) override;
    StatusJob *stop(const Workspace &w) override;
    StatusJob *registerKey(const PublicKey &key, const QString &comment) override;
    RegisteredKeysJob *registeredKeys() override;
    StatusJob *unregisterKey(const QString &fingerprint) override;
    ValueJob<QByteArray> *issueCertificate(const Workspace &w, const PublicKey &key) override;
    void presetToken(const QByteArray &token) override { m_api->setToken(token); }

    // POST /api/v1/auth/login: the one-time auth key for a session token.
    static ValueJob<QByteArray> *redeem(const SourceConfig &config, const QByteArray &authKey, QObject *parent);
    // Email, entry host, login user and certificate lifetime of a config.
    static Status validate(const SourceConfig &config);

    // What the config says, or the defaults.
    static QString entryHost(const SourceConfig &config);
    static quint16 entryPort(const SourceConfig &config);
    static QString loginUser(const SourceConfig &config); // also the certificate's principal
    static QString identityFile(const SourceConfig &config); // ~/.ssh/id_ed25519_<source> unless chosen
    static QString certificateTtl(const SourceConfig &config); // a Go duration, "5m" by default
    // A Go duration ("5m", "90s", "1h30m") in seconds; nullopt when it is
    // not one or outside 10 s to 24 h.
    static std::optional<qint64> parseDuration(const QString &text);

    // The API's replies, parsed without side effects (and fuzzed): hostile
    // input gives an Error or safe values.

    // GET /api/v1/spaces: Spaces as workspaces of `config`'s source. A name
    // that cannot be an ssh alias, or an id the entry host would not take,
    // is listed with Workspace::unreachable saying so.
    static Result<QList<Workspace>> parseSpaces(const QByteArray &body, const SourceConfig &config);
    // GET /api/v1/ssh/keys.
    static Result<QList<RegisteredKey>> parseKeys(const QByteArray &body);
    // GET /api/v1/ssh/known-hosts: the entry host's key as an OpenSSH public
    // key line, when the line is for `host`:`port`.
    static Result<QString> parseKnownHosts(const QByteArray &body, const QString &host, quint16 port);
    // POST /api/v1/ssh/issue-cert: the certificate line, when it certifies
    // `key` for `principal` and is valid now.
    static Result<QByteArray> parseIssued(const QByteArray &body, const PublicKey &key, const QString &principal,
                                          const QDateTime &now);
    // POST /api/v1/auth/login: the session token.
    static Result<QByteArray> parseLogin(const QByteArray &body);
    // A failed answer in the user's words: 401 says to log in again and how,
    // 403 names the role, 429 when to retry, others what the server said.
    static Error replyError(const QString &source, const HttpResponse &r, const Error &fallback, const QString &doing);

    static constexpr qsizetype kMaxSpaces = 100000;

private:
    StatusJob *power(const Workspace &w, bool up);
    SourceConfig m_config;
    HttpApi *m_api;
};

} // namespace keyport
